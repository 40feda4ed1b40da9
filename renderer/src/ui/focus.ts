/**
 * Where keyboard focus goes after a command, once React has drawn its result.
 * Each selector is tried in order on every frame until one element takes the
 * focus: a target may not exist yet (the next screen is loading) or may still
 * sit behind a closing modal dialog. Gives up quietly after `timeoutMs`.
 */
export function focusWhenReady(selectors: string | string[], timeoutMs = 3000): void {
  const list = Array.isArray(selectors) ? selectors : [selectors];
  const until = performance.now() + timeoutMs;
  const attempt = () => {
    for (const selector of list) {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element || (element as HTMLButtonElement).disabled) continue;
      element.focus();
      if (document.activeElement === element) return;
    }
    if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Puts focus back on the element with this id after a re-render moved it (a row that moved), or on the fallback when it is disabled. */
export function refocusById(id: string, fallbackId?: string): void {
  requestAnimationFrame(() => {
    const preferred = document.getElementById(id) as HTMLButtonElement | null;
    const other = fallbackId ? document.getElementById(fallbackId) : null;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  });
}
