import type { CommitteeTemplate } from './committee.ts';
import type { Section } from './meeting.ts';
import { formatDateShort } from '../format/dates.ts';
import { documentText } from '../i18n/document.da.ts';

type HeadingContext = { committeeName: string; style: CommitteeTemplate['decisionHeading']; date: string };

/**
 * The heading over a decision: the title alone, or (template variant A) the
 * title with the committee and the meeting's date, `Beslutning i Økonomiudvalget den 03-02-2026`.
 */
export function decisionHeading(title: string, { committeeName, style, date }: HeadingContext): string {
  return style === 'medUdvalgOgDato' ? documentText.decisionHeadingLong(title, committeeName, formatDateShort(date)) : title;
}

/** A section's heading as the referat prints it: a decision section gets the decision heading over its own title. */
export function sectionHeading(committee: { name: string; template: Pick<CommitteeTemplate, 'decisionHeading'> }, meeting: { date: string }, section: Pick<Section, 'kind' | 'title'>): string {
  return section.kind === 'beslutning'
    ? decisionHeading(section.title, { committeeName: committee.name, style: committee.template.decisionHeading, date: meeting.date })
    : section.title;
}
