import MiniSearch from 'minisearch';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';

export type SearchHit = {
  meetingId: string;
  committeeId: string;
  committeeName: string;
  date: string;
  itemId: string;
  itemLabel: string;
  title: string;
  caseNumber: string;
  /** A short piece of the text around the first match, for the result list. */
  snippet: string;
  score: number;
};

type Doc = { id: string; meetingId: string; committeeId: string; date: string; itemId: string; itemLabel: string; title: string; caseNumber: string; text: string };

const SNIPPET_RADIUS = 70;

/**
 * Full-text search over every agenda item of every meeting: titles, case
 * numbers and the text of all sections. Built on first use (not at start-up)
 * and kept current as meetings are saved, so a query costs milliseconds even
 * in a store of thousands of meetings.
 */
export class SearchIndex {
  #index: MiniSearch<Doc> | null = null;
  #docsByMeeting = new Map<string, string[]>();
  #texts = new Map<string, string>();
  readonly #committees: () => Committee[];
  readonly #meetings: () => Meeting[];

  constructor(source: { committees: () => Committee[]; meetings: () => Meeting[] }) {
    this.#committees = source.committees;
    this.#meetings = source.meetings;
  }

  /** Drops the index; the next query rebuilds it (after a restore from backup, say). */
  invalidate(): void {
    this.#index = null;
    this.#docsByMeeting.clear();
    this.#texts.clear();
  }

  updateMeeting(meeting: Meeting): void {
    if (!this.#index) return;
    this.#remove(meeting.id);
    this.#add(meeting);
  }

  removeMeeting(meetingId: string): void {
    if (this.#index) this.#remove(meetingId);
  }

  query(text: string, limit = 30): SearchHit[] {
    const index = this.#ensure();
    const q = text.trim();
    if (q === '') return [];
    const names = new Map(this.#committees().map((c) => [c.id, c.name]));
    const results = index.search(q, { prefix: true, fuzzy: (term) => (term.length >= 5 ? 0.2 : false), combineWith: 'AND', boost: { title: 3, caseNumber: 3 } });
    return results.slice(0, limit).map((r) => {
      const doc = r as unknown as Doc & { score: number; terms: string[] };
      return {
        meetingId: doc.meetingId,
        committeeId: doc.committeeId,
        committeeName: names.get(doc.committeeId) ?? '',
        date: doc.date,
        itemId: doc.itemId,
        itemLabel: doc.itemLabel,
        title: doc.title,
        caseNumber: doc.caseNumber,
        snippet: snippet(this.#texts.get(doc.id) ?? '', doc.terms),
        score: doc.score,
      };
    });
  }

  #ensure(): MiniSearch<Doc> {
    if (this.#index) return this.#index;
    this.#index = new MiniSearch<Doc>({
      fields: ['title', 'caseNumber', 'text'],
      storeFields: ['meetingId', 'committeeId', 'date', 'itemId', 'itemLabel', 'title', 'caseNumber'],
      // Case numbers (25/30730, 00.22.00-G01-2-24) and words split on anything that is not a letter or digit.
      tokenize: (s) => s.toLocaleLowerCase('da-DK').split(/[^\p{L}\p{N}]+/u).filter(Boolean),
      processTerm: (t) => t.toLocaleLowerCase('da-DK'),
    });
    for (const meeting of this.#meetings()) this.#add(meeting);
    return this.#index;
  }

  #add(meeting: Meeting): void {
    const labels = itemLabels(meeting);
    const docs: Doc[] = meeting.items.map((item, i) => ({
      id: `${meeting.id}:${item.id}`,
      meetingId: meeting.id,
      committeeId: meeting.committeeId,
      date: meeting.date,
      itemId: item.id,
      itemLabel: labels[i] ?? '',
      title: item.title,
      caseNumber: item.caseNumber,
      text: item.sections.map((s) => docToPlainText(s.body)).join('\n'),
    }));
    for (const d of docs) this.#texts.set(d.id, d.text);
    this.#index!.addAll(docs);
    this.#docsByMeeting.set(meeting.id, docs.map((d) => d.id));
  }

  #remove(meetingId: string): void {
    for (const id of this.#docsByMeeting.get(meetingId) ?? []) {
      this.#index!.discard(id);
      this.#texts.delete(id);
    }
    this.#docsByMeeting.delete(meetingId);
  }
}

function snippet(text: string, terms: string[]): string {
  const lower = text.toLocaleLowerCase('da-DK');
  const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return text.slice(0, SNIPPET_RADIUS * 2).replace(/\s+/g, ' ');
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}
