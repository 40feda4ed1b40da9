import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { EventLoop } from './hostProcess.ts';

const PROBE = join(process.cwd(), 'tests', 'bench', 'runners', 'eventLoopProbe.mjs');

/**
 * A node process that does nothing, with the same event-loop probe: on a busy
 * machine even an idle event loop is late when the OS runs something else, so
 * every event-loop figure is printed beside this one, read over the same window.
 */
export class IdleReference {
  readonly #child: ChildProcess;

  constructor() {
    this.#child = spawn(process.execPath, ['--import', PROBE, '-e', 'setInterval(() => {}, 1 << 30)'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    this.#child.unref();
    this.#child.channel?.unref();
  }

  /** The idle loop's figures since the last read (and resets them). */
  read(): Promise<EventLoop> {
    // Waiting for the answer keeps this process alive; the rest of the time the idle process does not.
    this.#child.channel?.ref();
    return new Promise((resolve) => {
      this.#child.once('message', (m) => {
        this.#child.channel?.unref();
        resolve(m as EventLoop);
      });
      this.#child.send('eventLoop');
    });
  }

  stop(): void {
    this.#child.kill();
  }
}
