import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const REFERENT_BIN = join(process.cwd(), 'bin', 'referent.mjs');

export type Timed = { ms: number; stdout: string };

/** Runs a program to its end, from process start: what a user waits for at the prompt. */
export function timeCommand(file: string, args: string[], env: Record<string, string> = {}): Promise<Timed> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile(file, args, { env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')}: ${error.message}\n${stderr}`));
      else resolve({ ms: performance.now() - t0, stdout });
    });
  });
}

export const referent = (...args: string[]) => timeCommand(process.execPath, [REFERENT_BIN, ...args]);
export const nodeE0 = () => timeCommand(process.execPath, ['-e', '0']);
