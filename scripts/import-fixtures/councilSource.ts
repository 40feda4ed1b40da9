import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/**
 * The text of a published protocol (as extracted from the council's PDF, in
 * /work/shared/seeds and copied to tests/fixtures/import/sources) read into
 * the parts a council's Word document is made of, so it can be written out
 * again as DOCX in a council's own look. What the recogniser must find is
 * recorded with it as the expected result.
 */

export type Inline = { text: string; bold?: boolean; italic?: boolean };
export type ListEntry = { runs: Inline[]; ordered: boolean; number: number; level: number };
export type Block =
  | { kind: 'p'; runs: Inline[] }
  | { kind: 'sub'; text: string; italic: boolean }
  | { kind: 'list'; items: ListEntry[] }
  | { kind: 'table'; rows: Block[][][]; boldLast: boolean };
export type Section = { heading: string; blocks: Block[] };
export type Item = { number: string; title: string; caseNumber: string; sections: Section[]; bilag: string[] };
export type CouncilDocument = { title: string; front: [string, string][]; toc: [string, string][]; items: Item[] };

export type ExpectedItem = { number: string; title: string; closed: boolean; caseNumber: string; headings: string[]; decision: string; bilag: string[] };
export type Expected = { bodyName: string; date: string; items: ExpectedItem[] };

/** What a reader of the source can tell only from knowing the body's template: which lines are section headings, which sub-headings. */
export type SourceHints = { sections: string[]; subHeadings: string[] };

const FRONT = /^(Mødedato|Mødested|Mødedeltagere)\s+(.*)$/;
const ITEM = /^Punkt (\d+): (.+)$/;
const CASE = /^[0-9][0-9A-ZÆØÅ./-]*-?[0-9A-ZÆØÅ./-]*$/;
const DECISION = /^Beslutning( i .+ den \d\d-\d\d-\d{4})?$/;

/** `**fed**` and `*kursiv*` of the markdown source into runs. */
export function inline(source: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index! > last) out.push({ text: source.slice(last, match.index) });
    out.push(match[1] !== undefined ? { text: match[1], bold: true } : { text: match[2]!, italic: true });
    last = match.index! + match[0].length;
  }
  if (last < source.length) out.push({ text: source.slice(last) });
  return out.map((r) => ({ ...r, text: r.text.replace(/\\_/g, '_').replace(/<(https?:[^>]+)>/g, '$1') })).filter((r) => r.text !== '');
}

const plain = (runs: Inline[]): string => runs.map((r) => r.text).join('');

/** A line without the markdown that marks headings and whole-line emphasis. */
function clean(line: string): { text: string; heading: boolean; italic: boolean; bold: boolean } {
  let text = line.replace(/\s+$/, '');
  const heading = /^#+\s/.test(text);
  text = text.replace(/^#+\s*/, '').trim();
  let bold = false;
  let italic = false;
  if (/^\*\*[^*].*\*\*$/.test(text)) {
    bold = true;
    text = text.slice(2, -2).trim();
  }
  if (/^\*[^*].*\*$/.test(text)) {
    italic = true;
    text = text.slice(1, -1).trim();
  }
  return { text, heading, italic, bold };
}

function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const text = (nodes: ChildNode[]): Inline[] =>
    nodes.flatMap((n): Inline[] => {
      if (n.type === 'text') return [{ text: (n as unknown as { data: string }).data }];
      const el = n as Element;
      const inner = text(el.children);
      return el.name === 'b' || el.name === 'strong' ? inner.map((r) => ({ ...r, bold: true })) : inner;
    });
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const el = node as Element;
      if (el.name === 'p') blocks.push({ kind: 'p', runs: text(el.children) });
      else if (el.name === 'ul' || el.name === 'ol') {
        const items = el.children
          .filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'li')
          .map((li, k): ListEntry => {
            // The source keeps the printed marker in the text (`• Eksternt oplæg`, `1. Afdelingsvis …`).
            const runs = text(li.children);
            const first = runs[0];
            const marker = first ? /^(•|\d+\.)\s*/.exec(first.text) : null;
            if (first && marker) first.text = first.text.slice(marker[0].length);
            const number = marker && marker[1] !== '•' ? Number.parseInt(marker[1]!, 10) : k + 1;
            return { runs, ordered: el.name === 'ol', number, level: 0 };
          });
        blocks.push({ kind: 'list', items });
      } else walk(el.children);
    }
  };
  walk(parseDocument(html).children);
  return blocks;
}

function cellBlocks(cell: string): Block[] {
  if (/<\w+/.test(cell)) return htmlBlocks(cell);
  return cell.trim() === '' ? [] : [{ kind: 'p', runs: htmlInline(cell.trim()) }];
}

function htmlInline(text: string): Inline[] {
  const bold = /^<b>(.*)<\/b>$/.exec(text);
  return bold ? [{ text: bold[1]!, bold: true }] : inline(text);
}

export function parseCouncilSource(source: string, hints: SourceHints): { document: CouncilDocument; expected: Expected } {
  const lines = source.split('\n');
  const sections = new Set(hints.sections);
  const subs = new Set(hints.subHeadings);
  const doc: CouncilDocument = { title: '', front: [], toc: [], items: [] };
  let item: Item | null = null;
  let section: Section | null = null;
  let mode: 'front' | 'toc' | 'item' | 'bilag' = 'front';
  let list: Extract<Block, { kind: 'list' }> | null = null;
  let table: Extract<Block, { kind: 'table' }> | null = null;
  let expectCase = false;

  const target = (): Block[] => {
    if (!item) throw new Error('Tekst før første punkt');
    if (!section) {
      section = { heading: '', blocks: [] };
      item.sections.push(section);
    }
    return section.blocks;
  };
  const close = () => {
    list = null;
    table = null;
  };

  /** A blank line after a list item: the list goes on only if the next line is its next point (a loose list). */
  let blankAfterList = false;
  for (const raw of lines) {
    if (raw.trim() === '') {
      if (list) blankAfterList = true;
      continue;
    }
    if (blankAfterList) {
      blankAfterList = false;
      const current = list as Extract<Block, { kind: 'list' }> | null;
      const last = current?.items.at(-1);
      const numbered = /^\s*(\d+)\.\s+/.exec(raw);
      const runsOn = last?.ordered ? numbered !== null && Number(numbered[1]) === last.number + 1 : /^\s*-\s+/.test(raw);
      if (!runsOn) list = null;
    }
    const line = clean(raw);
    if (!doc.title) {
      if (/^(REFERAT|DAGSORDEN)\b/.test(line.text)) doc.title = line.text;
      continue;
    }
    const front = FRONT.exec(line.text.replace(/^\*\*([^*]+)\*\*/, '$1'));
    if (mode === 'front' && front) {
      doc.front.push([front[1]!, front[2]!.trim()]);
      continue;
    }
    if (line.text === 'Indholdsfortegnelse') {
      mode = 'toc';
      continue;
    }
    const heading = ITEM.exec(line.text);
    if (heading) {
      close();
      item = { number: heading[1]!, title: heading[2]!.trim(), caseNumber: '', sections: [], bilag: [] };
      doc.items.push(item);
      section = null;
      mode = 'item';
      expectCase = true;
      continue;
    }
    if (mode === 'toc') {
      const [title, page] = line.text.split('\t');
      doc.toc.push([title!.replace(/\.+$/, '').trim(), (page ?? '').trim()]);
      continue;
    }
    if (!item) continue;
    if (expectCase) {
      expectCase = false;
      if (CASE.test(line.text) && /\d/.test(line.text)) {
        item.caseNumber = line.text;
        continue;
      }
    }
    if (line.text === 'Bilag') {
      close();
      mode = 'bilag';
      section = null;
      continue;
    }
    if (sections.has(line.text) || DECISION.test(line.text)) {
      close();
      mode = 'item';
      section = { heading: line.text, blocks: [] };
      item.sections.push(section);
      continue;
    }
    if (mode === 'bilag') {
      item.bilag.push(line.text);
      continue;
    }
    const isSub = subs.has(line.text) || (line.heading && !sections.has(line.text)) || (line.italic && !line.text.startsWith('(') && !raw.includes('\t'));
    if (isSub) {
      close();
      target().push({ kind: 'sub', text: line.text, italic: line.italic });
      continue;
    }
    if (raw.includes('\t')) {
      list = null;
      const cells = raw.trim().split('\t').map(cellBlocks);
      if (!table) {
        table = { kind: 'table', rows: [], boldLast: false };
        target().push(table);
      }
      table.rows.push(cells);
      if (/<b>/.test(raw)) table.boldLast = true;
      continue;
    }
    table = null;
    const bullet = /^\s*-\s+(.*)$/.exec(raw);
    const numbered = /^\s*(\d+)\.\s+(.*)$/.exec(raw);
    if (bullet || numbered) {
      const entry: ListEntry = bullet
        ? { runs: inline(bullet[1]!.trim()), ordered: false, number: 1, level: 0 }
        : { runs: inline(numbered![2]!.trim()), ordered: true, number: Number(numbered![1]), level: 0 };
      const current = list as Extract<Block, { kind: 'list' }> | null;
      if (current && current.items[0]!.ordered === entry.ordered) current.items.push(entry);
      else {
        list = { kind: 'list', items: [entry] };
        target().push(list);
      }
      continue;
    }
    list = null;
    target().push({ kind: 'p', runs: line.italic ? [{ text: line.text, italic: true }] : line.bold ? [{ text: line.text, bold: true }] : inline(line.text) });
  }

  return { document: doc, expected: expectedOf(doc) };
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'p':
      return plain(block.runs);
    case 'sub':
      return block.text;
    case 'list':
      return block.items.map((i) => plain(i.runs)).join(' ');
    case 'table':
      return block.rows.map((r) => r.map((c) => c.map(blockText).join(' ')).join(' ')).join(' ');
  }
}

function expectedOf(doc: CouncilDocument): Expected {
  const title = /^(?:REFERAT|DAGSORDEN)\s+(.+?)\s+d\.\s+(\d\d)-(\d\d)-(\d{4})$/.exec(doc.title);
  return {
    bodyName: title?.[1] ?? '',
    date: title ? `${title[4]}-${title[3]}-${title[2]}` : '',
    items: doc.items.map((item) => {
      const closed = /^Lukket:\s*/.test(item.title);
      const decision = item.sections.find((s) => DECISION.test(s.heading));
      return {
        number: item.number,
        title: item.title.replace(/^Lukket:\s*/, ''),
        closed,
        caseNumber: item.caseNumber,
        headings: item.sections.filter((s) => s.heading !== '').map((s) => s.heading),
        decision: decision ? decision.blocks.map(blockText).join(' ').replace(/\s+/g, ' ').trim() : '',
        bilag: item.bilag,
      };
    }),
  };
}
