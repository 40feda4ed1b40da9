import { ReferentError } from '../../../shared/api/result.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { agendaItemSchema, isContentLocked, isHistoric, meetingSchema, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { da } from '../../../shared/i18n/da.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import type { Store, StoreTransaction } from '../store/store.ts';
import { MemberIdentity } from '../approval/memberIdentity.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';

/**
 * What only the desktop shell can do (Electron's dialog, shell and printToPDF).
 * Absent in the browser host and the CLI, where files are downloaded instead.
 */
export type PlatformHooks = {
  /** Opens a file with the system viewer. */
  openFile?: (path: string) => Promise<void>;
  /** Asks where to save (the system's save dialog) and writes the file there; null when cancelled. */
  saveFile?: (suggestedName: string, bytes: Uint8Array) => Promise<string | null>;
  showInFolder?: (path: string) => void;
  /** Prints an HTML page to PDF (Electron's printToPDF). */
  renderPdf?: (html: string) => Promise<Buffer>;
};

export type ServiceContext = PlatformHooks & {
  /** Every write goes through `store.transaction`, which also writes its audit entries. */
  store: Store;
  now(): string;
  identity(): Promise<MemberIdentity>;
  /** The installation's key pair when one was made already, else null (never makes one). */
  existingIdentity(): Promise<MemberIdentity | null>;
  committeeOrThrow(id: string): Committee;
  meetingOrThrow(id: string): Meeting;
  /** The one way a meeting changes: its own transaction, validated, and refused if it would alter a locked protocol's printed content. */
  mutateMeeting(meetingId: string, change: (draft: Meeting) => void): Promise<Meeting>;
  /** The same, staged in a transaction already running (a change that spans two meetings). */
  changeMeeting(tx: StoreTransaction, meetingId: string, change: (draft: Meeting) => void): Meeting;
  /** One item changed, as its own transaction; `meeting` is for reading (only the item is a copy). */
  mutateItem(meetingId: string, itemId: string, change: (item: AgendaItem, meeting: Readonly<Meeting>) => void): Promise<Meeting>;
};

export function createServiceContext(store: Store, now: () => Date, hooks: PlatformHooks = {}): ServiceContext {
  let identity: Promise<MemberIdentity> | undefined;

  const committeeOrThrow = (id: string): Committee => {
    const c = store.committee(id);
    if (!c) throw new ReferentError('ikke_fundet', da.errors.committeeNotFound);
    return c;
  };
  const meetingOrThrow = (id: string): Meeting => {
    const m = store.meeting(id);
    if (!m) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
    return m;
  };

  const stored = (tx: StoreTransaction, meetingId: string): Meeting => {
    const before = tx.meeting(meetingId);
    if (!before) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
    return before;
  };

  /** Refuses a change to what a locked protocol prints, and stages the rest. */
  const put = (tx: StoreTransaction, before: Meeting, next: Meeting): Meeting => {
    if (isContentLocked(before)) {
      const committee = committeeOrThrow(before.committeeId);
      if (protocolFingerprint(committee, before) !== protocolFingerprint(committee, next)) {
        throw new ReferentError('konflikt', isHistoric(before) ? importText.historic.readOnly : approvalText.errors.locked);
      }
    }
    tx.putMeeting(next);
    return next;
  };

  const changeMeeting = (tx: StoreTransaction, meetingId: string, change: (draft: Meeting) => void): Meeting => {
    const before = stored(tx, meetingId);
    const draft = structuredClone(before);
    change(draft);
    draft.updatedAt = now().toISOString();
    return put(tx, before, validatedChange(before, draft));
  };
  const mutateMeeting = (meetingId: string, change: (draft: Meeting) => void) => store.transaction((tx) => changeMeeting(tx, meetingId, change));

  return {
    store,
    now: () => now().toISOString(),
    identity: () => (identity ??= MemberIdentity.load(store.dir, now)),
    existingIdentity: () => identity ?? MemberIdentity.existing(store.dir),
    ...hooks,
    committeeOrThrow,
    meetingOrThrow,
    mutateMeeting,
    changeMeeting,
    // The edit path of every keystroke: only the item is copied and validated, not the whole meeting.
    mutateItem: (meetingId, itemId, change) =>
      store.transaction((tx) => {
        const before = stored(tx, meetingId);
        const index = before.items.findIndex((i) => i.id === itemId);
        if (index === -1) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
        const item = structuredClone(before.items[index]!);
        const items = [...before.items];
        items[index] = item;
        const draft: Meeting = { ...before, items, updatedAt: now().toISOString() };
        change(item, draft);
        // The rest of the meeting is the stored one, validated when it was read; the item is validated here.
        items[index] = agendaItemSchema.parse(item);
        return put(tx, before, { ...draft, items });
      }),
  };
}

/**
 * The changed meeting, validated against the domain schema: the meeting itself
 * and every item that differs from the stored one. An item equal to its stored
 * version was validated when the meeting was read, so a keystroke in one
 * section of a 60-item meeting validates that item, not all sixty.
 */
export function validatedChange(before: Meeting, draft: Meeting): Meeting {
  const stored = new Map(before.items.map((item) => [item.id, item]));
  const items = draft.items.map((item) => {
    const old = stored.get(item.id);
    return old && JSON.stringify(old) === JSON.stringify(item) ? old : agendaItemSchema.parse(item);
  });
  return { ...meetingSchema.parse({ ...draft, items: [] }), items };
}
