import { ReferentError } from '../../../shared/api/result.ts';
import { committeeSchema } from '../../../shared/domain/committee.ts';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import type { SyncConflict, SyncConflictView } from '../../../shared/domain/syncConflict.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import type { ServiceContext } from '../service/serviceContext.ts';
import { SyncFolder } from './syncState.ts';

export type Resolution = { conflictId: string; choice: 'mine' | 'theirs' | 'merged'; value?: unknown };

/** The open conflicts, with what the renderer needs to show where each one is. */
export async function listConflicts(ctx: ServiceContext): Promise<SyncConflictView[]> {
  const folder = new SyncFolder(ctx.store.dir);
  const [file, config] = await Promise.all([folder.conflicts(), folder.config()]);
  return file.open.map((c) => {
    let meeting: Meeting | undefined;
    try {
      meeting = c.meetingId ? ctx.store.meeting(c.meetingId) : undefined;
    } catch {
      meeting = undefined;
    }
    const item = meeting?.items.find((i) => i.id === c.itemId);
    const section = c.path.startsWith('section:') ? item?.sections.find((s) => s.id === c.path.slice('section:'.length)) : undefined;
    const label = section?.title ?? syncText.conflicts.fields[c.path] ?? c.path;
    return { ...c, label, mineIsHere: c.machineId === config.machineId, meetingDate: meeting?.date ?? null, itemTitle: item?.title ?? null };
  });
}

/**
 * Applies the version picked (or the merge written) as an ordinary edit, through
 * the service's one way a meeting changes: validated, refused if it would alter
 * a protocol out for approval, audited. The record then goes, on every machine
 * at the next round. Nothing is lost before: until this, both versions are kept.
 */
export async function resolveConflict(ctx: ServiceContext, resolution: Resolution): Promise<void> {
  const folder = new SyncFolder(ctx.store.dir);
  const file = await folder.conflicts();
  const conflict = file.open.find((c) => c.id === resolution.conflictId);
  if (!conflict) throw new ReferentError('ikke_fundet', syncText.errors.conflictNotFound);
  if (resolution.choice === 'merged' && resolution.value === undefined) throw new ReferentError('ugyldig_forespoergsel', syncText.errors.mergedRequired);
  const value = resolution.choice === 'mine' ? conflict.mine : resolution.choice === 'theirs' ? conflict.theirs : resolution.value;
  if (conflict.meetingId === null) await applyToCommittee(ctx, conflict, value);
  else await applyToMeeting(ctx, conflict, value);
  const after = await folder.conflicts();
  after.open = after.open.filter((c) => c.id !== conflict.id);
  if (!after.resolved.includes(conflict.id)) after.resolved.push(conflict.id);
  await folder.saveConflicts(after);
}

async function applyToMeeting(ctx: ServiceContext, c: SyncConflict, value: unknown): Promise<void> {
  if (!ctx.store.meeting(c.meetingId!)) throw new ReferentError('ikke_fundet', syncText.errors.meetingGone);
  await ctx.mutateMeeting(c.meetingId!, (draft) => {
    if (c.itemId === null) {
      (draft as Record<string, unknown>)[c.path] = value;
      return;
    }
    const index = draft.items.findIndex((i) => i.id === c.itemId);
    if (c.path === 'item') {
      // A whole item that lost to the lock: put back as it was, or taken out where that side had none.
      if (value === null) {
        if (index !== -1) draft.items.splice(index, 1);
      } else if (index === -1) draft.items.push(value as AgendaItem);
      else draft.items[index] = value as AgendaItem;
      return;
    }
    if (index === -1) throw new ReferentError('ikke_fundet', syncText.errors.meetingGone);
    const item = draft.items[index]!;
    if (c.path.startsWith('section:')) {
      const section = item.sections.find((s) => s.id === c.path.slice('section:'.length));
      if (section) section.body = value as typeof section.body;
      return;
    }
    (item as Record<string, unknown>)[c.path] = value;
  });
}

async function applyToCommittee(ctx: ServiceContext, c: SyncConflict, value: unknown): Promise<void> {
  const field = c.path.replace(/^committee\./, '');
  if (field !== 'name' && field !== 'template' && field !== 'createdAt') return;
  await ctx.store.transaction((tx) => {
    const next = committeeSchema.safeParse({ ...ctx.committeeOrThrow(c.committeeId), [field]: value });
    if (!next.success) throw new ReferentError('ugyldig_forespoergsel', syncText.errors.mergedRequired);
    tx.putCommittee(next.data);
  });
}
