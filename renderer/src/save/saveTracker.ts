import { errorMessage } from '../api/errorMessage.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

type Job = () => Promise<unknown>;

const DEBOUNCE_MS = 500;

/**
 * Every autosave goes through here, keyed by the field it writes. Writes to one
 * key run one after the other so an older body can never overtake a newer one;
 * a failed write keeps its job so "Prøv igen" can resend the same content.
 */
export class SaveTracker {
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #pending = new Map<string, Job>();
  #chains = new Map<string, Promise<void>>();
  #failed = new Map<string, { job: Job; message: string }>();
  #inFlight = 0;
  #everSaved = false;
  #listeners = new Set<() => void>();
  #state: SaveState = { kind: 'idle' };

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getState = (): SaveState => this.#state;

  errorFor(key: string): string | undefined {
    return this.#failed.get(key)?.message;
  }

  /** Debounced write: only the last job scheduled for a key within the delay runs. */
  schedule(key: string, job: Job, delay = DEBOUNCE_MS): void {
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#pending.set(key, job);
    this.#timers.set(
      key,
      setTimeout(() => void this.flush(key), delay),
    );
    this.#emit();
  }

  /** Runs a write now (after any earlier write to the same key). */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#timers.delete(key);
    this.#pending.delete(key);
    this.#inFlight++;
    this.#emit();
    const previous = this.#chains.get(key) ?? Promise.resolve();
    const result = previous.then(job);
    const settled = result.then(
      () => {
        this.#failed.delete(key);
        this.#everSaved = true;
      },
      (error: unknown) => {
        this.#failed.set(key, { job, message: errorMessage(error) });
      },
    );
    const chain = settled.finally(() => {
      this.#inFlight--;
      if (this.#chains.get(key) === chain) this.#chains.delete(key);
      this.#emit();
    });
    this.#chains.set(key, chain);
    return result;
  }

  flush(key: string): Promise<void> {
    const job = this.#pending.get(key);
    if (!job) return this.#chains.get(key) ?? Promise.resolve();
    return this.run(key, job).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Sends every pending edit and resolves once all writes have settled. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.#pending.keys()].map((key) => this.flush(key)));
    await Promise.all([...this.#chains.values()]);
  }

  retryFailed(): void {
    for (const [key, { job }] of this.#failed) void this.run(key, job).catch(() => undefined);
  }

  /** Drops a scheduled write that must not go out (the field became invalid). */
  cancel(key: string): void {
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#timers.delete(key);
    this.#pending.delete(key);
    this.#emit();
  }

  /** Forget a failure whose field has gone (an item deleted, say), so it does not haunt the header. */
  forget(key: string): void {
    this.#failed.delete(key);
    this.#emit();
  }

  #emit(): void {
    const next: SaveState =
      this.#inFlight > 0 || this.#pending.size > 0
        ? { kind: 'saving' }
        : this.#failed.size > 0
          ? { kind: 'error', message: [...this.#failed.values()][0]?.message ?? '' }
          : this.#everSaved
            ? { kind: 'saved' }
            : { kind: 'idle' };
    if (JSON.stringify(next) === JSON.stringify(this.#state)) return;
    this.#state = next;
    for (const listener of this.#listeners) listener();
  }
}

export const saveTracker = new SaveTracker();
