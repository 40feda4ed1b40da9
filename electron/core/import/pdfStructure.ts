/** pdf.js's structure tree of a page (`page.getStructTree()`), roles resolved through the document's RoleMap. */
export type StructNode = { role?: string; children?: (StructNode | StructContent)[] };
export type StructContent = { type: 'content' | 'object' | 'annotation'; id: string };

/** A marked-content boundary among `getTextContent({ includeMarkedContent: true })`'s items. */
export type MarkedContent = { type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent'; id?: string; tag?: string };

export type StructBlock = { block: number; heading: number | null };

/**
 * Roles that make a paragraph of their own (PDF 1.7, 14.8.4). Everything
 * else (Span, Link, Lbl, Quote, Reference …) is part of the paragraph it
 * stands in.
 */
const BLOCK_ROLES = new Set(['P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'Title', 'TOCI', 'Caption', 'BlockQuote', 'LBody', 'LI', 'TD', 'TH', 'Note', 'Code']);
const HEADING = /^H([1-6])$/;

const isContent = (child: StructNode | StructContent): child is StructContent => (child as StructContent).type === 'content';

/**
 * Which paragraph-level element each piece of marked content belongs to: its
 * nearest ancestor with a block role, numbered from `firstId` (so numbers
 * stay apart across pages), with that element's heading level. Walked with
 * a stack of its own, however deep the tree.
 */
export function structBlocks(tree: StructNode | null, firstId: number): { blocks: Map<string, StructBlock>; nextId: number } {
  const blocks = new Map<string, StructBlock>();
  let nextId = firstId;
  if (!tree) return { blocks, nextId };
  const stack: { node: StructNode; block: StructBlock | null }[] = [{ node: tree, block: null }];
  while (stack.length > 0) {
    const { node, block: parent } = stack.pop()!;
    const role = node.role ?? '';
    const level = HEADING.exec(role);
    const block = BLOCK_ROLES.has(role) ? { block: nextId++, heading: level ? Number(level[1]) : null } : parent;
    for (const child of node.children ?? []) {
      if (isContent(child)) {
        if (block && !blocks.has(child.id)) blocks.set(child.id, block);
      } else if (child && typeof child === 'object') stack.push({ node: child as StructNode, block });
    }
  }
  return { blocks, nextId };
}

/**
 * Follows the marked content around the text items in content-stream order:
 * for each text item, the id of the innermost marked content with one.
 */
export class MarkedContentTracker {
  readonly #stack: (string | null)[] = [];

  /** True when the item was a boundary and has been taken in. */
  take(item: unknown): boolean {
    const marker = item as MarkedContent;
    if (marker.type === 'beginMarkedContent' || marker.type === 'beginMarkedContentProps') {
      this.#stack.push(marker.id ?? null);
      return true;
    }
    if (marker.type === 'endMarkedContent') {
      this.#stack.pop();
      return true;
    }
    return false;
  }

  current(): string | null {
    for (let i = this.#stack.length - 1; i >= 0; i--) if (this.#stack[i]) return this.#stack[i]!;
    return null;
  }
}
