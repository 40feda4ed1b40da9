import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
import { securityText } from '../i18n/security.da.ts';
import { jsonDepthExceeds } from './jsonDepth.ts';

/**
 * Rich text is stored as TipTap/ProseMirror JSON so the editor round-trips it
 * without loss; DOCX export and search walk the same tree.
 */
export type RichMark = {
  type: string;
  attrs?: Record<string, unknown>;
};

export type RichNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
};

export type RichDoc = RichNode & { type: 'doc' };

/**
 * How deep nodes may nest, the document itself counted as 1 and a text node
 * as the last level. Word's nine list levels (a list and a list item each)
 * inside a quote or a table cell still fit; nothing a secretary writes comes
 * near it. Everything that walks rich text recursively (the DOCX export, the
 * review page, zod itself) is safe at this depth; zod's own recursion would
 * overflow the stack at some 850 levels.
 */
export const MAX_RICH_TEXT_DEPTH = 24;
/** `colwidth: [120, 80]` is two levels; attributes are flat values and short lists. */
const MAX_ATTRS_DEPTH = 4;

const attrsSchema = z
  .record(z.string(), z.unknown()).check(z.refine((attrs) => !jsonDepthExceeds(attrs, MAX_ATTRS_DEPTH), { message: securityText.input.attrsTooDeep }));

const markSchema: z.ZodMiniType<RichMark> = z.object({
  type: z.string().check(z.minLength(1), z.maxLength(40)),
  attrs: z.optional(attrsSchema),
});

function nodeSchema(content: z.ZodMiniType<unknown[]>): z.ZodMiniType<RichNode> {
  return z.object({
    type: z.string().check(z.minLength(1), z.maxLength(40)),
    attrs: z.optional(attrsSchema),
    content: z.optional(content),
    marks: z.optional(z.array(markSchema)),
    text: z.optional(z.string()),
  }) as z.ZodMiniType<RichNode>;
}

/**
 * One schema per level, built bottom-up instead of one recursive `z.lazy`: zod
 * then never descends further than the limit, however deep the input, and a
 * node at the deepest level may have no children (with a Danish message).
 */
function levelSchemas(): z.ZodMiniType<RichNode>[] {
  const tooDeep = securityText.input.richTextTooDeep(MAX_RICH_TEXT_DEPTH);
  const levels: z.ZodMiniType<RichNode>[] = [];
  let below = nodeSchema(z.array(z.unknown()).check(z.maxLength(0, tooDeep)));
  levels[MAX_RICH_TEXT_DEPTH] = below;
  for (let depth = MAX_RICH_TEXT_DEPTH - 1; depth >= 2; depth--) {
    below = nodeSchema(z.array(below));
    levels[depth] = below;
  }
  return levels;
}

/** A node directly inside the document (level 2), with everything below it. */
export const richNodeSchema: z.ZodMiniType<RichNode> = z.lazy(() => levelSchemas()[2]!);

export const richDocSchema = z.lazy(() => z.object({
  type: z.literal('doc'),
  attrs: z.optional(attrsSchema),
  content: z.optional(z.array(richNodeSchema)),
}) as unknown as z.ZodMiniType<RichDoc>);

export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [] };
}

export function textNode(text: string, marks?: RichMark[]): RichNode {
  return marks && marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
}

export function paragraph(text: string): RichNode {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [textNode(text)] };
}

export function docFromParagraphs(...paragraphs: string[]): RichDoc {
  return { type: 'doc', content: paragraphs.map(paragraph) };
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'tableRow',
  'codeBlock',
]);

/**
 * Plain text of a document, one line per block; used by search, previews and
 * tests. Walks with a stack of its own, not recursion, so even a tree no
 * schema has checked cannot overflow the call stack.
 */
export function docToPlainText(node: RichNode | undefined): string {
  if (!node) return '';
  const lines: string[] = [];
  let current = '';
  // `leave` marks the end of a node's children: a block ends its line there.
  const stack: { node: RichNode; leave: boolean }[] = [{ node, leave: false }];
  while (stack.length > 0) {
    const { node: n, leave } = stack.pop()!;
    if (leave) {
      if (BLOCK_TYPES.has(n.type) && current.trim() !== '') {
        lines.push(current.trim());
        current = '';
      }
      continue;
    }
    if (n.type === 'text') {
      current += n.text ?? '';
      continue;
    }
    if (n.type === 'hardBreak') {
      current += '\n';
      continue;
    }
    if (n.type === 'tableCell' || n.type === 'tableHeader') {
      if (current !== '' && !current.endsWith('\t')) current += '\t';
    }
    stack.push({ node: n, leave: true });
    const children = Array.isArray(n.content) ? n.content : [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (typeof child === 'object' && child !== null) stack.push({ node: child, leave: false });
    }
  }
  if (current.trim() !== '') lines.push(current.trim());
  return lines.join('\n');
}

export function isDocEmpty(doc: RichDoc | undefined): boolean {
  return docToPlainText(doc).trim() === '';
}
