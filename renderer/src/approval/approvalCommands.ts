import { api } from '../api/apiClient.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys } from '../save/saveKeys.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { navigate } from '../shell/route.ts';
import { downloadText } from '../ui/downloadText.ts';
import { focusWhenReady } from '../ui/focus.ts';

/**
 * Sends the protocol for approval: what is sent must be what is on screen, so
 * edits still in their debounce go first, and a failed save stops the send
 * (thrown as a plain Error carrying the save's Danish message).
 * Then the signature page, with focus on its heading.
 */
export async function sendForApproval(meeting: Pick<Meeting, 'id'>, state: MeetingState): Promise<void> {
  await saveTracker.flushAll();
  const saved = saveTracker.getState();
  if (saved.kind === 'error') throw new Error(saved.message);
  state.apply(await api.call('approvals.send', { meetingId: meeting.id }));
  navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'underskrift' });
  focusWhenReady('#signature-heading');
}

/** Reopens the protocol with the secretary's reason; every approval lapses. */
export async function reopenProtocol(meeting: Pick<Meeting, 'id'>, state: MeetingState, reason: string): Promise<void> {
  state.apply(await api.call('approvals.reopen', { meetingId: meeting.id, reason }));
}

/**
 * A signer's answer on the secretary's computer, signed with their own key
 * under their personal code (made the first time). Signing goes round the table:
 * the next member finds their Godkend button in focus; after the last answer,
 * focus goes to the line that says the protocol is approved.
 */
export async function answerAsMember(
  meeting: Pick<Meeting, 'id'>,
  state: MeetingState,
  signer: { memberId: string; substitute: string | null },
  answer: ({ decision: 'godkendt' } | { decision: 'afvist'; comment: string }) & { code: string; codeRepeat?: string },
  onSigned?: () => void,
): Promise<void> {
  const who = { meetingId: meeting.id, memberId: signer.memberId, ...(signer.substitute ? { substitute: signer.substitute } : {}), code: answer.code, ...(answer.codeRepeat !== undefined ? { codeRepeat: answer.codeRepeat } : {}) };
  const job = () => (answer.decision === 'godkendt' ? api.call('approvals.approve', who) : api.call('approvals.reject', { ...who, comment: answer.comment }));
  state.apply(await saveTracker.run(saveKeys.approval(meeting.id, signer.substitute ? `${signer.memberId}#${signer.substitute}` : signer.memberId), job));
  // The signer list (keys, signature checks) comes from the approval status.
  onSigned?.();
  focusWhenReady(['.signature-table [data-approve]', '.signature-progress']);
}

/** The approval package for members' own Referent, downloaded; returns its file name. */
export async function exportApprovalPackage(meeting: Pick<Meeting, 'id'>): Promise<string> {
  const file = await api.call('approvals.exportPackage', { meetingId: meeting.id });
  downloadText(file);
  return file.fileName;
}

/** A member's signed answer file, registered on the protocol. */
export async function importApprovalAnswer(state: MeetingState, text: string): Promise<void> {
  state.apply(await api.call('approvals.importAnswer', { text }));
}
