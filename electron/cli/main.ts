import { runCli } from './referent.ts';

process.exitCode = await runCli(process.argv.slice(2));
