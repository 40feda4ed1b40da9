import type { RichNode } from './richText.ts';

export type ListEntry = {
  /** Where the marker stands: a list level times a step, or an indentation in points or characters. */
  indent: number;
  ordered: boolean;
  /** The item's number; the first item of an ordered list sets its start. */
  number: number;
  /** Marker kind (`bullet`, `decimal`, `letter`, or a reader's own key): a change at the same indent starts a new list. */
  kind: string;
  /** The item's first block, usually a paragraph. */
  content: RichNode;
};

type OpenList = { node: RichNode; indent: number; kind: string; ordered: boolean; lastItem: RichNode | null };

/**
 * Turns a flat run of list entries and other blocks, in reading order, into
 * TipTap's nested bulletList/orderedList nodes: a deeper indent nests a list in
 * the item above it, a shallower one closes lists until it fits, and other
 * content either continues the item it is indented under or closes every list.
 * Each call does a constant amount of work per open list level, so the whole
 * run is linear in its length.
 */
export class NestedListBuilder {
  readonly #blocks: RichNode[] = [];
  readonly #stack: OpenList[] = [];
  readonly #tolerance: number;

  constructor(tolerance = 0) {
    this.#tolerance = tolerance;
  }

  /** `lettersNest`: `a)` right after `1.` at the same indent is a point under it (not after a blank line). */
  item(entry: ListEntry, lettersNest = true): void {
    const tol = this.#tolerance;
    const sameIndent = (list: OpenList) => Math.abs(list.indent - entry.indent) <= tol;
    const sameKind = (list: OpenList) => list.kind === entry.kind && list.ordered === entry.ordered;
    while (this.#stack.length > 0 && this.#top()!.indent > entry.indent + tol) this.#stack.pop();
    let top = this.#top();
    if (top && sameIndent(top) && !sameKind(top)) {
      // `1.` followed by `a)` at the same indent: the letters are points under the number.
      if (lettersNest && top.kind === 'decimal' && entry.kind === 'letter' && entry.number === 1 && top.lastItem) {
        this.#open(entry, top.lastItem, top.indent);
        this.#append(entry);
        return;
      }
      // Back out of lists of another kind at this indent, to one of the same kind if there is one.
      while (top && sameIndent(top) && !sameKind(top)) {
        this.#stack.pop();
        top = this.#top();
      }
    }
    if (top && sameIndent(top)) {
      this.#append(entry);
      return;
    }
    this.#open(entry, top?.lastItem ?? null, entry.indent);
    this.#append(entry);
  }

  /** A block that is not a list item: continues the open item it is indented under, or ends every list. */
  block(node: RichNode, indent = 0): void {
    const tol = this.#tolerance;
    while (this.#stack.length > 0 && this.#top()!.indent + tol >= indent) this.#stack.pop();
    const top = this.#top();
    if (top?.lastItem) {
      (top.lastItem.content ??= []).push(node);
      return;
    }
    this.#stack.length = 0;
    this.#blocks.push(node);
  }

  /** Appends to the last open list item (a wrapped line, a second paragraph of an item); false when no list is open. */
  continueItem(node: RichNode): boolean {
    const top = this.#top();
    if (!top?.lastItem) return false;
    (top.lastItem.content ??= []).push(node);
    return true;
  }

  /** The last list item's first paragraph, to add a wrapped line to. */
  lastItemParagraph(): RichNode | null {
    const first = this.#top()?.lastItem?.content?.[0];
    return first && first.type === 'paragraph' ? first : null;
  }

  close(): void {
    this.#stack.length = 0;
  }

  result(): RichNode[] {
    this.close();
    return this.#blocks;
  }

  #top(): OpenList | undefined {
    return this.#stack[this.#stack.length - 1];
  }

  #open(entry: ListEntry, parent: RichNode | null, indent: number): void {
    const node: RichNode = entry.ordered ? { type: 'orderedList', attrs: { start: entry.number }, content: [] } : { type: 'bulletList', content: [] };
    if (parent) (parent.content ??= []).push(node);
    else {
      this.#stack.length = 0;
      this.#blocks.push(node);
    }
    this.#stack.push({ node, indent, kind: entry.kind, ordered: entry.ordered, lastItem: null });
  }

  #append(entry: ListEntry): void {
    const top = this.#top()!;
    const item: RichNode = { type: 'listItem', content: [entry.content] };
    top.node.content!.push(item);
    top.lastItem = item;
  }
}
