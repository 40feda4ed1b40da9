import { ImportFailure } from './importFailure.ts';
import { textLines, type PdfItem, type PdfLine } from './pdfLines.ts';
import { PdfParagraphBuilder, wrapped, type PdfLayout } from './pdfParagraphs.ts';
import { pageRules, type PathOps } from './pdfRules.ts';
import { MarkedContentTracker, structBlocks, type StructNode } from './pdfStructure.ts';
import { findTables, type PdfTable } from './pdfTables.ts';
import { plainTypeset, sourcePlainText, type DocBlock, type ParagraphBlock, type SourceDocument, type TableBlock } from './sourceDocument.ts';
import { loadPdfJs } from './loadPdfJs.ts';
import { mostCommon } from './mostCommon.ts';

type TextItem = { str: string; transform: number[]; width: number; fontName: string };
type OutlineNode = { title: string; items: OutlineNode[] };
type LinkAnnotation = { subtype?: string; url?: string; rect?: number[] };

/** Lines this close to the top or bottom edge (share of the page height) may be running headers or footers. */
const MARGIN_ZONE = 0.07;
/** Pages asked of pdf.js ahead of the one being read. */
const PAGES_AHEAD = 4;
const PAGE_NUMBER = /^(?:side\s+)?\d{1,4}(?:\s*(?:af|\/|of)\s*\d{1,4})?$/i;

/**
 * A PDF through pdf.js: the text items of every page with their font size and
 * weight (from the embedded font's name), grouped into lines and paragraphs
 * by their geometry; tables from the border lines drawn on the page; heading
 * levels from the document outline. Running headers, footers and page numbers
 * are dropped. A PDF with no text layer (a scan) or a password is refused.
 */
export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // pdf.js takes over the buffer it is given; it gets a copy.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') throw new ImportFailure('krypteret');
    throw new ImportFailure('beskadiget');
  }
  try {
    const ops = pdfjs.OPS as unknown as PathOps & { paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number };
    const outline = outlineLevels((await doc.getOutline().catch(() => null)) as OutlineNode[] | null);
    const pages: { lines: PdfLine[]; tables: PdfTable[]; height: number; bottom: number }[] = [];
    let images = 0;
    let structIds = 0;
    const readPage = async (number: number) => {
      const page = await doc.getPage(number);
      const [content, operators, annotations, tree] = await Promise.all([
        page.getTextContent({ includeMarkedContent: true }),
        page.getOperatorList(),
        page.getAnnotations().catch(() => []),
        // A tagged PDF says what is a paragraph and what is a heading of which level; an untagged one has no tree.
        page.getStructTree().catch(() => null),
      ]);
      return { page, content, operators, annotations, tree };
    };
    // The next pages are asked for while one is taken apart: pdf.js inflates streams on Node's thread pool, and
    // works on the pages ahead while it waits for them instead of idling until the page before is done.
    const requested: ReturnType<typeof readPage>[] = [];
    const request = (number: number) => {
      if (number > doc.numPages) return;
      const read = readPage(number);
      // Awaited in turn below; a failure before its turn is not an unhandled rejection.
      read.catch(() => undefined);
      requested[number] = read;
    };
    for (let number = 1; number <= PAGES_AHEAD; number++) request(number);
    for (let number = 1; number <= doc.numPages; number++) {
      request(number + PAGES_AHEAD);
      const { page, content, operators, annotations, tree } = await requested[number]!;
      delete requested[number];
      const structure = structBlocks(tree as StructNode | null, structIds);
      structIds = structure.nextId;
      const marked = new MarkedContentTracker();
      const links = (annotations as LinkAnnotation[]).filter((a) => a.subtype === 'Link' && a.url && a.rect).map((a) => ({ url: a.url!, rect: a.rect! }));
      const fonts = new Map<string, { bold: boolean; italic: boolean }>();
      const fontOf = (name: string) => {
        let font = fonts.get(name);
        if (!font) {
          let real: string;
          try {
            real = String((page.commonObjs.get(name) as { name?: string } | null)?.name ?? '');
          } catch {
            // A font pdf.js could not load: read its text as regular.
            real = '';
          }
          const style = real.replace(/^[A-Z]{6}\+/, '');
          font = { bold: /bold|black|heavy|semibold|demi/i.test(style), italic: /italic|oblique/i.test(style) };
          fonts.set(name, font);
        }
        return font;
      };
      const items: PdfItem[] = [];
      for (const raw of content.items as TextItem[]) {
        if (marked.take(raw) || typeof raw.str !== 'string') continue;
        const str = plainTypeset(raw.str, { keepSoftHyphen: true });
        if (str === '') continue;
        const [a, b, c, d, x, y] = raw.transform as [number, number, number, number, number, number];
        // Rotated text (a watermark, a margin note) is not part of the running text.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
        const font = fontOf(raw.fontName);
        const href = links.find((l) => x >= l.rect[0]! - 1 && x <= l.rect[2]! && y >= l.rect[1]! - 2 && y <= l.rect[3]! + 2)?.url;
        const mcid = marked.current();
        const block = mcid ? structure.blocks.get(mcid) : undefined;
        items.push({
          text: str,
          x,
          y,
          width: raw.width,
          size: Math.round(Math.abs(d) * 100) / 100,
          bold: font.bold,
          italic: font.italic,
          ...(href ? { href } : {}),
          ...(block ? { block: block.block, ...(block.heading ? { heading: block.heading } : {}) } : {}),
        });
      }
      images += operators.fnArray.filter((fn) => fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject).length;
      const view = page.view as number[];
      const lines = textLines(items, number);
      const height = (view[3] ?? 842) - (view[1] ?? 0);
      const bottom = view[1] ?? 0;
      const drawn = pageRules(operators.fnArray, operators.argsArray as unknown[][], ops);
      // A rule under the running header or over the footer is decoration, not a table border.
      const inBody = (y: number) => y < bottom + height * (1 - MARGIN_ZONE) && y > bottom + height * MARGIN_ZONE;
      const rules = drawn.rules.filter((r) => (r.horizontal ? inBody(r.at) : inBody(r.from) || inBody(r.to)));
      const { tables, rest } = findTables(number, lines, rules, drawn.boxes);
      pages.push({ lines: rest, tables, height, bottom });
      page.cleanup();
    }
    const textChars = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.text.length, 0) + p.tables.length, 0);
    if (textChars < 20) throw new ImportFailure(images > 0 ? 'scannet' : 'ikkeEtMoede');

    dropRunningHeaders(pages);
    const lowest = pages.slice(0, -1).flatMap((p) => (p.lines.length > 0 ? [Math.min(...p.lines.map((l) => l.y))] : [])).sort((a, b) => a - b);
    const layout = measureLayout(pages.flatMap((p) => p.lines), outline, lowest[Math.floor(lowest.length * 0.1)] ?? 0);
    const builder = new PdfParagraphBuilder(layout);
    const blocks: DocBlock[] = [];
    for (const page of pages) {
      type Entry = { y: number; line?: PdfLine; table?: PdfTable };
      const entries: Entry[] = [...page.lines.map((line) => ({ y: line.y, line })), ...page.tables.map((table) => ({ y: table.top, table }))].sort((a, b) => b.y - a.y);
      for (const entry of entries) {
        if (entry.line) builder.add(entry.line);
        else if (entry.table) {
          blocks.push(...builder.close());
          blocks.push(tableBlock(entry.table, layout));
        }
      }
    }
    blocks.push(...builder.close());
    return { format: 'pdf', blocks: joinSplitTables(blocks), bodyFontSize: bodySize(pages.flatMap((p) => p.lines)), pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/**
 * Heading levels 1 and 2 from the outline. Deeper entries are left to the
 * look: an outline nests a heading under the nearest one above it, so a
 * Heading 4 under a Heading 2 sits at depth 3 and its depth is not its level.
 */
function outlineLevels(outline: OutlineNode[] | null): Map<string, number> {
  const levels = new Map<string, number>();
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const node of nodes) {
      const key = plainTypeset(node.title).replace(/\s+/g, ' ').trim();
      if (key && !levels.has(key)) levels.set(key, depth + 1);
      if (depth < 1) walk(node.items ?? [], depth + 1);
    }
  };
  walk(outline ?? [], 0);
  return levels;
}

/** Lines in the top or bottom margin that repeat on many pages (digits aside), and lone page numbers there. */
function dropRunningHeaders(pages: { lines: PdfLine[]; height: number; bottom: number }[]): void {
  const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const inMargin = (line: PdfLine, page: { height: number; bottom: number }) => {
    const zone = page.height * MARGIN_ZONE;
    return line.y > page.bottom + page.height - zone || line.y < page.bottom + zone;
  };
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((l) => inMargin(l, page)).map((l) => key(l.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.3));
  for (const page of pages) {
    page.lines = page.lines.filter((l) => !(inMargin(l, page) && (repeated(key(l.text)) || PAGE_NUMBER.test(l.text.trim()))));
  }
}


function measureLayout(lines: PdfLine[], outline: Map<string, number>, pageBottom: number): PdfLayout {
  const left = mostCommon(lines.map((l) => Math.round(l.x))) ?? 0;
  // Ragged-right text ends anywhere short of the margin; the longest lines mark it.
  const rights = lines.filter((l) => l.text.length > 40).map((l) => l.right);
  const right = rights.length > 0 ? Math.max(...rights) : Math.max(...lines.map((l) => l.right), left + 400);
  const leadings = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const gap = a.y - b.y;
    if (a.page !== b.page || Math.abs(a.size - b.size) > 0.3 || gap < a.size * 0.9 || gap > a.size * 2.2) continue;
    const list = leadings.get(a.size) ?? [];
    list.push(Math.round(gap * 2) / 2);
    leadings.set(a.size, list);
  }
  // The usual gap of each size, counted once: counting it again for every gap is quadratic in a long PDF.
  const leadingBySize = new Map<number, number>([...leadings].map(([size, gaps]) => [size, mostCommon(gaps)!]));
  const leading = (size: number) => leadingBySize.get(size) ?? size * 1.25;
  // Does the text set paragraphs apart with space? Count the gaps between lines of body text that are wider than its line spacing.
  let normal = 0;
  let spaced = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || Math.abs(a.size - b.size) > 0.3 || Math.abs(a.x - b.x) > 2 || a.bold !== b.bold) continue;
    const ratio = (a.y - b.y) / leading(a.size);
    if (ratio > 0.9 && ratio <= 1.15) normal++;
    else if (ratio > 1.22 && ratio <= 2.2) spaced++;
  }
  return {
    left,
    pageBottom,
    paragraphSpacing: spaced >= 3 && spaced >= normal * 0.05,
    right,
    leading,
    outlineLevel: (text) => outline.get(text) ?? null,
    structure: structureMarksParagraphs(lines, right, leading),
  };
}

/**
 * Whether a tagged PDF's structure can be trusted for its paragraphs: where a
 * line is filled to the margin and the next goes on under it (a paragraph
 * the layout wrapped), both lines must belong to one element. A producer
 * that tags each line, or tags nothing, fails this and is read by its
 * geometry alone.
 */
export function structureMarksParagraphs(lines: PdfLine[], right: number, leading: (size: number) => number): boolean {
  let wraps = 0;
  let split = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.block === null || b.block === null || a.page !== b.page || Math.abs(a.size - b.size) > 0.3 || Math.abs(a.x - b.x) > 2.5) continue;
    const gap = a.y - b.y;
    if (gap <= 0 || gap > leading(a.size) * 1.22 || !wrapped(a, b, right)) continue;
    wraps++;
    if (a.block !== b.block) split++;
  }
  return wraps >= 3 && split <= wraps * 0.05;
}

function bodySize(lines: PdfLine[]): number | null {
  const weights = new Map<number, number>();
  for (const l of lines) weights.set(l.size, (weights.get(l.size) ?? 0) + l.text.length);
  let best: number | null = null;
  let n = 0;
  for (const [size, w] of weights) {
    if (w > n) {
      best = size;
      n = w;
    }
  }
  return best;
}

function tableBlock(table: PdfTable, layout: PdfLayout): TableBlock {
  const cellLayout: PdfLayout = { ...layout, outlineLevel: () => null };
  return {
    type: 'table',
    page: table.page,
    rows: table.rows.map((row) => ({
      cells: row.cells.map((cell) => {
        const builder = new PdfParagraphBuilder({ ...cellLayout, left: cell.left, right: cell.right });
        for (const line of cell.lines) builder.add(line, cell.left + 3, cell.right - 3);
        const blocks: ParagraphBlock[] = builder.close();
        return { blocks, colSpan: cell.colSpan, rowSpan: 1, header: cell.header };
      }),
    })),
  };
}

/** A table broken over a page is one table; the header row repeated at the top of the next page is dropped. */
function joinSplitTables(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.type === 'table' && last?.type === 'table' && block.page === (last.page ?? 0) + 1 && block.rows[0]?.cells.length === last.rows[0]?.cells.length) {
      const rows = [...block.rows];
      const firstText = (t: TableBlock) => t.rows[0]?.cells.map((c) => sourcePlainText(c.blocks)).join('\t');
      if (rows.length > 1 && firstText(block) === firstText(last) && last.rows[0]!.cells.every((c) => c.header)) rows.shift();
      const merged = [...last.rows];
      const tail = merged[merged.length - 1];
      // A row broken over the page: its cells run on mid-sentence at the top of the next page.
      if (tail && rows[0] && rowRunsOn(tail, rows[0])) merged[merged.length - 1] = joinRows(tail, rows.shift()!);
      out[out.length - 1] = { ...last, rows: [...merged, ...rows], page: block.page };
      continue;
    }
    out.push(block);
  }
  return out;
}

type Row = TableBlock['rows'][number];

const lastParagraph = (blocks: DocBlock[]): ParagraphBlock | null => {
  const last = blocks[blocks.length - 1];
  return last?.type === 'paragraph' ? last : null;
};

function rowRunsOn(above: Row, below: Row): boolean {
  if (above.cells.length !== below.cells.length) return false;
  return above.cells.some((cell, i) => {
    const end = lastParagraph(cell.blocks);
    const start = below.cells[i]!.blocks[0];
    return end !== null && start?.type === 'paragraph' && !/[.!?:]$/.test(end.text.trim()) && /^[a-zæøå]/.test(start.text.trim());
  });
}

function joinRows(above: Row, below: Row): Row {
  return {
    cells: above.cells.map((cell, i) => {
      const next = below.cells[i]!;
      const end = lastParagraph(cell.blocks);
      const start = next.blocks[0];
      if (end && start?.type === 'paragraph' && !/[.!?:]$/.test(end.text.trim()) && /^[a-zæøå]/.test(start.text.trim())) {
        const joined: ParagraphBlock = { ...end, runs: [...end.runs, { text: ' ' }, ...start.runs], text: `${end.text} ${start.text}` };
        return { ...cell, blocks: [...cell.blocks.slice(0, -1), joined, ...next.blocks.slice(1)] };
      }
      return { ...cell, blocks: [...cell.blocks, ...next.blocks] };
    }),
  };
}
