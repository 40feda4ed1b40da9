import type { RichDoc, RichMark, RichNode } from '../../shared/text/richText.ts';

/**
 * A small markdown-ish notation for the seed texts, so they stay readable in review.
 * Blocks are separated by blank lines; the source is dedented first.
 *
 * - `### Titel` → heading (level = number of `#`)
 * - `- punkt` → bullet list; `1. punkt` → ordered list starting at that number;
 *   deeper indentation nests a list inside the previous item
 * - `> tekst` → blockquote (its lines are parsed as blocks again)
 * - other lines → paragraph; consecutive lines in one paragraph are joined by a hard break
 * - inline: `**fed**`, `*kursiv*`, `[tekst](https://…)`, `<https://…>`, `\*` escapes
 * - `${node}` alone on a line embeds a block node (e.g. a table) as is
 */
export function md(source: TemplateStringsArray | string, ...embeds: (RichNode | RichNode[])[]): RichDoc {
  const text = typeof source === 'string' ? source : source.reduce((acc, part, i) => acc + (i > 0 ? embedMarker(i - 1) : '') + part, '');
  return { type: 'doc', content: parseBlocks(dedent(text), embeds) };
}

const EMBED = /^\uE000(\d+)\uE000$/;
const HEADING = /^(#{1,6}) (.*)$/;
const LIST_ITEM = /^( *)(-|(\d+)\.) (.*)$/;

function embedMarker(index: number): string {
  return `\uE000${index}\uE000`;
}

function dedent(text: string): string[] {
  const lines = text.replace(/\t/g, '  ').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(common).trimEnd()));
}

function startsBlock(line: string): boolean {
  return EMBED.test(line.trim()) || HEADING.test(line) || line.startsWith('>') || LIST_ITEM.test(line);
}

function parseBlocks(lines: string[], embeds: (RichNode | RichNode[])[]): RichNode[] {
  const blocks: RichNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const embed = EMBED.exec(line.trim());
    if (embed) {
      const node = embeds[Number(embed[1])];
      if (node === undefined) throw new Error(`md: mangler indlejret blok ${embed[1]}`);
      blocks.push(...(Array.isArray(node) ? node : [node]));
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push(block('heading', inline(heading[2]!), { level: heading[1]!.length }));
      i++;
      continue;
    }
    if (line.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) quoted.push(lines[i++]!.replace(/^> ?/, ''));
      blocks.push(block('blockquote', parseBlocks(quoted, embeds)));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const [list, next] = parseList(lines, i, indentOf(line));
      blocks.push(list);
      i = next;
      continue;
    }
    const paragraphLines: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && (paragraphLines.length === 0 || !startsBlock(lines[i]!))) {
      paragraphLines.push(lines[i++]!.trim());
    }
    blocks.push(paragraphOf(paragraphLines));
  }
  return blocks;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** One list: items at `indent`; deeper-indented items form a list nested in the previous item. */
function parseList(lines: string[], start: number, indent: number): [RichNode, number] {
  const first = LIST_ITEM.exec(lines[start]!)!;
  const ordered = first[3] !== undefined;
  const items: RichNode[] = [];
  let i = start;
  while (i < lines.length) {
    const m = LIST_ITEM.exec(lines[i]!);
    if (!m) break;
    const itemIndent = m[1]!.length;
    if (itemIndent < indent) break;
    if (itemIndent > indent) {
      const parent = items[items.length - 1];
      if (!parent) throw new Error(`md: indrykket listepunkt uden overordnet punkt: ${lines[i]}`);
      const [nested, next] = parseList(lines, i, itemIndent);
      parent.content!.push(nested);
      i = next;
      continue;
    }
    if ((m[3] !== undefined) !== ordered) break;
    items.push(block('listItem', [paragraphOf([m[4]!])]));
    i++;
  }
  const list = ordered ? block('orderedList', items, { start: Number(first[3]) }) : block('bulletList', items);
  return [list, i];
}

function paragraphOf(lines: string[]): RichNode {
  const content: RichNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    content.push(...inline(line));
  });
  return block('paragraph', content);
}

function block(type: string, content: RichNode[], attrs?: Record<string, unknown>): RichNode {
  const node: RichNode = { type };
  if (attrs) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
}

const LINK = /^\[([^\]]+)\]\(([^)\s]+)\)/;
const AUTOLINK = /^<(https?:\/\/[^>\s]+)>/;

/** Inline text with marks; exported for table cells and other one-line contexts. */
export function inline(source: string, marks: RichMark[] = []): RichNode[] {
  const out: RichNode[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer !== '') out.push(text(buffer, marks));
    buffer = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length) {
      buffer += source[i + 1];
      i += 2;
      continue;
    }
    if (rest.startsWith('**')) {
      const end = source.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push(...inline(source.slice(i + 2, end), [...marks, { type: 'bold' }]));
        i = end + 2;
        continue;
      }
    }
    if (c === '*') {
      const end = closingStar(source, i + 1);
      if (end > i + 1) {
        flush();
        out.push(...inline(source.slice(i + 1, end), [...marks, { type: 'italic' }]));
        i = end + 1;
        continue;
      }
    }
    const link = LINK.exec(rest) ?? AUTOLINK.exec(rest);
    if (link) {
      flush();
      const href = link[2] ?? link[1]!;
      out.push(...inline(link[1]!, [...marks, { type: 'link', attrs: { href } }]));
      i += link[0].length;
      continue;
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

function closingStar(source: string, from: number): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source[j] === '*' && source[j + 1] !== '*' && source[j - 1] !== '*') return j;
  }
  return -1;
}

function text(value: string, marks: RichMark[]): RichNode {
  return marks.length > 0 ? { type: 'text', marks: [...marks], text: value } : { type: 'text', text: value };
}
