import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting, Section } from '../../../shared/domain/meeting.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';

/** The heading as the referat prints it: Variant A names the committee and date over the decision. */
export function sectionHeading(committee: Committee, meeting: Pick<Meeting, 'date'>, section: Section): string {
  return section.kind === 'beslutning' && committee.template.decisionHeading === 'medUdvalgOgDato'
    ? `${section.title} i ${committee.name} den ${formatDateShort(meeting.date)}`
    : section.title;
}
