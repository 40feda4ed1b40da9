import type { ImportedItem, ImportedMeeting, ImportedSection } from '../../../shared/import/importedMeeting.ts';
import type { RichNode } from '../../../shared/text/richText.ts';

/** A heading for a section: one of the template's, or a free one (a text section). */
export type SectionHeading = { title: string; kind: ImportedSection['kind'] };

/** The most sections an item may hold (the import contract's limit). */
export const MAX_SECTIONS = 100;

function blocksOf(section: ImportedSection): RichNode[] {
  return section.body.content ?? [];
}

/**
 * Splits a section before one of its top-level blocks (a paragraph, a list, a
 * table): the blocks from there on become a new section under the heading
 * given, right after it. The uncertainties stay with the first part, where
 * the recogniser found them.
 */
export function splitSection(item: ImportedItem, sectionIndex: number, blockIndex: number, heading: SectionHeading): ImportedItem {
  const section = item.sections[sectionIndex];
  if (!section || item.sections.length >= MAX_SECTIONS) return item;
  const blocks = blocksOf(section);
  if (blockIndex < 1 || blockIndex >= blocks.length) return item;
  const title = heading.title.trim();
  if (title === '') return item;
  const first: ImportedSection = { ...section, body: { ...section.body, content: blocks.slice(0, blockIndex) } };
  const second: ImportedSection = { heading: title, title, kind: heading.kind, body: { type: 'doc', content: blocks.slice(blockIndex) }, uncertain: [] };
  const sections = [...item.sections];
  sections.splice(sectionIndex, 1, first, second);
  return { ...item, sections };
}

/** A heading read as a section boundary that is none: its text goes on, in bold, under the section above. */
export function joinWithPrevious(item: ImportedItem, sectionIndex: number): ImportedItem {
  const above = item.sections[sectionIndex - 1];
  const section = item.sections[sectionIndex];
  if (!above || !section) return item;
  const heading: RichNode[] = section.heading ? [{ type: 'paragraph', content: [{ type: 'text', text: section.heading, marks: [{ type: 'bold' }] }] }] : [];
  const sections = [...item.sections];
  sections.splice(sectionIndex - 1, 2, {
    ...above,
    body: { ...above.body, content: [...blocksOf(above), ...heading, ...blocksOf(section)] },
    uncertain: [...above.uncertain, ...section.uncertain],
  });
  return { ...item, sections };
}

/** Another heading for a section: it is stored under that title, of that kind, and prints it. */
export function renameSection(item: ImportedItem, sectionIndex: number, heading: SectionHeading): ImportedItem {
  const section = item.sections[sectionIndex];
  const title = heading.title.trim();
  if (!section || title === '') return item;
  return { ...item, sections: item.sections.map((s, i) => (i === sectionIndex ? { ...s, heading: title, title, kind: heading.kind } : s)) };
}

/**
 * Moves an item boundary by one section: the first section of an item goes to
 * the end of the item above (`up`), or the last section of an item to the
 * start of the item below (`down`). With a split first, any paragraph can be
 * moved across.
 */
export function moveSectionAcross(meeting: ImportedMeeting, itemIndex: number, direction: 'up' | 'down'): ImportedMeeting {
  const item = meeting.items[itemIndex];
  const otherIndex = direction === 'up' ? itemIndex - 1 : itemIndex + 1;
  const other = meeting.items[otherIndex];
  if (!item || !other || item.sections.length === 0 || other.sections.length >= MAX_SECTIONS) return meeting;
  const moving = direction === 'up' ? item.sections[0]! : item.sections[item.sections.length - 1]!;
  const rest = direction === 'up' ? item.sections.slice(1) : item.sections.slice(0, -1);
  const received = direction === 'up' ? [...other.sections, moving] : [moving, ...other.sections];
  const items = meeting.items.map((it, i) => (i === itemIndex ? { ...it, sections: rest } : i === otherIndex ? { ...it, sections: received } : it));
  return { ...meeting, items };
}
