import { api } from '../api/apiClient.ts';
import type { ItemPatch } from '../../../shared/api/contract.ts';
import type { AgendaItem, Attachment } from '../../../shared/domain/meeting.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys, type ItemField } from '../save/saveKeys.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { setDraft } from '../save/drafts.ts';
import type { CaseTextImported } from '../../../shared/import/importAnalysis.ts';
import { downloadFile } from '../ui/downloadFile.ts';
import { readFileBase64 } from './readFileBase64.ts';

/**
 * Saving one item's fields, sections and bilag. Every write goes through the
 * save tracker under the field's own key (so the header shows "Gemmer …" and a
 * failure can be retried) and the meeting the server answers with is applied.
 * The meeting state's callbacks are stable, so a save that outlives the render
 * that scheduled it still applies to the live meeting.
 */
export type ItemRef = { meetingId: string; itemId: string; state: MeetingState };

const patchJob = ({ meetingId, itemId, state }: ItemRef, patch: ItemPatch) => async () =>
  state.apply(await api.call('items.update', { meetingId, itemId, patch }));

/**
 * Saves a field now; resolves when saved, rejects with the Danish error. The
 * change shows at once (a checkbox must not spring back while the server
 * answers); a refused change is replaced by what is stored.
 */
export function saveItemField(ref: ItemRef, field: ItemField, patch: ItemPatch): Promise<void> {
  ref.state.applyLocal((m) => ({ ...m, items: m.items.map((i) => (i.id === ref.itemId ? withPatch(i, patch) : i)) }));
  return saveTracker.run(saveKeys.itemField(ref.itemId, field), patchJob(ref, patch)).catch((error: unknown) => {
    void ref.state.reload();
    throw error;
  });
}

/** Debounced, for typing: only the last value within the delay is sent. */
export function scheduleItemField(ref: ItemRef, field: ItemField, patch: ItemPatch): void {
  saveTracker.schedule(saveKeys.itemField(ref.itemId, field), patchJob(ref, patch));
}

/** Sends a typed value at once (the field was left). */
export function flushItemField(ref: ItemRef, field: ItemField): Promise<void> {
  return saveTracker.flush(saveKeys.itemField(ref.itemId, field));
}

/** Drops a typed value that must not be saved (an empty title); the last valid one stays stored. */
export function cancelItemField(ref: ItemRef, field: ItemField): void {
  saveTracker.cancel(saveKeys.itemField(ref.itemId, field));
}

/** The save of one rich-text section, for its editor to schedule under the section's key. */
export function sectionSaver(ref: ItemRef, sectionId: string): (body: RichDoc) => Promise<void> {
  return async (body) => ref.state.apply(await api.call('items.setSection', { meetingId: ref.meetingId, itemId: ref.itemId, sectionId, body }));
}

/**
 * One case text (DOCX or PDF) into this item: matching sections filled, other
 * headings as sub-headings in Sagsfremstilling. Typed text still in its
 * debounce is saved first; the drafts of the sections take the stored result,
 * so the editors, which the caller remounts, show what was imported.
 */
export async function importCaseTextFile(ref: ItemRef, file: File): Promise<CaseTextImported> {
  await saveTracker.flushAll();
  const base64 = await readFileBase64(file);
  const result = await saveTracker.run(saveKeys.caseText(ref.itemId), () =>
    api.call('import.caseText', { meetingId: ref.meetingId, itemId: ref.itemId, fileName: file.name, base64 }),
  );
  const item = result.meeting.items.find((i) => i.id === ref.itemId);
  for (const section of item?.sections ?? []) setDraft(saveKeys.section(ref.itemId, section.id), section.body);
  ref.state.apply(result.meeting);
  return result;
}

/** Attaches one file (after the screen has checked its size). */
export async function addAttachmentFile(ref: ItemRef, file: File): Promise<void> {
  const base64 = await readFileBase64(file);
  const next = await saveTracker.run(saveKeys.itemField(ref.itemId, 'attachments'), () =>
    api.call('attachments.add', { meetingId: ref.meetingId, itemId: ref.itemId, name: file.name, mimeType: file.type || 'application/octet-stream', base64 }),
  );
  ref.state.apply(next);
}

/**
 * Opens a bilag: Electron shows it in the system viewer; a browser gets it as a
 * download; a program-type bilag is never launched, only saved where the user
 * picks (the message says where). Returns which.
 */
export async function openAttachment(ref: Omit<ItemRef, 'state'>, attachment: Attachment): Promise<{ kind: 'opened' } | { kind: 'downloaded' } | { kind: 'saved'; message: string }> {
  const result = await api.call('attachments.open', { meetingId: ref.meetingId, itemId: ref.itemId, attachmentId: attachment.id });
  if (result.opened) return { kind: 'opened' };
  if ('base64' in result) {
    downloadFile(result);
    return { kind: 'downloaded' };
  }
  return { kind: 'saved', message: result.message };
}

function withPatch(item: AgendaItem, patch: ItemPatch): AgendaItem {
  const { attachments, ...rest } = patch;
  const next: AgendaItem = { ...item, ...(rest as Partial<AgendaItem>) };
  if (attachments) {
    const byId = new Map(item.attachments.map((a) => [a.id, a]));
    // New entries get a stand-in id until the server names them.
    next.attachments = attachments.map((a, i) => ({ ...(a.id ? byId.get(a.id) : undefined), id: a.id ?? `ny-${i}`, name: a.name, closed: a.closed ?? false, file: (a.id ? byId.get(a.id)?.file : null) ?? null }));
  }
  return next;
}
