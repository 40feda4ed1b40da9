import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cliIo.ts';

export type CliValues = Record<string, string | boolean | undefined>;

/**
 * One command of `referent`, in a file of its own under commands/: returns the
 * exit code. `dir` is the data directory (--data), resolved. Its name and
 * options are declared in the dispatcher's table (referent.ts), so reading the
 * command line loads no command; only the one run is imported.
 */
export type CliCommand = {
  run(dir: string, values: CliValues, io: CliIo, positionals: string[]): Promise<number>;
};

export type CliCommandSpec = {
  name: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Takes file names after the options (`import`); the others refuse stray words. */
  positionals?: boolean;
  load(): Promise<CliCommand>;
};
