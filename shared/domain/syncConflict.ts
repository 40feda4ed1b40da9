import * as z from 'zod/mini';
import '../schema/zodLocale.ts';

/**
 * Both versions of one field that two machines changed differently since
 * they last agreed. The merge keeps `mine` (this machine's, when it was
 * found) in the store and this record keeps `theirs`, until the secretary
 * picks one or writes a merge. Shared through the server, so every machine
 * of the committee shows it; `machineId` says which machine `mine` is.
 */
export const syncConflictSchema = z.lazy(() => z.object({
  id: z.string().check(z.regex(/^[0-9a-f]{16,64}$/)),
  committeeId: z.string().check(z.maxLength(200)),
  /** Null for the committee's own fields. */
  meetingId: z.nullable(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/))),
  itemId: z.nullable(z.string().check(z.maxLength(200))),
  /** Where: `title`, `caseNumber`, `section:<id>`, `location`, `item` (a whole item), `committee.name`, … */
  path: z.string().check(z.maxLength(300)),
  /** `tekst`: a text field; `vaerdi`: another field; `laast`: an edit that lost to a protocol sent to approval. */
  kind: z.enum(['tekst', 'vaerdi', 'laast']),
  label: z.string().check(z.maxLength(600)),
  base: z.unknown(),
  mine: z.unknown(),
  theirs: z.unknown(),
  at: z.string().check(z.maxLength(100)),
  machineId: z.string().check(z.maxLength(100)),
}));
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const SYNC_STATES = ['av', 'arbejder', 'synkroniseret', 'offline', 'konflikt', 'fejl'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export type SyncStatus = {
  state: SyncState;
  /** Danish, for the header's tooltip: why offline or what failed. */
  message: string;
  lastSync: string | null;
  conflicts: number;
  remote: string | null;
  user: string | null;
  hasPassword: boolean;
  committees: string[];
  machineId: string;
  /** Counts the rounds that changed this store; the page reads again what `changed` names when it moves. */
  revision: number;
  /** The meetings the last changing round wrote (empty when it was the committees). */
  changed: string[];
  /** Documents refused on arrival (kept in `sync/karantaene/`), newest first: when, which, and why in Danish. */
  quarantined: { at: string; id: string; reason: string }[];
  quarantinedTotal: number;
  /** Other machines' audit chains as they arrived for the shared committees, each checked link by link. */
  otherMachines: { machineId: string; entries: number; lastAt: string | null }[];
};

/** A conflict as the renderer shows it: whether `mine` is this machine's. */
export type SyncConflictView = SyncConflict & { mineIsHere: boolean; meetingDate: string | null; itemTitle: string | null };
