/** Wrong codes allowed before the first pause: a typo or two costs nothing. */
const FREE_ATTEMPTS = 3;
const FIRST_PAUSE_MS = 5_000;
const LONGEST_PAUSE_MS = 15 * 60_000;

/**
 * Guessing a member's personal code at the secretary's computer: each wrong
 * code after the first few makes the next attempt for that key wait longer
 * (5 s, 10 s, 20 s … up to 15 minutes), so trying codes by hand or by script
 * through the window or the API gets nowhere. Counted per key in this
 * process; a right code clears it. The sealed key itself is scrypt-hardened
 * against guessing offline.
 */
export class CodeAttempts {
  readonly #failures = new Map<string, { count: number; until: number }>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Milliseconds until this key may be tried again (0: now). */
  waitFor(keyId: string): number {
    const failed = this.#failures.get(keyId);
    return failed ? Math.max(0, failed.until - this.#now()) : 0;
  }

  failed(keyId: string): void {
    const count = (this.#failures.get(keyId)?.count ?? 0) + 1;
    const pause = count <= FREE_ATTEMPTS ? 0 : Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (count - FREE_ATTEMPTS - 1));
    this.#failures.set(keyId, { count, until: this.#now() + pause });
  }

  succeeded(keyId: string): void {
    this.#failures.delete(keyId);
  }
}
