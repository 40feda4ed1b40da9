import { LeaderType, PageReference, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { TEXT_WIDTH } from './pageLayout.ts';
import { STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

export type TocEntry = { title: string; bookmark: string };

/**
 * The TOC is written by hand rather than as a Word TOC field: entries are the
 * item titles (not every heading), and each page number is a PAGEREF to the
 * item's bookmark. LibreOffice recomputes PAGEREF results when it lays out the
 * pages; Word shows the result written into the file, which our own layout
 * of the document fills in (layout/referatPageNumbers, chosen in
 * buildReferatDocx), so Word never has to ask to update fields.
 */
export function tableOfContents(entries: TocEntry[]): Paragraph[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun(documentText.tocHeading)] }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          style: STYLE.tocEntry,
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
          children: [...textRuns(entry.title), new TextRun({ children: [new Tab()] }), new PageReference(entry.bookmark)],
        }),
    ),
  ];
}
