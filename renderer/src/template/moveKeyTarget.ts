import type { KeyboardEvent } from 'react';

/**
 * Alt+↑ / Alt+↓ in a row's main field moves the row, so a list can be ordered
 * without leaving the keyboard. Returns the target index, or undefined when the
 * key is not a move.
 */
export function moveKeyTarget(event: KeyboardEvent, index: number, count: number): number | undefined {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return undefined;
  const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
  if (to < 0 || to >= count) return undefined;
  event.preventDefault();
  return to;
}
