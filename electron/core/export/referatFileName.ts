import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';

const MAX_NAME_LENGTH = 100;

/**
 * `Referat Direktionen 16-03-2026.docx`. Characters Windows, macOS or Linux
 * reject in file names are dropped, and the body name is shortened, so the
 * name works on any file system and in a mail attachment.
 */
export function referatFileName(committee: Pick<Committee, 'name'>, meeting: Pick<Meeting, 'date'>): string {
  const name =
    committee.name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_NAME_LENGTH)
      .replace(/[ .]+$/, '') || 'Udvalg';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? formatDateShort(meeting.date) : 'uden dato';
  return `Referat ${name} ${date}.docx`;
}
