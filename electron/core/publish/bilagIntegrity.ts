import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { BilagIntegrity } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { readAttachmentFile } from '../store/attachmentFiles.ts';

/**
 * Each stored bilag file of a meeting against the hash it was attached with:
 * `mangler` when the file is gone, `aendret` when its bytes changed. Bilag
 * without a file (a name only) are not in the answer.
 */
export async function bilagIntegrity(dir: string, meeting: Meeting): Promise<BilagIntegrity> {
  const answer: Record<string, 'ok' | 'mangler' | 'aendret'> = {};
  for (const item of meeting.items) {
    for (const attachment of item.attachments) {
      if (attachment.file) answer[attachment.id] = (await readAttachmentFile(dir, attachment.file)).check;
    }
  }
  return answer;
}
