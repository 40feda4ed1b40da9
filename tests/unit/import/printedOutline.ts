import { diffArrays } from 'diff';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import type { Meeting, Section } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { closedReasonText, voteText } from '../../../shared/domain/votes.ts';
import { recordText } from '../../../shared/i18n/record.da.ts';
import { docToPlainText, isDocEmpty, type RichNode } from '../../../shared/text/richText.ts';
import { displayItemTitle } from '../../../electron/core/export/itemHeadings.ts';
import { caseFlowLine } from '../../../electron/core/export/caseFlowBlocks.ts';
import type { ReferatAudience, ReferatVariant } from '../../../electron/core/export/exportOptions.ts';

export type OutlineItem = {
  number: string;
  title: string;
  caseNumber: string;
  /** Section titles in print order; the case flow stands where the export prints it (`Behandling`/`Sagsgang`). */
  headings: string[];
  decision: string;
  bilag: string[];
  caseFlow: string;
  /** The vote as printed under the decision (referat only). */
  vote: string;
  /** A closed item's reason as printed under its case number (full version only). */
  closedReason: string;
  /** The rich text's shape: block nodes with their nesting (lists, list starts, headings, tables) and the marked words. */
  shape: string[];
  words: string[];
};

export type Outline = { front: string[]; items: OutlineItem[] };

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const isIndstilling = (s: Section) => s.kind === 'tekst' && /^indstilling(er)?$/i.test(s.title.trim());

/**
 * What an exported document of a meeting shows, in the terms an import can
 * recover: per item the number, title and case number as printed, the
 * section headings in order (a decision as `Beslutning`, a case flow where
 * the template puts it), the decision's text, the vote, a closed item's
 * reason, the bilag, the Sagsgang and the words. A dagsorden has no decisions; the public version shows closed items
 * by heading and case number only. The same function reads the original and
 * the imported meeting, so each is compared as printed.
 */
export function printedOutline(liveCommittee: Committee, meeting: Meeting, variant: ReferatVariant, audience: ReferatAudience): Outline {
  const committee = effectiveCommittee(liveCommittee, meeting);
  const labels = itemLabels(meeting);
  const attendance = (kind: string) =>
    committee.members
      .filter((m) => meeting.participants.some((p) => p.memberId === m.id && p.attendance === kind))
      .map(memberDisplayName)
      .join(', ');
  const front = [committee.name, meeting.date, meeting.time, clean(meeting.location), attendance('til_stede'), attendance('afbud'), attendance('fravaerende')];
  const source = meeting.imported?.sha256;
  const placement = committee.template.caseFlowPlacement ?? 'efterIndstilling';
  const memberName = new Map(committee.members.map((m) => [m.id, m.name]));
  const items = meeting.items.map((item, index): OutlineItem => {
    const title = displayItemTitle(item, audience);
    const hidden = item.closed && audience === 'offentlig';
    const printed = hidden ? [] : item.sections.filter((s) => !isDocEmpty(s.body) && !(s.kind === 'beslutning' && variant === 'dagsorden'));
    const flow = !hidden && item.caseFlow && item.caseFlow.bodies.length > 0 ? (item.caseFlow.asTable && item.caseFlow.steps.length > 0 ? 'Sagsgang' : 'Behandling') : null;
    const headings = printed.map((s) => (s.kind === 'beslutning' ? 'Beslutning' : clean(s.title)));
    // Where agendaItemBlocks prints the Behandling / Sagsgang: first, after the Indstilling (first without one), or last.
    const flowAt = placement === 'foerst' ? 0 : placement === 'sidst' ? printed.length : printed.findIndex(isIndstilling) + 1;
    if (flow) headings.splice(flowAt, 0, flow);
    const decision = printed.find((s) => s.kind === 'beslutning');
    const bilag = hidden ? [] : item.attachments.filter((a) => (audience !== 'offentlig' || !a.closed) && !(source && a.file?.sha256 === source)).map((a) => clean(a.name));
    // A case flow without its grid prints as a `Behandling` heading and one line, exactly as a text section would.
    const vote = variant === 'referat' && !hidden && item.vote ? voteText(item.vote, (id) => memberName.get(id) ?? id) : '';
    const closedReason = item.closed && audience === 'fuld' && item.closedReason ? recordText.closedReasonLine(closedReasonText(item.closedReason)) : '';
    const chunks = printed.map((s) => `${s.kind === 'beslutning' ? '' : s.title} ${docToPlainText(s.body)}${s.kind === 'beslutning' && vote ? ` ${vote}` : ''}`);
    if (flow === 'Behandling' && item.caseFlow) chunks.splice(flowAt, 0, `Behandling ${caseFlowLine(item.caseFlow.bodies)}`);
    const text = [title, closedReason, ...chunks, ...bilag].join(' ');
    return {
      number: labels[index]!,
      title: clean(title),
      caseNumber: item.caseNumber.trim(),
      headings,
      decision: decision ? clean(docToPlainText(decision.body)) : '',
      bilag,
      caseFlow: flow === 'Sagsgang' && item.caseFlow ? JSON.stringify({ bodies: item.caseFlow.bodies, steps: item.caseFlow.steps }) : '',
      vote: clean(vote),
      closedReason,
      shape: (() => {
        const shapes = printed.map((s) => shapeOf(s.body));
        if (flow === 'Behandling') shapes.splice(flowAt, 0, ['paragraph']);
        return shapes.flat();
      })(),
      words: words(text),
    };
  });
  return { front, items };
}

const BLOCKS = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'tableCell', 'tableHeader', 'blockquote']);

/** `ol@5>li>p`, `h3`, `table>tr…`: each block with its ancestors, and `b:`/`i:` for each bold or italic word. */
export function shapeOf(node: RichNode, path = ''): string[] {
  const out: string[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const marked = (child.marks ?? []).map((m) => m.type).filter((t) => t === 'bold' || t === 'italic');
      for (const mark of marked) for (const word of words(child.text ?? '')) out.push(`${mark[0]}:${word}`);
      continue;
    }
    if (!BLOCKS.has(child.type)) {
      // As the export prints them: an unknown block as its content, an inline node standing alone as a paragraph of its own.
      if (child.content) out.push(...shapeOf(child, path));
      else if (node.type === 'doc' && child.type !== 'horizontalRule' && child.type !== 'hardBreak') out.push(path ? `${path}>paragraph` : 'paragraph');
      continue;
    }
    // The export prints heading levels 1 and 2 alike (the editor offers 2–4), so they compare alike.
    const name = child.type === 'orderedList' ? `ol@${String(child.attrs?.start ?? 1)}` : child.type === 'heading' ? `h${Math.max(2, Number(child.attrs?.level ?? 2))}` : child.type;
    const here = path ? `${path}>${name}` : name;
    out.push(here, ...shapeOf(child, here));
  }
  return out;
}

export type Fidelity = {
  items: [number, number];
  numbers: [number, number];
  titles: [number, number];
  caseNumbers: [number, number];
  headings: [number, number];
  decisions: [number, number];
  bilag: [number, number];
  caseFlow: [number, number];
  vote: [number, number];
  closedReason: [number, number];
  /** Sections whose rich-text shape (lists, nesting, headings, tables, bold and italic words) is the original's. */
  shape: [number, number];
  front: [number, number];
  /** Word-level similarity of all printed text, 0–1. */
  words: number;
  mismatches: string[];
  shapeMismatches: string[];
};

function firstDifference(a: string[], b: string[]): string {
  const i = a.findIndex((x, k) => x !== b[k]);
  const at = i === -1 ? a.length : i;
  return `${JSON.stringify(a.slice(at, at + 2))} ≠ ${JSON.stringify(b.slice(at, at + 2))}`;
}

/** Word sequences' similarity: twice the words in common (in order) over the words of both. */
export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  let common = 0;
  for (const part of diffArrays(a, b)) if (!part.added && !part.removed) common += part.count ?? part.value.length;
  return (2 * common) / (a.length + b.length);
}

/** Field by field, item by item (items paired in order), how much of the original the import recovered. */
export function compareOutlines(original: Outline, imported: Outline): Fidelity {
  const mismatches: string[] = [];
  const shapeMismatches: string[] = [];
  const n = original.items.length;
  const score = (field: 'number' | 'title' | 'caseNumber' | 'decision' | 'caseFlow' | 'vote' | 'closedReason'): [number, number] => {
    let ok = 0;
    original.items.forEach((item, i) => {
      const other = imported.items[i];
      if (other && other[field] === item[field]) ok++;
      else mismatches.push(`${field} ${item.number}: ${JSON.stringify(item[field])} ≠ ${JSON.stringify(other?.[field])}`);
    });
    return [ok, n];
  };
  const listScore = (field: 'headings' | 'bilag'): [number, number] => {
    let ok = 0;
    let total = 0;
    original.items.forEach((item, i) => {
      const other = imported.items[i]?.[field] ?? [];
      total += Math.max(1, item[field].length);
      if (JSON.stringify(other) === JSON.stringify(item[field])) ok += Math.max(1, item[field].length);
      else mismatches.push(`${field} ${item.number}: ${JSON.stringify(item[field])} ≠ ${JSON.stringify(other)}`);
    });
    return [ok, total];
  };
  const front = original.front.filter((v, i) => {
    const same = clean(v) === clean(imported.front[i] ?? '');
    if (!same) mismatches.push(`forside ${i}: ${JSON.stringify(v)} ≠ ${JSON.stringify(imported.front[i])}`);
    return same;
  }).length;
  const allWords = (o: Outline) => o.items.flatMap((i) => i.words);
  return {
    items: [n === imported.items.length ? n : Math.max(0, Math.min(n, imported.items.length) - Math.abs(n - imported.items.length)), n],
    numbers: score('number'),
    titles: score('title'),
    caseNumbers: score('caseNumber'),
    headings: listScore('headings'),
    decisions: score('decision'),
    bilag: listScore('bilag'),
    caseFlow: score('caseFlow'),
    vote: score('vote'),
    closedReason: score('closedReason'),
    shape: (() => {
      let ok = 0;
      original.items.forEach((item, i) => {
        if (JSON.stringify(item.shape) === JSON.stringify(imported.items[i]?.shape ?? [])) ok++;
        else shapeMismatches.push(`form ${item.number}: ${firstDifference(item.shape, imported.items[i]?.shape ?? [])}`);
      });
      return [ok, n] as [number, number];
    })(),
    shapeMismatches,
    front: [front, original.front.length],
    words: wordSimilarity(allWords(original), allWords(imported)),
    mismatches: imported.items.length !== n ? [`punkter: ${n} ≠ ${imported.items.length}`, ...mismatches] : mismatches,
  };
}

const pct = ([ok, total]: [number, number]): string => (total === 0 ? '–' : `${Math.round((ok / total) * 1000) / 10}%`);

/** The fidelity table, one row per document, as the test prints it. */
export function fidelityTable(rows: { name: string; fidelity: Fidelity }[]): string {
  const header = ['dokument', 'punkter', 'numre', 'titler', 'sagsnr.', 'overskrifter', 'beslutninger', 'afstemning', 'begrundelse', 'bilag', 'sagsgang', 'forside', 'tekst (ord)', 'form'];
  const body = rows.map(({ name, fidelity: f }) => [
    name,
    pct(f.items),
    pct(f.numbers),
    pct(f.titles),
    pct(f.caseNumbers),
    pct(f.headings),
    pct(f.decisions),
    pct(f.vote),
    pct(f.closedReason),
    pct(f.bilag),
    pct(f.caseFlow),
    pct(f.front),
    `${Math.round(f.words * 1000) / 10}%`,
    pct(f.shape),
  ]);
  const table = [header, ...body];
  const widths = header.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  return table.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}
