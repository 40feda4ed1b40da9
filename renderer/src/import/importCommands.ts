import { api } from '../api/apiClient.ts';
import type { Committee, CommitteeTemplate } from '../../../shared/domain/committee.ts';
import { summarizeMeeting, type MeetingSummary } from '../../../shared/domain/meeting.ts';
import type { ImportAnalysis, ImportCommitted } from '../../../shared/import/importAnalysis.ts';
import type { ImportedMeeting } from '../../../shared/import/importedMeeting.ts';
import { readFileBase64 } from '../item/readFileBase64.ts';
import { navigate } from '../shell/route.ts';
import { focusWhenReady } from '../ui/focus.ts';

/** The file as picked, kept in memory between the review and the commit; nothing is stored before the commit. */
export type PickedFile = { fileName: string; base64: string };

/** The same cap as the contract's (34 MB of base64 is about 25 MB of file). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** Reads the file and asks the core what it recognises; writes nothing. */
export async function analyseFile(file: File): Promise<{ picked: PickedFile; analysis: ImportAnalysis }> {
  const picked = { fileName: file.name, base64: await readFileBase64(file) };
  const analysis = await api.call('import.analyse', picked);
  return { picked, analysis };
}

export type CommitTarget = { kind: 'eksisterende'; committeeId: string } | { kind: 'ny'; name: string; members: { name: string; label: string }[]; template?: CommitteeTemplate };

/**
 * Stores the reviewed meeting (with the original file as its closed bilag),
 * puts the committee and meeting into the app's lists, opens the meeting and
 * moves focus to its heading.
 */
export async function commitImport(
  picked: PickedFile,
  meeting: ImportedMeeting,
  target: CommitTarget,
  app: { putCommittee(committee: Committee): void; addMeeting(summary: MeetingSummary): void },
): Promise<ImportCommitted> {
  const committed = await api.call('import.commit', { ...picked, meeting, committee: target });
  app.putCommittee(committed.committee);
  app.addMeeting(summarizeMeeting(committed.meeting));
  navigate({ kind: 'meeting', meetingId: committed.meeting.id, tab: 'dagsorden' });
  focusWhenReady('#meeting-heading');
  return committed;
}
