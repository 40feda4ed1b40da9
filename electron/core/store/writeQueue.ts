/**
 * Every mutation of the store runs through one queue, one at a time, in the
 * order it was asked for (Actual Budget's mutators). Reads never wait on it.
 */
export class WriteQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #pending = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.#pending += 1;
    const result = this.#tail.then(task);
    this.#tail = result
      .catch(() => undefined)
      .finally(() => {
        this.#pending -= 1;
      });
    return result;
  }

  get pending(): number {
    return this.#pending;
  }

  /** Resolves when everything queued so far has been written. */
  async idle(): Promise<void> {
    while (this.#pending > 0) await this.#tail;
  }
}
