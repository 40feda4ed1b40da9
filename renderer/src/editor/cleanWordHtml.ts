import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/**
 * Word's clipboard HTML → the small, clean HTML the section editor understands.
 *
 * Word does not write lists as lists: each item is a `<p class=MsoListParagraph
 * style='mso-list:l0 level2 lfo1'>` with its bullet or number as literal text
 * inside `<![if !supportLists]>`. Here those runs become real nested `<ul>/<ol>`;
 * headings, tables (with a header row) and bold/italic/underline/links stay;
 * everything else (styles, classes, fonts, colours, comments, `<o:p>`) goes.
 *
 * The output is built from a whitelist and escaped here, never copied from the
 * input, so nothing active can come through. It runs the same in the browser
 * and in Node (htmlparser2, no DOM), which is what lets it be unit-tested.
 */
export type CleanOptions = {
  /** Added to Word's heading level: the editor's sub-headings start at h2, below the section's own heading. */
  headingShift?: number;
  /** The deepest level the target schema has; deeper headings are clamped to it rather than lost. */
  maxHeadingLevel?: number;
};

/** True for HTML that came from Word (desktop or online); other HTML is left to the editor's own parser. */
export function looksLikeWordHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class="?Mso|mso-[a-z-]+\s*:|<o:p>/i.test(html);
}

type Levels = { shift: number; max: number };
type ListEntry = { id: string; level: number; ordered: boolean; html: string };
type Block = { kind: 'html'; html: string } | { kind: 'list'; entry: ListEntry };

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'div', 'section', 'article', 'body', 'html', 'center']);

export function cleanWordHtml(html: string, options: CleanOptions = {}): string {
  return cleanWordHtmlBlocks(html, options).join('');
}

/** The same clean HTML as its top-level blocks (a paragraph, a heading, a whole list, a table), for a paste taken in a slice at a time. */
export function cleanWordHtmlBlocks(html: string, options: CleanOptions = {}): string[] {
  const shift = options.headingShift ?? 0;
  const max = Math.min(6, options.maxHeadingLevel ?? 6);
  const doc = parseDocument(preprocess(html), { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
  const blocks: Block[] = [];
  collectBlocks(doc.children, blocks, { shift, max });
  const out: string[] = [];
  renderBlocks(blocks, out);
  return out;
}

/**
 * String-level clean-up before parsing, because parsers disagree about Word's
 * downlevel-revealed conditionals (`<![if !supportLists]>`): their content (the
 * list marker) is wrapped in a span of our own so it can be read and dropped.
 */
function preprocess(html: string): string {
  return html
    .replace(/<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi, '<span data-list-marker="">$1</span>')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|xml|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(meta|link)\b[^>]*>/gi, '')
    .replace(/<\/?o:p>/gi, '');
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function styleOf(el: Element): string {
  return (el.attribs.style ?? '').toLowerCase();
}

function classOf(el: Element): string {
  return el.attribs.class ?? '';
}

/** `mso-list:l0 level2 lfo1` → list `l0`/`lfo1`, level 2; `mso-list:Ignore` is the marker, not a list. */
function msoList(el: Element): { id: string; level: number } | undefined {
  const match = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i.exec(el.attribs.style ?? '');
  if (!match) return undefined;
  return { id: `${match[1]}:${match[3]}`, level: Number(match[2]) };
}

function headingLevel(el: Element): number | undefined {
  const tag = /^h([1-6])$/.exec(el.name);
  if (tag) return Number(tag[1]);
  const cls = /\bMso(?:Heading|Title)(\d)?/i.exec(classOf(el));
  if (cls) return Number(cls[1] ?? 1);
  return undefined;
}

function collectBlocks(nodes: ChildNode[], out: Block[], levels: Levels): void {
  let inline: ChildNode[] = [];
  const flushInline = () => {
    const text = renderInline(inline).trim();
    if (text !== '') out.push({ kind: 'html', html: `<p>${text}</p>` });
    inline = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK_TAGS.has(node.name)) {
      inline.push(node);
      continue;
    }
    flushInline();
    collectBlock(node, out, levels);
  }
  flushInline();
}

function collectBlock(el: Element, out: Block[], levels: Levels): void {
  if (isWordComment(el)) return;
  const list = msoList(el);
  if (el.name === 'p' && list) {
    const marker = findMarker(el);
    out.push({ kind: 'list', entry: { id: list.id, level: list.level, ordered: isOrderedMarker(marker), html: renderInline(el.children).trim() } });
    return;
  }
  const level = headingLevel(el);
  if (level !== undefined && level <= 3) {
    const text = renderInline(el.children).trim();
    const h = Math.min(levels.max, level + levels.shift);
    if (text !== '') out.push({ kind: 'html', html: `<h${h}>${text}</h${h}>` });
    return;
  }
  switch (el.name) {
    case 'p':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = renderInline(el.children).trim();
      // Word's blank lines (`<p class=MsoNormal>&nbsp;</p>`) carry no content: spacing is the template's job.
      if (text.replace(/&nbsp;|\u00a0/g, '').trim() !== '') out.push({ kind: 'html', html: `<p>${text}</p>` });
      return;
    }
    case 'ul':
    case 'ol':
      out.push({ kind: 'html', html: renderRealList(el, levels) });
      return;
    case 'table':
      out.push({ kind: 'html', html: renderTable(el, levels) });
      return;
    case 'blockquote': {
      const inner: Block[] = [];
      collectBlocks(el.children, inner, levels);
      const html = renderBlocks(inner);
      if (html !== '') out.push({ kind: 'html', html: `<blockquote>${html}</blockquote>` });
      return;
    }
    default:
      // div, section, body …: Word wraps everything in `<div class=WordSection1>`; only their content counts.
      collectBlocks(el.children, out, levels);
  }
}

function findMarker(el: Element): string {
  let marker = '';
  const walk = (nodes: ChildNode[]): boolean => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if ('data-list-marker' in node.attribs || /mso-list:\s*ignore/i.test(node.attribs.style ?? '')) {
        marker = textOf(node);
        return true;
      }
      if (walk(node.children)) return true;
    }
    return false;
  };
  walk(el.children);
  return marker.replace(/\u00a0/g, ' ').trim();
}

/** `1.`, `a)`, `iv.`, `(2)` number a list; `·`, `o`, `§`, `-`, `•` (Symbol, Courier New, Wingdings bullets) do not. */
export function isOrderedMarker(marker: string): boolean {
  return /^\(?[0-9]{1,3}[.)]|^\(?[a-zA-Z]{1,5}[.)]/.test(marker);
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) return node.children.map(textOf).join('');
  return '';
}

function isMarker(el: Element): boolean {
  return 'data-list-marker' in el.attribs || /mso-list:\s*ignore/i.test(el.attribs.style ?? '');
}

/** Word's review comments: the `[AB1]` anchor in the text and the comment list at the end. */
function isWordComment(el: Element): boolean {
  return /msocom|MsoCommentReference|MsoCommentText/i.test(classOf(el)) || /mso-element:\s*comment/i.test(styleOf(el));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Only links a reader can follow safely; `javascript:` and Word's internal `#_Toc` anchors are dropped. */
function safeHref(href: string | undefined): string | undefined {
  const value = (href ?? '').trim();
  return /^(https?:\/\/|mailto:)/i.test(value) ? value : undefined;
}

function renderInline(nodes: ChildNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      // Word wraps its HTML source at ~80 columns; those line breaks are not the author's.
      html += escapeText(node.data.replace(/[ \t\r\n]+/g, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    if (isMarker(node) || isWordComment(node)) continue;
    const inner = () => renderInline(node.children);
    switch (node.name) {
      case 'br':
        html += '<br>';
        break;
      case 'b':
      case 'strong':
        html += wrap('strong', inner());
        break;
      case 'i':
      case 'em':
        html += wrap('em', inner());
        break;
      case 'u':
        html += wrap('u', inner());
        break;
      case 'a': {
        const href = safeHref(node.attribs.href);
        html += href ? `<a href="${escapeAttr(href)}">${inner()}</a>` : inner();
        break;
      }
      case 'script':
      case 'style':
      case 'img':
      case 'v:shape':
      case 'v:imagedata':
        break;
      case 'span': {
        // Word sometimes says bold or italic in a style instead of with <b>/<i>.
        const style = styleOf(node);
        let content = inner();
        if (/font-weight:\s*(bold|[6-9]00)/.test(style)) content = wrap('strong', content);
        if (/font-style:\s*italic/.test(style)) content = wrap('em', content);
        if (/text-decoration:[^;]*underline/.test(style)) content = wrap('u', content);
        html += content;
        break;
      }
      default:
        html += inner();
    }
  }
  return html;
}

function wrap(tag: string, content: string): string {
  return content.trim() === '' ? content : `<${tag}>${content}</${tag}>`;
}

type OpenList = { level: number; ordered: boolean; items: string[]; id: string };

/** Turns runs of Word list paragraphs into nested lists; a level deeper nests inside the item above it. */
/** Renders the blocks; with `out`, each top-level block is also pushed there on its own. */
function renderBlocks(blocks: Block[], out?: string[]): string {
  let html = '';
  const emit = (piece: string) => {
    html += piece;
    out?.push(piece);
  };
  let stack: OpenList[] = [];
  const closeTo = (level: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) {
      const done = stack.pop()!;
      const listHtml = renderOpenList(done);
      const parent = stack[stack.length - 1];
      if (parent && parent.items.length > 0) parent.items[parent.items.length - 1] += listHtml;
      else if (parent) parent.items.push(listHtml);
      else emit(listHtml);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'html') {
      closeTo(0);
      stack = [];
      emit(block.html);
      continue;
    }
    const { entry } = block;
    closeTo(entry.level);
    const top = stack[stack.length - 1];
    if (top && top.level === entry.level && (top.ordered !== entry.ordered || (top.id !== entry.id && stack.length === 1))) {
      // Same level, another kind of list (or a new list at the top): the old one ends here.
      closeTo(entry.level - 1);
    }
    const current = stack[stack.length - 1];
    if (current && current.level === entry.level) {
      current.items.push(`<p>${entry.html}</p>`);
    } else {
      stack.push({ level: entry.level, ordered: entry.ordered, items: [`<p>${entry.html}</p>`], id: entry.id });
    }
  }
  closeTo(0);
  return html;
}

function renderOpenList(list: OpenList): string {
  const tag = list.ordered ? 'ol' : 'ul';
  return `<${tag}>${list.items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}

function renderRealList(el: Element, levels: Levels): string {
  const items = el.children.filter(isElement).filter((c) => c.name === 'li');
  const inner = items
    .map((li) => {
      const blocks: Block[] = [];
      collectBlocks(li.children, blocks, levels);
      const content = renderBlocks(blocks);
      return `<li>${content === '' ? '<p></p>' : content}</li>`;
    })
    .join('');
  return `<${el.name}>${inner}</${el.name}>`;
}

function rowsOf(table: Element): { row: Element; inHead: boolean }[] {
  const rows: { row: Element; inHead: boolean }[] = [];
  const walk = (el: Element, inHead: boolean) => {
    for (const child of el.children.filter(isElement)) {
      if (child.name === 'tr') rows.push({ row: child, inHead });
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') walk(child, child.name === 'thead');
    }
  };
  walk(table, false);
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
}

/** A cell whose whole text is bold: how Word's table styles show a header row once pasted. */
function isAllBold(cell: Element): boolean {
  const text = textOf(cell).replace(/\u00a0/g, ' ').trim();
  if (text === '') return true;
  let bold = '';
  const walk = (nodes: ChildNode[], inBold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text' && inBold) bold += node.data;
      if (isElement(node)) walk(node.children, inBold || node.name === 'b' || node.name === 'strong' || /font-weight:\s*(bold|[6-9]00)/.test(styleOf(node)));
    }
  };
  walk(cell.children, false);
  return bold.replace(/\u00a0/g, ' ').replace(/\s+/g, '') === text.replace(/\s+/g, '');
}

function renderTable(table: Element, levels: Levels): string {
  const rows = rowsOf(table);
  if (rows.length === 0) return '';
  const first = rows[0]!;
  const firstCells = cellsOf(first.row);
  // Header row: a real <thead>/<th>, or Word's first row (`mso-yfti-firstrow:yes`) in bold throughout.
  const headerRow =
    first.inHead ||
    firstCells.some((c) => c.name === 'th') ||
    (/mso-yfti-firstrow:\s*yes/i.test(first.row.attribs.style ?? '') && firstCells.length > 0 && firstCells.every(isAllBold));
  const body = rows
    .map(({ row }, i) => {
      const tag = i === 0 && headerRow ? 'th' : 'td';
      const cells = cellsOf(row).map((cell) => {
        const blocks: Block[] = [];
        collectBlocks(cell.children, blocks, levels);
        // Cells hold paragraphs only: headings inside a cell become paragraphs of the same text.
        const content = renderBlocks(blocks).replace(/<(\/?)h[1-6]>/g, '<$1p>');
        const span = (name: 'colspan' | 'rowspan') => {
          const n = Number(cell.attribs[name]);
          return Number.isInteger(n) && n > 1 && n < 100 ? ` ${name}="${n}"` : '';
        };
        return `<${tag}${span('colspan')}${span('rowspan')}>${content === '' ? '<p></p>' : content}</${tag}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table><tbody>${body}</tbody></table>`;
}
