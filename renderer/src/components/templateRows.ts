import type { CommitteeTemplate, SectionTemplate } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';

export type SectionRow = SectionTemplate & { key: string };

export function rowsFromTemplate(template: CommitteeTemplate): SectionRow[] {
  return template.sections.map((s) => ({ ...s, key: newId() }));
}

export function sectionsFromRows(rows: SectionRow[]): SectionTemplate[] {
  return rows.map(({ title, kind, defaultText, required }) => ({ title: title.trim(), kind, defaultText, required }));
}
