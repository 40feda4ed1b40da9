import { setImmediate as nextCheck } from 'node:timers/promises';

/**
 * Hands the event loop back so that its timers and I/O run before the caller
 * goes on. One setImmediate is not enough when called from an I/O callback
 * (the poll phase): it runs in the same turn's check phase, before any timer,
 * so two slices of work would still hold the loop as one. The second always
 * comes after a timers phase.
 */
export async function yieldToTimers(): Promise<void> {
  await nextCheck();
  await nextCheck();
}
