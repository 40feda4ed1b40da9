import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { cliText } from '../../shared/i18n/cli.da.ts';
import type { CliCommandSpec, CliValues } from './cliCommand.ts';
import { processIo, type CliIo } from './cliIo.ts';

export type { CliIo } from './cliIo.ts';

/**
 * Every command, each in its own file under commands/; a new command is one file and one entry here.
 * Only the command run is loaded, so `--help`, a mistyped command and `list` start without the export, the import or sync.
 */
const COMMANDS: CliCommandSpec[] = [
  { name: 'list', options: { json: { type: 'boolean' } }, load: async () => (await import('./commands/listCommand.ts')).listCommand },
  {
    name: 'export',
    options: { meeting: { type: 'string' }, output: { type: 'string', short: 'o' }, variant: { type: 'string' }, audience: { type: 'string' }, format: { type: 'string' } },
    load: async () => (await import('./commands/exportCommand.ts')).exportCommand,
  },
  { name: 'verify', options: { meeting: { type: 'string' } }, load: async () => (await import('./commands/verifyCommand.ts')).verifyCommand },
  { name: 'check', options: {}, load: async () => (await import('./commands/checkCommand.ts')).checkCommand },
  {
    name: 'lint',
    options: { meeting: { type: 'string' }, variant: { type: 'string' }, audience: { type: 'string' }, json: { type: 'boolean' } },
    load: async () => (await import('./commands/lintCommand.ts')).lintCommand,
  },
  { name: 'import', options: { committee: { type: 'string' }, json: { type: 'boolean' } }, positionals: true, load: async () => (await import('./commands/importCommand.ts')).importCommand },
  { name: 'sync', options: { remote: { type: 'string' }, committee: { type: 'string', multiple: true } }, load: async () => (await import('./commands/syncCommand.ts')).syncCommand },
];

/** Runs one CLI command and returns the exit code; every command but `import` opens the data directory read-only, so the CLI can read seeds/ safely. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(cliText.usage);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  let values: CliValues;
  let positionals: string[];
  try {
    // Every command's options are known to every command, as they always were: an option another command reads is not an error.
    // The command's own definition wins where two define one name differently (`--committee` is repeatable for `sync` only).
    const options = Object.assign({ data: { type: 'string' } }, ...COMMANDS.map((c) => c.options), command?.options ?? {}) as NonNullable<Parameters<typeof parseArgs>[0]>['options'];
    ({ values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: command?.positionals === true }));
  } catch (error) {
    io.err((error as Error).message);
    io.err(cliText.usage);
    return 2;
  }
  if (!command) {
    io.err(cliText.unknownCommand(name));
    io.err(cliText.usage);
    return 2;
  }
  const data = values.data as string | undefined;
  if (!data) {
    io.err(cliText.missingOption('data'));
    return 2;
  }
  try {
    return await (await command.load()).run(resolve(data), values, io, positionals);
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}
