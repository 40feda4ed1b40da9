import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { packetText } from '../../../shared/i18n/packet.da.ts';
import { variantLabel, type ReferatAudience, type ReferatVariant } from './exportOptions.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

const MAX_NAME_LENGTH = 100;

/**
 * `Referat Direktionen 16-03-2026.docx`, `Dagsorden Direktionen 16-03-2026 (offentlig).docx`. Characters Windows, macOS or Linux
 * reject in file names are dropped, and the body name is shortened, so the
 * name works on any file system and in a mail attachment.
 */
export function referatFileName(
  committee: Pick<Committee, 'name'>,
  meeting: Pick<Meeting, 'date'>,
  options: { variant?: ReferatVariant | undefined; audience?: ReferatAudience | undefined; extension?: 'docx' | 'pdf' } = {},
): string {
  const name =
    committee.name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_NAME_LENGTH)
      .replace(/[ .]+$/, '') || documentText.fileName.noCommittee;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? formatDateShort(meeting.date) : documentText.fileName.noDate;
  const audience = options.audience === 'offentlig' ? documentText.fileName.publicSuffix : '';
  return `${variantLabel(options.variant ?? 'referat')} ${name} ${date}${audience}.${options.extension ?? 'docx'}`;
}

/** The publication packet: `Referat Direktionen 16-03-2026 (offentlig) med bilag.pdf`. */
export function packetFileName(committee: Pick<Committee, 'name'>, meeting: Pick<Meeting, 'date'>, options: { variant: ReferatVariant; audience: ReferatAudience }): string {
  return referatFileName(committee, meeting, { ...options, extension: 'pdf' }).replace(/\.pdf$/, `${packetText.fileSuffix}.pdf`);
}
