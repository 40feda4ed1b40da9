/**
 * Changes that arrived through sync, told to whatever shows them: the meeting
 * open on screen and the lists read again, without a reload of the page.
 */
const SYNCED = 'referent:synkroniseret';

export type SyncedDetail = { meetings: string[] };

export function announceSynced(detail: SyncedDetail): void {
  window.dispatchEvent(new CustomEvent<SyncedDetail>(SYNCED, { detail }));
}

export function onSynced(listener: (detail: SyncedDetail) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<SyncedDetail>).detail);
  window.addEventListener(SYNCED, handler);
  return () => window.removeEventListener(SYNCED, handler);
}
