import { useEffect, useRef, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { SyncStatus } from '../../../shared/domain/syncConflict.ts';
import { announceSynced } from './syncEvents.ts';

/** How often the page asks: the header's status and the changes a round brought. */
const POLL_MS = 1000;

/**
 * The sync status for the header, asked every second. When a round has
 * changed the store (its revision moved), the meetings it wrote are announced
 * so the screen shows them without a reload.
 */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  const revision = useRef<number | null>(null);
  const last = useRef('');
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const ask = async () => {
      try {
        const next = await api.call('sync.status', {});
        if (stopped) return;
        // The whole app hangs below the header: a status that did not change must not render it again.
        const seen = JSON.stringify(next);
        if (seen !== last.current) {
          last.current = seen;
          setStatus(next);
        }
        if (revision.current !== null && next.revision !== revision.current) announceSynced({ meetings: next.changed });
        revision.current = next.revision;
      } catch {
        // The header keeps the last status; the next poll tries again.
      }
      if (!stopped) timer = window.setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, []);
  return status;
}
