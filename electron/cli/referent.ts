import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { cliText } from '../../shared/i18n/cli.da.ts';
import type { CliCommand, CliValues } from './cliCommand.ts';
import { processIo, type CliIo } from './cliIo.ts';

export type { CliIo } from './cliIo.ts';

/**
 * Every command, each in its own file under commands/; a new command is one file and one line here.
 * Loaded on demand, so `--help` and a mistyped command start without the store, the export or the import.
 */
const COMMANDS: (() => Promise<CliCommand>)[] = [
  async () => (await import('./commands/listCommand.ts')).listCommand,
  async () => (await import('./commands/exportCommand.ts')).exportCommand,
  async () => (await import('./commands/verifyCommand.ts')).verifyCommand,
  async () => (await import('./commands/checkCommand.ts')).checkCommand,
  async () => (await import('./commands/lintCommand.ts')).lintCommand,
  async () => (await import('./commands/importCommand.ts')).importCommand,
  async () => (await import('./commands/syncCommand.ts')).syncCommand,
];

/** Runs one CLI command and returns the exit code; every command but `import` opens the data directory read-only, so the CLI can read seeds/ safely. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(cliText.usage);
    return name ? 0 : 2;
  }
  const commands = await Promise.all(COMMANDS.map((load) => load()));
  const command = commands.find((c) => c.name === name);
  let values: CliValues;
  let positionals: string[];
  try {
    // Every command's options are known to every command, as they always were: an option another command reads is not an error.
    // The command's own definition wins where two define one name differently (`--committee` is repeatable for `sync` only).
    const options = Object.assign({ data: { type: 'string' } }, ...commands.map((c) => c.options), command?.options ?? {}) as NonNullable<Parameters<typeof parseArgs>[0]>['options'];
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
    return await command.run(resolve(data), values, io, positionals);
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}
