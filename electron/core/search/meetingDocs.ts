import { itemLabels } from '../../../shared/domain/numbering.ts';
import { docToPlainText, type RichNode } from '../../../shared/text/richText.ts';

/** One agenda item as the search index holds it. */
export type ItemDoc = {
  meetingId: string;
  committeeId: string;
  date: string;
  itemId: string;
  itemLabel: string;
  title: string;
  caseNumber: string;
  /** The plain text of all its sections, one paragraph a line. */
  text: string;
};

type LooseItem = { id?: unknown; title?: unknown; caseNumber?: unknown; subItem?: unknown; sections?: { body?: RichNode }[] };
type LooseMeeting = { id?: unknown; committeeId?: unknown; date?: unknown; firstItemNumber?: unknown; items?: LooseItem[] };

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The items of a meeting file (`{ schemaVersion, meeting }`) as search
 * documents. Read without the store's validation, and forgiving: the index is
 * derived data, and a file the store cannot read yet (an older version before
 * its migration) must not stop the rest of the archive from being indexed.
 */
export function meetingDocs(file: unknown): ItemDoc[] {
  const meeting = (file as { meeting?: LooseMeeting } | null)?.meeting;
  if (!meeting || typeof meeting.id !== 'string' || !Array.isArray(meeting.items)) return [];
  const items = meeting.items.filter((i): i is LooseItem => typeof i === 'object' && i !== null);
  const firstItemNumber = typeof meeting.firstItemNumber === 'number' ? meeting.firstItemNumber : 1;
  const labels = itemLabels({ firstItemNumber, items: items.map((i) => ({ subItem: i.subItem === true })) as never });
  return items.map((item, i) => ({
    meetingId: meeting.id as string,
    committeeId: str(meeting.committeeId),
    date: str(meeting.date),
    itemId: str(item.id),
    itemLabel: labels[i] ?? '',
    title: str(item.title),
    caseNumber: str(item.caseNumber),
    text: (Array.isArray(item.sections) ? item.sections : []).map((s) => docToPlainText(s?.body)).join('\n'),
  }));
}
