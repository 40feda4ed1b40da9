import { z } from 'zod';

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

const markSchema: z.ZodType<RichMark> = z.object({
  type: z.string().min(1).max(40),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

export const richDocSchema = z.lazy(() =>
  z.object({
    type: z.literal('doc'),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richNodeSchema).optional(),
  }),
) as unknown as z.ZodType<RichDoc>;

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

/** Plain text of a document, one line per block; used by search, previews and tests. */
export function docToPlainText(node: RichNode | undefined): string {
  if (!node) return '';
  const lines: string[] = [];
  let current = '';
  const walk = (n: RichNode): void => {
    if (n.type === 'text') {
      current += n.text ?? '';
      return;
    }
    if (n.type === 'hardBreak') {
      current += '\n';
      return;
    }
    if (n.type === 'tableCell' || n.type === 'tableHeader') {
      if (current !== '' && !current.endsWith('\t')) current += '\t';
    }
    for (const child of n.content ?? []) walk(child);
    if (BLOCK_TYPES.has(n.type) && current.trim() !== '') {
      lines.push(current.trim());
      current = '';
    }
  };
  walk(node);
  if (current.trim() !== '') lines.push(current.trim());
  return lines.join('\n');
}

export function isDocEmpty(doc: RichDoc | undefined): boolean {
  return docToPlainText(doc).trim() === '';
}
