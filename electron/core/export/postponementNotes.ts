import { Paragraph } from 'docx';
import type { AgendaItem } from '../../../shared/domain/meeting.ts';
import { printedDate } from './itemDates.ts';
import { STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** The sentences under an item's heading that say it was moved between meetings. */
export function postponementTexts(item: Pick<AgendaItem, 'postponedFrom' | 'postponedTo'>): string[] {
  return [
    ...(item.postponedFrom ? [documentText.postponedFrom(printedDate(item.postponedFrom.date))] : []),
    ...(item.postponedTo ? [documentText.postponedTo(printedDate(item.postponedTo.date))] : []),
  ];
}

export function postponementNotes(item: Pick<AgendaItem, 'postponedFrom' | 'postponedTo'>): Paragraph[] {
  return postponementTexts(item).map((text) => new Paragraph({ style: STYLE.itemNote, children: textRuns(text) }));
}
