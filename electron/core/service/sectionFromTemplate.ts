import type { SectionTemplate } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { Section } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs, emptyDoc } from '../../../shared/text/richText.ts';

/** A fresh section for a new item, with the template's default text (`Intet at bemærke.`). */
export function sectionFromTemplate(t: SectionTemplate): Section {
  return {
    id: newId(),
    title: t.title,
    kind: t.kind,
    body: t.defaultText ? docFromParagraphs(...t.defaultText.split('\n')) : emptyDoc(),
  };
}
