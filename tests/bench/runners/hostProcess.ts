import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = process.cwd();
const PROBE = join(ROOT, 'tests', 'bench', 'runners', 'eventLoopProbe.mjs');
export const HOST_BUNDLE = join(ROOT, 'dist', 'node', 'web.mjs');

/** Longest and typical event-loop delay, and the share of the time the loop was busy (0–1). */
export type EventLoop = { maxMs: number; p99Ms: number; meanMs: number; busy: number };

/** How `npm run web` starts the host: its bundle when built, else the TypeScript sources through tsx. */
export function hostCommand(): { args: string[]; label: string } {
  if (existsSync(HOST_BUNDLE)) return { args: [HOST_BUNDLE], label: 'bundle dist/node/web.mjs' };
  return { args: ['--import', 'tsx', join(ROOT, 'electron', 'web', 'serve.ts')], label: 'sources through tsx' };
}

/**
 * The real browser host in a process of its own, as `npm run web` starts it,
 * with the bench's event-loop probe loaded first. `startedAt` is taken just
 * before the process is spawned, so figures count from process start.
 */
export class HostProcess {
  readonly startedAt: number;
  readonly child: ChildProcess;
  readonly url: Promise<string>;
  /** The access key the host printed with its address (`?token=…`); every call carries it. */
  #token = '';
  #exited: Promise<void>;

  constructor(dataDir: string) {
    this.startedAt = performance.now();
    this.child = spawn(process.execPath, ['--import', PROBE, ...hostCommand().args], {
      env: { ...process.env, REFERENT_DATA: dataDir, PORT: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    this.child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.#exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.url = new Promise((resolve, reject) => {
      let out = '';
      this.child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(out);
        if (match) {
          this.#token = match[2]!;
          resolve(match[1]!);
        }
      });
      this.child.once('exit', (code) => reject(new Error(`host exited (${code}) before listening: ${stderr.slice(-2000)}`)));
    });
  }

  /** One API call as the renderer makes it. */
  async call<T>(channel: string, body: unknown): Promise<T> {
    const url = new URL(`/api/${channel}`, await this.url);
    const payload = JSON.stringify(body);
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Authorization: `Bearer ${this.#token}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
    const reply = JSON.parse(text) as { ok: boolean; value?: T; error?: { message: string } };
    if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message ?? text.slice(0, 200)}`);
    return reply.value as T;
  }

  /** Resident memory of the host process (all its threads), from /proc; NaN where there is none. */
  rss(): number {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
    } catch {
      return NaN;
    }
  }

  /** The probe's event-loop figures since the last call (and resets them). */
  eventLoop(): Promise<EventLoop> {
    return new Promise((resolve) => {
      this.child.once('message', (m) => resolve(m as EventLoop));
      this.child.send('eventLoop');
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    await this.#exited;
  }
}
