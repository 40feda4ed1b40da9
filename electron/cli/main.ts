import { runCli } from './referent.ts';

const code = await runCli(process.argv.slice(2));
// When runCli returns, the command's work is done: its store closed, its files written. Leaving by process.exit
// skips tearing down the heap, which a large archive's list fills (some 25 ms at 5,000 meetings). Node writes
// to a pipe asynchronously on POSIX, so first every line must have left: an empty write's callback comes after them.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
process.exit(code);
