import type { Attachment, Meeting } from './meeting.ts';
import { importText } from '../i18n/import.da.ts';

/** The bilag an imported meeting keeps its source document as: on the first item, closed, named after the file. */
export function importSourceAttachmentName(fileName: string): string {
  return importText.commit.sourceAttachment(fileName).slice(0, 500);
}

/**
 * Whether an attachment is the document the meeting was imported from, which
 * is the protocol itself and not one of its bilag. `imported` is not part of
 * what is approved, so it alone must not be able to take a bilag off the
 * printed list: the attachment must also be where and as the import made it,
 * the first item's closed bilag, with the name and the hash the import gave it.
 */
export function isImportSource(meeting: Pick<Meeting, 'imported'>, itemIndex: number, attachment: Pick<Attachment, 'name' | 'closed' | 'file'>): boolean {
  const source = meeting.imported;
  if (!source || itemIndex !== 0 || !attachment.closed) return false;
  return attachment.file?.sha256 === source.sha256 && attachment.name === importSourceAttachmentName(source.fileName);
}
