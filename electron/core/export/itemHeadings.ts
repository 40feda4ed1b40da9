import type { Committee } from '../../../shared/domain/committee.ts';
import { decisionHeading } from '../../../shared/domain/decisionHeading.ts';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabel } from '../../../shared/domain/numbering.ts';
import type { ReferatAudience } from './exportOptions.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** Closed items are marked in the title itself, as the published protocols do; secretaries often type the prefix themselves. */
export function displayItemTitle(item: Pick<AgendaItem, 'title' | 'closed'> & Partial<Pick<AgendaItem, 'publicTitle'>>, audience: ReferatAudience = 'fuld'): string {
  // The public protocol prints a closed item's public title where it has one.
  const publicTitle = item.closed && audience === 'offentlig' ? (item.publicTitle ?? '').trim() : '';
  if (publicTitle !== '') return publicTitle;
  const title = item.title.trim();
  return item.closed && !/^lukket\s*:/i.test(title) ? `${documentText.closedPrefix}${title}` : title;
}

/** `Punkt 12: …`, `Punkt 12.a: …` for a sub-item. */
export function itemHeadingText(meeting: Pick<Meeting, 'firstItemNumber' | 'items'>, item: AgendaItem, index: number, audience: ReferatAudience = 'fuld'): string {
  return documentText.itemHeading(itemLabel(meeting, index), displayItemTitle(item, audience));
}

/** The printed decision heading always says Beslutning, whatever the template calls the section. */
export function decisionHeadingText(committee: Committee, meeting: Pick<Meeting, 'date'>): string {
  return decisionHeading(documentText.decision, { committeeName: committee.name, style: committee.template.decisionHeading, date: meeting.date });
}

export const SIGNATURE_TITLE = documentText.signature.title;

export { isSignatureItem } from '../../../shared/domain/standardItems.ts';

/** Word limits bookmark names to 40 characters starting with a letter; item ids (UUIDs) would not fit. */
export function itemBookmark(index: number): string {
  return `punkt_${index + 1}`;
}

export const SIGNATURE_BOOKMARK = 'underskriftsside';
