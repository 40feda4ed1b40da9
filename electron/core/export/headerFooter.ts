import { BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TextRun, AlignmentType } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { variantLabel, type ReferatVariant } from './exportOptions.ts';
import { STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** Body name and date on every page but the front page, which already carries them in its title. */
export function referatHeader(committee: Pick<Committee, 'name'>, meeting: Pick<Meeting, 'date'>, variant: ReferatVariant = 'referat'): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 } },
        children: [...textRuns(committee.name), new TextRun({ children: [new Tab()] }), ...textRuns(`${variantLabel(variant)} ${formatDateShort(meeting.date)}`)],
      }),
    ],
  });
}

export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.headerFooter, children: [] })] });
}

/**
 * `Side X af Y`: PAGE and NUMPAGES fields, which every reader recomputes as it
 * lays out the pages. In a publication packet Y is the whole packet's page
 * count, written as it is (`totalPages`).
 */
export function referatFooter(totalPages?: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [documentText.footer.page, PageNumber.CURRENT, documentText.footer.of, totalPages === undefined ? PageNumber.TOTAL_PAGES : String(totalPages)] })],
      }),
    ],
  });
}
