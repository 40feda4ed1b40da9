import type { ImportedItem, ImportedMeeting, ImportedSection } from '../../../shared/import/importedMeeting.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { listMarker } from '../../../shared/text/listMarker.ts';
import { blocksToRich, type ContentBlock } from './blocksToRich.ts';
import { parseCaseNumber } from './caseNumber.ts';
import { tableToCaseFlow } from './caseFlowTable.ts';
import { findDate, findDates } from './danishDates.ts';
import { parseFrontMatter } from './frontMatter.ts';
import { isBelow, lookOf, looksLikeHeading, sameLook, type HeadingLook } from './headingLook.ts';
import { ImportFailure } from './importFailure.ts';
import { parseParticipant, sameName } from './participants.ts';
import { parseClosedReasonLine, parseVoteLine } from './recordLines.ts';
import {
  isBilagHeading,
  isCaseFlowHeading,
  isRemarksHeading,
  isSignatureTitle,
  isTocHeading,
  normaliseHeading,
  parseDecisionHeading,
  sectionVocabulary,
  type SectionVocabulary,
} from './sectionHeadings.ts';
import type { CaseFlowPlacement } from '../../../shared/domain/committee.ts';
import { recordText } from '../../../shared/i18n/record.da.ts';
import { sourcePlainText, type DocBlock, type ParagraphBlock, type Run, type SourceDocument, type TableBlock } from './sourceDocument.ts';
import { mostCommon } from './mostCommon.ts';

export type RecogniseOptions = {
  /** The target committee's template titles, recognised as section headings besides the known ones. */
  sectionTitles?: string[];
};

const u = importText.uncertain;

const ITEM_HEADING = /^(?:punkt|pkt\.?|dagsordenspunkt|sag(?:\s+nr\.?)?)\s*(\d{1,5}(?:\.[a-zæøå]|\.\d{1,2})?)\s*(?:[:.)]|\s[-–])\s*(\S.*)$/is;
const BARE_ITEM_HEADING = /^(\d{1,5})\s*[.)]?\s+(\S.*)$/s;
const TOC_ENTRY = /(?:\.{3,}|…+|\t|\s{3,})\s*\d{1,4}\s*$/;
const CLOSED_PREFIX = /^lukket(?:\s+punkt)?\s*[:\-–]\s*/i;
const CLOSED_SUFFIX = /\s*[-–(]\s*lukket(?:\s+punkt)?\s*\)?\s*$/i;
const POSTPONED = /^Punktet blev udsat (fra|til) mødet den (.+?)\.?$/i;
const FINGERPRINT = /^Fingeraftryk:\s*[0-9a-f]{4}/i;
const HISTORIC = /^Historisk\s*[–-]\s*godkendt uden for Referent/i;
const SIGNATURE_INTRO = /skal godkende beslutningsprotokollen\.\s*For at godkende skal hvert udvalgsmedlem underskrive ved at trykke Godkend\.?$/i;
const ABSENCE = /^(.+?) (deltog ikke i behandlingen af (?:punktet|punkt \S+?)(?: \((inhabil)\))?|forlod mødet under behandlingen af (?:punktet|punkt \S+?)|var inhabil(?: under behandlingen af (?:punktet|punkt \S+?))?)\.(?:\s+(.*))?$/s;

type HeadingKind =
  | { type: 'decision'; body: string | null; date: string | null }
  | { type: 'bilag' }
  | { type: 'caseflow' }
  | { type: 'remarks' }
  | { type: 'section'; title: string }
  | { type: 'unknown' };

type Heading = { kind: HeadingKind; text: string; look: HeadingLook; styled: boolean };

type SectionDraft = { heading: string; title: string; kind: 'tekst' | 'beslutning'; content: ContentBlock[]; uncertain: string[]; look: HeadingLook | null };

type ItemDraft = {
  item: ImportedItem;
  sections: SectionDraft[];
  /** How many of the item's sections stood before its Sagsgang, where it has one. */
  caseFlowAt: number | null;
  /** A decision heading's own body and date, for the committee's heading style and the meeting's date. */
  decisions: { body: string | null; date: string | null }[];
};

/**
 * Turns the blocks of a referat or dagsorden into the meeting model: the
 * front block, every item (`Punkt N: …`) with its case number, sections in
 * order, decision, bilag, Sagsgang, absences and protokolbemærkninger. The
 * table of contents, the signature table and Referent's own fingerprint line
 * are recognised and dropped. Where a rule had to guess, the item or section
 * says so in Danish.
 */
export function recogniseMeeting(doc: SourceDocument, options: RecogniseOptions = {}): ImportedMeeting {
  return new MeetingRecogniser(doc, sectionVocabulary(options.sectionTitles)).run();
}

class MeetingRecogniser {
  readonly #blocks: DocBlock[];
  readonly #bodySize: number;
  readonly #vocabulary: SectionVocabulary;
  #sectionLook: HeadingLook | null = null;
  #approvalDates: string[] = [];
  #historicDate: string | null = null;

  constructor(doc: SourceDocument, vocabulary: SectionVocabulary) {
    this.#blocks = doc.blocks;
    this.#bodySize = doc.bodyFontSize ?? 11;
    this.#vocabulary = vocabulary;
  }

  run(): ImportedMeeting {
    const blocks = this.#blocks;
    const toc = this.#tocRange();
    const starts = this.#itemStarts(toc);
    if (starts.length === 0) throw new ImportFailure('ikkeEtMoede');
    const firstItem = starts[0]!.index;
    const front = blocks.slice(0, firstItem).filter((_, i) => i < toc.start || i >= toc.end);
    const frontMatter = parseFrontMatter(front);

    // The standalone signature page Referent adds after the last item, or a council's own: not an item.
    const lastStart = starts[starts.length - 1]!.index;
    let signatureAt = blocks.length;
    for (let i = lastStart + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.type === 'paragraph' && isSignatureTitle(b.text.trim()) && (looksLikeHeading(b, this.#bodySize) || b.newPage)) {
        signatureAt = i;
        break;
      }
    }
    this.#sectionLook = this.#findSectionLook(starts.map((s) => s.index), signatureAt);

    const drafts: ItemDraft[] = starts.map((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1]!.index : signatureAt;
      return this.#item(start, blocks.slice(start.index + 1, end), frontMatter.participants.map((p) => p.name));
    });
    this.#signaturePage(blocks.slice(signatureAt));

    const meeting = this.#assemble(frontMatter, drafts);
    const tocTitles = blocks.slice(toc.start, toc.end).flatMap((b) => (b.type === 'paragraph' && !isTocHeading(b.text.trim()) ? [b.text] : []));
    // Referent's own TOC lists its signature page, which is no item; a council's Underskriftsside item is one.
    const signatureItem = meeting.items.some((i) => isSignatureTitle(i.title));
    const tocItems = tocTitles.filter((t) => signatureItem || !isSignatureTitle(t.replace(/(?:\.{2,}|…+|\t)\s*\d{1,4}\s*$/, '').trim()));
    if (tocItems.length > 0 && tocItems.length !== meeting.items.length) meeting.uncertain.push(u.tocMismatch(meeting.items.length, tocItems.length));
    // `Punkt 3: Budget … 4`: the TOC names the items by number, as a template may ask.
    meeting.tocItemNumbers = tocItems.length > 0 && tocItems.filter((t) => ITEM_HEADING.test(t.replace(/\s+/g, ' ').trim())).length * 2 > tocItems.length;
    return meeting;
  }

  /** The table of contents: its heading and the entries after it, each ending in a page number. */
  #tocRange(): { start: number; end: number } {
    const blocks = this.#blocks;
    let start = blocks.findIndex((b) => b.type === 'paragraph' && isTocHeading(b.text.trim()));
    if (start === -1) {
      start = blocks.findIndex((b) => b.type === 'paragraph' && b.toc === true);
      if (start === -1) return { start: 0, end: 0 };
    }
    let end = start + 1;
    while (end < blocks.length) {
      const b = blocks[end]!;
      if (b.type !== 'paragraph' || !(b.toc || TOC_ENTRY.test(b.text.trim()))) break;
      end++;
    }
    return { start, end };
  }

  #itemStarts(toc: { start: number; end: number }): { index: number; number: string; title: string }[] {
    const found: { index: number; number: string; title: string; styled: boolean; look: HeadingLook }[] = [];
    this.#blocks.forEach((b, index) => {
      if (b.type !== 'paragraph' || (index >= toc.start && index < toc.end) || b.toc || b.list) return;
      const text = b.text.replace(/\s+/g, ' ').trim();
      if (TOC_ENTRY.test(b.text.trim())) return;
      const match = ITEM_HEADING.exec(text);
      if (match) found.push({ index, number: match[1]!.toLowerCase(), title: match[2]!.trim(), styled: looksLikeHeading(b, this.#bodySize), look: lookOf(b, this.#bodySize) });
    });
    let starts = found.some((f) => f.styled) ? found.filter((f) => f.styled) : found;
    if (starts.length === 0) starts = this.#bareNumberedStarts(toc);
    return starts;
  }

  /** `12. Godkendelse af dagsorden` in bold: items without the word Punkt, when they form a rising run of one look. */
  #bareNumberedStarts(toc: { start: number; end: number }): { index: number; number: string; title: string; styled: boolean; look: HeadingLook }[] {
    const candidates = this.#blocks.flatMap((b, index) => {
      if (b.type !== 'paragraph' || (index >= toc.start && index < toc.end) || b.list || !looksLikeHeading(b, this.#bodySize)) return [];
      const match = BARE_ITEM_HEADING.exec(b.text.trim());
      return match ? [{ index, number: match[1]!, title: match[2]!.trim(), styled: true, look: lookOf(b, this.#bodySize) }] : [];
    });
    if (candidates.length < 2) return [];
    const look = mostCommonLook(candidates.map((c) => c.look));
    const run = candidates.filter((c) => look && sameLook(c.look, look));
    const rising = run.every((c, k) => k === 0 || Number(c.number) > Number(run[k - 1]!.number));
    return rising && run.length >= 2 ? run : [];
  }

  /** The look most vocabulary headings share: the level below which a heading is a sub-heading. */
  #findSectionLook(itemIndexes: number[], end: number): HeadingLook | null {
    const looks: HeadingLook[] = [];
    const first = itemIndexes[0] ?? end;
    for (let i = first; i < end; i++) {
      const b = this.#blocks[i]!;
      if (b.type !== 'paragraph' || itemIndexes.includes(i) || !looksLikeHeading(b, this.#bodySize)) continue;
      const text = b.text.trim();
      if (this.#vocabulary.title(text) || parseDecisionHeading(text) || isBilagHeading(text)) looks.push(lookOf(b, this.#bodySize));
    }
    return mostCommonLook(looks);
  }

  #classify(block: ParagraphBlock): Heading | null {
    const text = block.text.replace(/\s+/g, ' ').trim();
    const styled = looksLikeHeading(block, this.#bodySize);
    const plainLine = !block.list && !block.quote && !block.text.includes('\n') && text.length <= 200;
    const decision = plainLine ? parseDecisionHeading(text) : null;
    let kind: HeadingKind | null = null;
    if (decision) kind = { type: 'decision', ...decision };
    else if (plainLine && isBilagHeading(text)) kind = { type: 'bilag' };
    else if (plainLine && isCaseFlowHeading(text)) kind = { type: 'caseflow' };
    else if (plainLine && isRemarksHeading(text)) kind = { type: 'remarks' };
    else {
      const title = plainLine ? this.#vocabulary.title(text) : null;
      if (title) kind = { type: 'section', title: text.replace(/[:.]+$/, '').trim() };
    }
    if (!kind && !styled) return null;
    const look = lookOf(block, this.#bodySize);
    // A known title set below the section headings (a secretary's own `Økonomi` inside Sagsfremstilling) is a sub-heading.
    if (kind && kind.type === 'section' && styled && this.#sectionLook && isBelow(look, this.#sectionLook)) kind = { type: 'unknown' };
    return { kind: kind ?? { type: 'unknown' }, text, look, styled };
  }

  #item(start: { index: number; number: string; title: string }, blocks: DocBlock[], participants: string[]): ItemDraft {
    let title = start.title.replace(/\s+/g, ' ').trim();
    let closed = false;
    if (CLOSED_PREFIX.test(title)) {
      closed = true;
      title = title.replace(CLOSED_PREFIX, '').trim();
    } else if (CLOSED_SUFFIX.test(title)) {
      closed = true;
      title = title.replace(CLOSED_SUFFIX, '').trim();
    }
    const item: ImportedItem = {
      number: start.number,
      title: title || start.number,
      caseNumber: '',
      closed,
      subItem: start.number.includes('.'),
      sections: [],
      attachments: [],
      caseFlow: null,
      absences: [],
      remarks: [],
      postponedFrom: null,
      postponedTo: null,
      vote: null,
      closedReason: null,
      uncertain: [],
    };
    const draft: ItemDraft = { item, sections: [], caseFlowAt: null, decisions: [] };
    const signatureItem = isSignatureTitle(title);
    let mode: 'start' | 'section' | 'bilag' | 'caseflow' | 'remarks' = 'start';
    let current: SectionDraft | null = null;
    let seenContent = false;
    /** A signature intro Referent prints before the table: dropped with the table it introduces. */
    let pendingIntro: { section: SectionDraft; entry: ContentBlock } | null = null;
    /** Referent's own heading over its approval sentence was seen: the sentence under it goes with it. */
    let signatureHeading = false;
    const dropIntro = () => {
      if (pendingIntro) pendingIntro.section.content = pendingIntro.section.content.filter((e) => e !== pendingIntro!.entry);
      pendingIntro = null;
    };

    const startSection = (heading: string, sectionTitle: string, kind: SectionDraft['kind'], look: HeadingLook | null): SectionDraft => {
      const section: SectionDraft = { heading, title: sectionTitle, kind, content: [], uncertain: [], look };
      draft.sections.push(section);
      current = section;
      mode = 'section';
      return section;
    };
    const sectionForContent = (): SectionDraft => {
      if (current) return current;
      const section = startSection('', 'Sagsfremstilling', 'tekst', null);
      section.uncertain.push(u.textBeforeSection);
      return section;
    };

    for (let k = 0; k < blocks.length; k++) {
      const block = blocks[k]!;
      if (block.type === 'table') {
        if (isSignatureTable(block)) {
          this.#collectApprovalDates(sourcePlainText([block]));
          dropIntro();
          continue;
        }
        pendingIntro = null;
        // Under its heading a Sagsgang may have the body's own rows; without one, only the usual rows make a table a Sagsgang.
        const flow = tableToCaseFlow(block, { namedRows: mode === 'caseflow' });
        if (flow && (mode === 'caseflow' || !item.caseFlow)) {
          item.caseFlow = flow;
          draft.caseFlowAt = draft.sections.length;
          if (mode === 'caseflow') mode = 'section';
          current = mode === 'section' ? current : null;
          continue;
        }
        if (mode === 'bilag') {
          for (const row of block.rows) addAttachment(item, row.cells.map((c) => sourcePlainText(c.blocks)).join(' '));
          continue;
        }
        if (mode === 'caseflow') {
          const section = startSection('Sagsgang', 'Sagsgang', 'tekst', null);
          section.uncertain.push(u.unreadableFlow);
        }
        sectionForContent().content.push({ kind: 'table', block });
        seenContent = true;
        continue;
      }

      const text = block.text.replace(/\s+/g, ' ').trim();
      if (!seenContent && !item.caseNumber && draft.sections.length === 0 && k <= 1) {
        const caseNumber = parseCaseNumber(text);
        if (caseNumber) {
          item.caseNumber = caseNumber;
          continue;
        }
      }
      const postponed = draft.sections.length === 0 && !seenContent ? POSTPONED.exec(text) : null;
      if (postponed) {
        const date = findDate(postponed[2]!)?.date ?? null;
        if (date) {
          if (postponed[1]!.toLowerCase() === 'fra') item.postponedFrom = date;
          else item.postponedTo = date;
          continue;
        }
      }
      const closedReason = draft.sections.length === 0 && !seenContent && !item.closedReason ? parseClosedReasonLine(text) : null;
      if (closedReason) {
        item.closedReason = closedReason;
        item.closed = true;
        continue;
      }
      if (FINGERPRINT.test(text)) {
        dropIntro();
        continue;
      }
      if (signatureHeading && SIGNATURE_INTRO.test(text)) continue;
      if (HISTORIC.test(text)) {
        this.#historicDate = findDate(text)?.date ?? this.#historicDate;
        dropIntro();
        continue;
      }
      // The sentence Referent prints under that note belongs to the note, not to the protocol.
      if (text === importText.historic.explanation) continue;

      const heading = this.#classify(block);
      if (heading && signatureItem && isApprovalHeading(heading.text) && startsSignature(blocks, k + 1)) {
        signatureHeading = true;
        continue;
      }
      if (heading) {
        pendingIntro = null;
        const kind = heading.kind;
        if (kind.type === 'decision') {
          startSection(heading.text, 'Beslutning', 'beslutning', heading.look);
          draft.decisions.push({ body: kind.body, date: kind.date });
          continue;
        }
        if (kind.type === 'section') {
          startSection(heading.text, kind.title, 'tekst', heading.look);
          continue;
        }
        if (kind.type === 'bilag') {
          mode = 'bilag';
          current = null;
          continue;
        }
        if (kind.type === 'caseflow') {
          mode = 'caseflow';
          current = null;
          continue;
        }
        if (kind.type === 'remarks' && current && (current as SectionDraft).kind === 'beslutning') {
          mode = 'remarks';
          continue;
        }
        // A heading of no known kind: a sub-heading of the section it stands in, or a section of its own.
        const open = mode === 'section' ? (current as SectionDraft | null) : null;
        const below = this.#sectionLook !== null && isBelow(heading.look, this.#sectionLook);
        if (open && (below || open.kind === 'tekst' || !heading.styled)) {
          if (!below) open.uncertain.push(u.subHeading(heading.text, open.heading || open.title));
          open.content.push({ kind: 'subheading', runs: block.runs, level: this.#subHeadingLevel(heading.look, open.look) });
          continue;
        }
        const section = startSection(heading.text, heading.text.replace(/[:.]+$/, '').trim() || heading.text, 'tekst', heading.look);
        section.uncertain.push(u.unknownHeading(heading.text));
        continue;
      }

      seenContent = true;
      if (mode === 'bilag') {
        for (const line of block.text.split('\n')) addAttachment(item, line);
        continue;
      }
      if (mode === 'caseflow') {
        // `Sagsgang` with the bodies written out rather than as a grid.
        startSection('Sagsgang', 'Sagsgang', 'tekst', null);
      }
      if (mode === 'remarks') {
        const remark = parseRemark(block.runs);
        if (remark) {
          item.remarks.push(remark);
          continue;
        }
        const last = item.remarks.at(-1);
        if (last) {
          last.text += `\n${text}`;
          continue;
        }
        mode = 'section';
      }
      const section = sectionForContent();
      if (section.kind === 'beslutning') {
        const vote = item.vote ? null : parseVoteLine(text);
        if (vote) {
          item.vote = vote;
          continue;
        }
        const absence = ABSENCE.exec(text);
        const who = absence ? parseParticipant(absence[1]!, 'til_stede') : null;
        if (absence && who && (participants.length === 0 || participants.some((p) => sameName(p, who.name)))) {
          const reason = /forlod/i.test(absence[2]!) ? 'forlod_moedet' : absence[3] || /inhabil/i.test(absence[2]!) ? 'inhabil' : 'deltog_ikke';
          item.absences.push({ name: who.name, reason, note: (absence[4] ?? '').trim() });
          continue;
        }
      }
      const entry: ContentBlock = { kind: 'paragraph', block };
      section.content.push(entry);
      pendingIntro = signatureItem && SIGNATURE_INTRO.test(text) && section.content.length > 1 ? { section, entry } : null;
    }

    this.#finishItem(draft);
    return draft;
  }

  /**
   * Sub-headings are levels 2–4 in the editor. With heading styles the level
   * follows the style (Heading 3 under Heading 2 sections is level 2); without,
   * the look decides as Referent prints them: larger than the text is 2, bold
   * at text size 3, anything in italics 4.
   */
  #subHeadingLevel(look: HeadingLook, sectionLook: HeadingLook | null): number {
    const base = sectionLook?.level ?? this.#sectionLook?.level ?? null;
    if (look.level !== null && base !== null) return Math.min(4, Math.max(2, look.level - base + 1));
    if (look.size > this.#bodySize + 0.25) return 2;
    return look.bold && !look.italic ? 3 : 4;
  }

  #finishItem(draft: ItemDraft): void {
    const { item } = draft;
    item.sections = draft.sections.map((s): ImportedSection => {
      const rich = blocksToRich(s.content);
      const uncertain = [...s.uncertain];
      if (rich.guessedTables) uncertain.push(u.tableGuessed);
      return { heading: s.heading || s.title, title: s.title.slice(0, 200), kind: s.kind, body: rich.doc, uncertain };
    });
    if (!item.caseNumber && item.sections.length > 0) item.uncertain.push(u.noCaseNumber);
  }

  #signaturePage(blocks: DocBlock[]): void {
    for (const block of blocks) {
      const text = sourcePlainText([block]);
      if (HISTORIC.test(text.trim())) this.#historicDate = findDate(text)?.date ?? this.#historicDate;
      else if (block.type === 'table' && isSignatureTable(block)) this.#collectApprovalDates(text);
    }
  }

  #collectApprovalDates(text: string): void {
    for (const line of text.split('\n')) {
      if (!/\bgodkendt\b/i.test(line) || /ikke godkendt/i.test(line)) continue;
      for (const found of findDates(line)) this.#approvalDates.push(found.date);
    }
  }

  #assemble(front: ReturnType<typeof parseFrontMatter>, drafts: ItemDraft[]): ImportedMeeting {
    const items = drafts.map((d) => d.item);
    const decisions = drafts.flatMap((d) => d.decisions);
    const uncertain: string[] = [];
    let documentKind = front.documentKind;
    if (!documentKind) {
      documentKind = items.some((i) => i.sections.some((s) => s.kind === 'beslutning')) ? 'referat' : 'dagsorden';
      uncertain.push(u.kindGuessed);
    }
    let bodyName = front.bodyName;
    const decisionBody = mostCommon(decisions.map((d) => d.body).filter((b): b is string => !!b));
    if (!bodyName && decisionBody) bodyName = decisionBody;
    if (!bodyName) uncertain.push(u.noTitle);
    let date = front.date;
    const decisionDate = mostCommon(decisions.map((d) => d.date).filter((d): d is string => !!d));
    if (!date && decisionDate) date = decisionDate;
    if (!date) uncertain.push(u.noDate);
    if (!front.time) uncertain.push(u.noTime);
    if (!front.location) uncertain.push(u.noLocation);
    if (front.participants.length === 0) uncertain.push(u.noParticipants);

    drafts.forEach((d) => {
      for (const decision of d.decisions) {
        if (decision.date && date && decision.date !== date) d.item.uncertain.push(u.decisionDateDiffers(decision.date.split('-').reverse().join('-')));
      }
    });
    // Numbers as printed should rise one by one; a gap is worth a look (a missing page, a misread heading).
    let previous: number | null = null;
    for (const item of items) {
      if (item.subItem) continue;
      const n = Number(item.number);
      if (previous !== null && Number.isFinite(n) && n !== previous + 1) item.uncertain.push(u.numberGap(String(previous), item.number));
      if (Number.isFinite(n)) previous = n;
    }
    const approvals = [...this.#approvalDates].sort();
    return {
      documentKind,
      bodyName,
      date,
      time: front.time,
      location: front.location,
      participants: front.participants,
      approvedOn: this.#historicDate ?? front.approvedOn ?? approvals.at(-1) ?? null,
      decisionHeading: decisions.some((d) => d.body && d.date) ? 'medUdvalgOgDato' : 'kort',
      caseFlowPlacement: caseFlowPlacement(drafts),
      tocItemNumbers: false,
      items,
      uncertain,
    };
  }
}

/** `Godkendelse af beslutningsprotokollen`: the heading Referent prints over its approval sentence on the Underskriftsside. */
const isApprovalHeading = (text: string): boolean => normaliseHeading(text) === normaliseHeading(recordText.signatureHeading);

/** What Referent prints under that heading: its approval sentence, the signature table, the historic note or the fingerprint. */
function startsSignature(blocks: DocBlock[], from: number): boolean {
  const next = blocks[from];
  if (!next) return false;
  if (next.type === 'table') return isSignatureTable(next);
  const text = next.text.replace(/\s+/g, ' ').trim();
  return SIGNATURE_INTRO.test(text) || HISTORIC.test(text) || FINGERPRINT.test(text);
}

const isIndstilling = (section: { kind: string; title: string }): boolean => section.kind === 'tekst' && /^indstilling(er)?$/i.test(section.title.trim());

/**
 * Where the items print their Sagsgang (a template setting): first, after
 * the Indstilling, or last. Each item with a Sagsgang tells which placements
 * fit it (at the top fits both `foerst` and an item without an Indstilling);
 * the placement most items fit wins, the default first among equals.
 */
function caseFlowPlacement(drafts: ItemDraft[]): CaseFlowPlacement | null {
  const votes = new Map<CaseFlowPlacement, number>([
    ['efterIndstilling', 0],
    ['foerst', 0],
    ['sidst', 0],
  ]);
  let seen = 0;
  for (const draft of drafts) {
    const at = draft.caseFlowAt;
    if (at === null) continue;
    seen++;
    const sections = draft.item.sections;
    const indstilling = sections.findIndex(isIndstilling);
    const fits: CaseFlowPlacement[] = [];
    if (at === 0) fits.push('foerst');
    if (indstilling === -1 ? at === 0 : at === indstilling + 1) fits.push('efterIndstilling');
    if (at === sections.length) fits.push('sidst');
    for (const placement of fits) votes.set(placement, votes.get(placement)! + 1);
  }
  if (seen === 0) return null;
  let best: CaseFlowPlacement = 'efterIndstilling';
  for (const [placement, n] of votes) if (n > votes.get(best)!) best = placement;
  return votes.get(best)! > 0 ? best : null;
}

function addAttachment(item: ImportedItem, line: string): void {
  const marker = listMarker(line);
  const name = (marker ? marker.rest : line).replace(/\s+/g, ' ').trim();
  if (name === '') return;
  item.attachments.push({ name: name.slice(0, 500), closed: /^lukket\b/i.test(name) });
}

/** `Jørgen Smed (O): tekst`, the name in bold as Referent prints it, or plain with a colon. */
function parseRemark(runs: Run[]): { name: string; text: string } | null {
  const text = runs.map((r) => r.text).join('');
  const first = runs.find((r) => r.text.trim() !== '');
  if (first?.bold) {
    const colon = first.text.indexOf(':');
    if (colon > 0) {
      const rest = (first.text.slice(colon + 1) + runs.slice(runs.indexOf(first) + 1).map((r) => r.text).join('')).trim();
      const who = parseParticipant(first.text.slice(0, colon), 'til_stede');
      if (who && rest) return { name: who.name, text: rest };
    }
  }
  const match = /^([^:]{2,120}):\s+(.+)$/s.exec(text.trim());
  const who = match ? parseParticipant(match[1]!, 'til_stede') : null;
  return match && who && who.name.split(' ').length <= 6 ? { name: who.name, text: match[2]!.trim() } : null;
}

/** Referent's approval table (`Udvalgsmedlem` / `Godkendelse`), or a two-column table of names and `Godkendt …`. */
function isSignatureTable(table: TableBlock): boolean {
  const rows = table.rows.map((r) => r.cells.map((c) => sourcePlainText(c.blocks).replace(/\s+/g, ' ').trim()));
  const header = rows[0] ?? [];
  if (header.length === 2 && /^udvalgsmedlem$/i.test(header[0]!) && /^godkendelse$/i.test(header[1]!)) return true;
  return rows.length > 0 && rows.every((r) => r.length === 2 && /^(godkendt|ikke godkendt)\b/i.test(r[1]!));
}

function lookKey(look: HeadingLook): string {
  return look.level !== null ? `h${look.level}` : `${look.size}${look.bold ? 'b' : ''}${look.italic ? 'i' : ''}`;
}

function mostCommonLook(looks: HeadingLook[]): HeadingLook | null {
  const counts = new Map<string, { look: HeadingLook; n: number }>();
  for (const look of looks) {
    const key = lookKey(look);
    const entry = counts.get(key) ?? { look, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { look: HeadingLook; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.look ?? null;
}

