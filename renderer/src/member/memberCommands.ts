import { api } from '../api/apiClient.ts';
import type { ReviewView } from '../../../shared/api/contract.ts';
import { downloadText } from '../ui/downloadText.ts';

/**
 * The member's side of the offline round, on the member's own computer: the
 * key file, opening a package and answering it. Nothing here touches the
 * member's own committees or meetings.
 */

/** Saves this installation's public key as a member file; returns its file name. */
export async function saveMemberKeyFile(name: string): Promise<string> {
  const file = await api.call('identity.memberFile', { name });
  downloadText(file);
  return file.fileName;
}

/** Opens an approval package read-only; main checks its fingerprint first. */
export function openApprovalPackage(text: string): Promise<ReviewView> {
  return api.call('review.open', { text });
}

/** Signs the member's answer to a package and saves it as a file for the secretary; returns its file name. */
export async function answerApprovalPackage(text: string, signer: { memberId: string; substitute: string | null }, decision: 'godkendt' | 'afvist', comment: string): Promise<string> {
  const file = await api.call('review.answer', { text, memberId: signer.memberId, substitute: signer.substitute, decision, comment });
  downloadText(file);
  return file.fileName;
}
