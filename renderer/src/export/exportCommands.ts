import { api } from '../api/apiClient.ts';
import type { ExportResult, PublishCheckView } from '../../../shared/api/contract.ts';
import type { Finding } from '../../../shared/domain/publishCheck/types.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { saveKeys } from '../save/saveKeys.ts';
import { downloadFile } from '../ui/downloadFile.ts';
import { focusWhenReady } from '../ui/focus.ts';
import { navigate } from '../shell/route.ts';

export type DocumentVariant = 'referat' | 'dagsorden';
export type DocumentAudience = 'fuld' | 'offentlig';
export type ExportChoice = { variant: DocumentVariant; audience: DocumentAudience; format: 'docx' | 'pdf' | 'packet' };

/**
 * Exports the meeting's document. It must contain what is on screen, so edits
 * still in their debounce are saved first. In the desktop app the file is
 * saved where the secretary chooses; in a browser it is downloaded here.
 */
export async function exportDocument(meetingId: string, choice: ExportChoice): Promise<ExportResult> {
  await saveTracker.flushAll();
  const result = await api.call('export.file', { meetingId, ...choice });
  if (result.kind === 'download') downloadFile(result);
  return result;
}

/** Opens a file this session exported, with the system's viewer (desktop only). */
export async function openExportedFile(path: string): Promise<void> {
  await api.call('files.open', { path });
}

/** Shows a file this session exported in its folder (desktop only). */
export async function showExportedFile(path: string): Promise<void> {
  await api.call('files.showInFolder', { path });
}

/** Tjek før udsendelse of one document, on what is on screen (pending edits are saved first). */
export async function checkDocument(meetingId: string, variant: DocumentVariant, audience: DocumentAudience): Promise<PublishCheckView> {
  await saveTracker.flushAll();
  return api.call('publish.check', { meetingId, variant, audience });
}

/** Lets the errors standing now through, with the secretary's reason; the core logs it in the audit log. */
export function overrideCheck(meetingId: string, variant: DocumentVariant, audience: DocumentAudience, reason: string): Promise<PublishCheckView> {
  return api.call('publish.override', { meetingId, variant, audience, reason });
}

/** Whether the check stops this document from leaving: errors that no logged override covers. */
export function isBlocked(view: PublishCheckView): boolean {
  return view.errors > 0 && view.override === null;
}

/** Where a finding's field is on the item page; the first selector that exists takes the focus. */
function findingTargets(finding: Finding): string[] {
  const item = finding.itemId;
  const section = item && finding.sectionId ? `[data-save-key="${saveKeys.section(item, finding.sectionId)}"]` : undefined;
  const byField: Partial<Record<Finding['field'], string[]>> = {
    title: ['#item-title'],
    publicTitle: ['#item-public-title', '#item-closed'],
    closedReason: ['#item-closed-reason'],
    caseNumber: ['#item-case'],
    section: section ? [`${section} .ProseMirror`] : [],
    sectionTitle: section ? [`${section} .ProseMirror`] : [],
    attachment: finding.attachmentId ? [`[data-attachment-id="${finding.attachmentId}"]`, '.section.attachments h3'] : ['.section.attachments h3'],
    vote: ['#item-vote-by'],
    caseFlow: ['.section.case-flow input', '.section.case-flow button'],
    firstItemNumber: ['#meeting-firstItemNumber'],
  };
  // Scoped to the item's own editor: the one on screen before the jump must not take the focus.
  const scope = item ? `[data-item-id="${item}"] ` : '';
  const own = (byField[finding.field] ?? []).map((selector) => (selector.startsWith('#meeting-') ? selector : scope + selector));
  return item ? [...own, `${scope}#item-editor-heading`] : [...own, '#meeting-heading'];
}

/** Jumps from a finding to its place: the item opens and its field takes the focus. */
export function jumpToFinding(meetingId: string, finding: Finding): void {
  if (finding.field === 'approval') {
    navigate({ kind: 'meeting', meetingId, tab: 'underskrift' });
    focusWhenReady(['#meeting-heading']);
    return;
  }
  navigate({ kind: 'meeting', meetingId, tab: 'dagsorden', itemId: finding.itemId });
  focusWhenReady(findingTargets(finding));
}
