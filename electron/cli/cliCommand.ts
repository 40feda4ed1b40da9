import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cliIo.ts';

export type CliValues = Record<string, string | boolean | undefined>;

/**
 * One command of `referent`, in a file of its own. The dispatcher
 * (referent.ts) lists the commands; each declares the options it reads and
 * returns the exit code. `dir` is the data directory (--data), resolved.
 */
export type CliCommand = {
  name: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Takes file names after the options (`import`); the others refuse stray words. */
  positionals?: boolean;
  run(dir: string, values: CliValues, io: CliIo, positionals: string[]): Promise<number>;
};
