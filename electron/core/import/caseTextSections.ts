import type { AgendaItem } from '../../../shared/domain/meeting.ts';
import { vocabularyDa } from '../../../shared/i18n/vocabulary.da.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { docToPlainText, isDocEmpty, type RichDoc, type RichNode } from '../../../shared/text/richText.ts';
import { blocksToRich, type ContentBlock } from './blocksToRich.ts';
import { lookOf, looksLikeHeading } from './headingLook.ts';
import { normaliseHeading, parseDecisionHeading, sectionVocabulary } from './sectionHeadings.ts';
import type { SourceDocument } from './sourceDocument.ts';

/** Headings that mean the same section under another name. */
const SYNONYMS: readonly (readonly string[])[] = vocabularyDa.sectionSynonyms;

function sameSection(a: string, b: string): boolean {
  const x = normaliseHeading(a);
  const y = normaliseHeading(b);
  return x === y || SYNONYMS.some((group) => group.includes(x) && group.includes(y));
}

const isSagsfremstilling = (title: string): boolean => sameSection(title, 'Sagsfremstilling');

export type CaseTextResult = { bodies: Map<string, RichDoc>; filled: string[]; subHeadings: string[]; notices: string[] };

/**
 * One case text (a sagsfremstilling from a case worker) into one item: text
 * under a heading that names one of the item's sections (`Sagsresume`,
 * `Indstilling`, `Økonomi` …, or a synonym) goes into that section; a heading
 * the item has no section for becomes a sub-heading in its Sagsfremstilling,
 * with its text under it. A section that already has text keeps it and gets
 * the imported text after it; one holding only its template default is
 * replaced. Returns the new bodies by section id.
 */
export function caseTextSections(doc: SourceDocument, item: Pick<AgendaItem, 'sections'>, defaults: Map<string, string> = new Map()): CaseTextResult {
  const bodySize = doc.bodyFontSize ?? 11;
  const vocabulary = sectionVocabulary(item.sections.map((s) => s.title));
  const target = item.sections.find((s) => s.kind === 'tekst' && isSagsfremstilling(s.title)) ?? item.sections.find((s) => s.kind === 'tekst');
  const notices: string[] = [];
  if (target && !isSagsfremstilling(target.title)) notices.push(importText.caseText.noSagsfremstilling);

  const parts = new Map<string, ContentBlock[]>();
  const order: string[] = [];
  const subHeadings: string[] = [];
  const push = (sectionId: string, block: ContentBlock) => {
    if (!parts.has(sectionId)) {
      parts.set(sectionId, []);
      order.push(sectionId);
    }
    parts.get(sectionId)!.push(block);
  };
  let current: string | null = target?.id ?? null;
  let sectionLevel: number | null = null;

  for (const block of doc.blocks) {
    if (block.type === 'table') {
      if (current) push(current, { kind: 'table', block });
      continue;
    }
    const text = block.text.replace(/\s+/g, ' ').trim();
    const single = !block.list && !block.text.includes('\n') && text.length <= 200;
    const styled = looksLikeHeading(block, bodySize);
    const decision = single ? parseDecisionHeading(text) : null;
    const known = single ? vocabulary.title(text) : null;
    if (styled || decision || known) {
      const level = lookOf(block, bodySize).level;
      const matched = item.sections.find((s) => (decision ? s.kind === 'beslutning' : s.kind === 'tekst' && sameSection(s.title, text)));
      const belowSections = sectionLevel !== null && level !== null && level > sectionLevel;
      if (matched && !belowSections) {
        current = matched.id;
        sectionLevel ??= level;
        continue;
      }
      if (target && (styled || known)) {
        current = target.id;
        subHeadings.push(text);
        push(target.id, { kind: 'subheading', runs: block.runs, level: 2 });
        continue;
      }
    }
    if (current) push(current, { kind: 'paragraph', block });
  }

  const bodies = new Map<string, RichDoc>();
  const filled: string[] = [];
  for (const id of order) {
    const section = item.sections.find((s) => s.id === id)!;
    const content = blocksToRich(parts.get(id)!).doc;
    if (isDocEmpty(content)) continue;
    const existing = docToPlainText(section.body).trim();
    const onlyDefault = existing === '' || existing === (defaults.get(section.title) ?? '').trim();
    if (onlyDefault) bodies.set(id, content);
    else {
      bodies.set(id, { type: 'doc', content: [...((section.body.content ?? []) as RichNode[]), ...(content.content ?? [])] });
      notices.push(importText.caseText.notEmpty(section.title));
    }
    filled.push(section.title);
  }
  return { bodies, filled, subHeadings, notices };
}
