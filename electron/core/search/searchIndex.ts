import MiniSearch from 'minisearch';
import type { SearchHit } from '../../../shared/api/contract.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';


type Doc = { id: string; meetingId: string; committeeId: string; date: string; itemId: string; itemLabel: string; title: string; caseNumber: string; text: string };

const SNIPPET_RADIUS = 70;

/**
 * Full-text search over every agenda item of every meeting: titles, case
 * numbers and the text of all sections. Built on first use (not at start-up)
 * and kept current as meetings are saved, so a query costs milliseconds even
 * in a store of thousands of meetings.
 */
const BATCH = 40;

export class SearchIndex {
  #index: MiniSearch<Doc> | null = null;
  #building: Promise<MiniSearch<Doc>> | null = null;
  /** Meetings saved while the index was being built, added again once it is done. */
  #changedDuringBuild = new Set<string>();
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
    this.#building = null;
    this.#docsByMeeting.clear();
    this.#texts.clear();
  }

  /** Starts building in the background, so the secretary's first search does not wait for it. */
  warmUp(): void {
    void this.#ensure();
  }

  updateMeeting(meeting: Meeting): void {
    if (this.#building && !this.#index) this.#changedDuringBuild.add(meeting.id);
    if (!this.#index) return;
    this.#remove(meeting.id);
    this.#add(meeting);
  }

  removeMeeting(meetingId: string): void {
    if (this.#building && !this.#index) this.#changedDuringBuild.add(meetingId);
    if (this.#index) this.#remove(meetingId);
  }

  async query(text: string, limit = 30): Promise<SearchHit[]> {
    const q = text.trim();
    if (q === '') return [];
    const index = await this.#ensure();
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

  /**
   * Built in batches that yield to the event loop between them: in Electron
   * this runs in the main process, which must keep answering the window.
   */
  #ensure(): Promise<MiniSearch<Doc>> {
    if (this.#index) return Promise.resolve(this.#index);
    this.#building ??= (async () => {
      const index = new MiniSearch<Doc>({
        fields: ['title', 'caseNumber', 'text'],
        storeFields: ['meetingId', 'committeeId', 'date', 'itemId', 'itemLabel', 'title', 'caseNumber'],
        // Case numbers (25/30730, 00.22.00-G01-2-24) and words split on anything that is not a letter or digit.
        // Each term once per field: matching is what counts here, and repeated words would only cost time.
        tokenize: (s) => [...new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter(Boolean),
        processTerm: (t) => t.toLowerCase(),
      });
      const meetings = this.#meetings();
      this.#changedDuringBuild.clear();
      for (let i = 0; i < meetings.length; i += BATCH) {
        for (const meeting of meetings.slice(i, i + BATCH)) this.#addTo(index, meeting);
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.#index = index;
      const byId = new Map(this.#meetings().map((m) => [m.id, m]));
      for (const id of this.#changedDuringBuild) {
        this.#remove(id);
        const meeting = byId.get(id);
        if (meeting) this.#add(meeting);
      }
      this.#changedDuringBuild.clear();
      return index;
    })();
    return this.#building;
  }

  #add(meeting: Meeting): void {
    this.#addTo(this.#index!, meeting);
  }

  #addTo(index: MiniSearch<Doc>, meeting: Meeting): void {
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
    index.addAll(docs);
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
