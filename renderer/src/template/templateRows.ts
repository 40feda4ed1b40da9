import type { KeyboardEvent } from 'react';
import type { CaseFlowPlacement, CommitteeTemplate, DocumentFont, SectionTemplate, StandardItem } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { caseFlowStepsOf, DEFAULT_CASE_FLOW_STEPS } from '../../../shared/domain/committee.ts';
import { templateText } from '../../../shared/i18n/template.da.ts';

export type SectionRow = SectionTemplate & { key: string };
export type StandardItemRow = StandardItem & { key: string };
export type PhraseRow = { key: string; text: string };
export type StepRow = { key: string; name: string };

/** The template as the form edits it: list rows carry a stable key so React keeps focus while rows move. */
export type TemplateDraft = {
  sections: SectionRow[];
  decisionHeading: CommitteeTemplate['decisionHeading'];
  defaultLocation: string;
  defaultTime: string;
  numberingMode: CommitteeTemplate['numbering']['mode'];
  /** A string while typed, so an empty field can be shown and flagged instead of snapping to a number. */
  startNumber: string;
  standardItems: StandardItemRow[];
  phrases: PhraseRow[];
  font: DocumentFont | '';
  logo: string;
  /** The body's own Sagsgang rows; empty means the usual ones. */
  caseFlowSteps: StepRow[];
  caseFlowPlacement: CaseFlowPlacement;
  tocItemNumbers: boolean;
};

export function rowsFromTemplate(template: CommitteeTemplate): SectionRow[] {
  return template.sections.map((s) => ({ ...s, key: newId() }));
}

export function sectionsFromRows(rows: SectionRow[]): SectionTemplate[] {
  return rows.map(({ title, kind, defaultText, required }) => ({ title: title.trim(), kind, defaultText, required }));
}

export function draftFromTemplate(template: CommitteeTemplate): TemplateDraft {
  return {
    sections: rowsFromTemplate(template),
    decisionHeading: template.decisionHeading,
    defaultLocation: template.defaultLocation,
    defaultTime: template.defaultTime,
    numberingMode: template.numbering.mode,
    startNumber: String(template.numbering.startNumber),
    standardItems: template.standardItems.map((s) => ({ ...s, key: newId() })),
    phrases: template.decisionPhrases.map((text) => ({ key: newId(), text })),
    font: template.font ?? '',
    logo: template.logo ?? '',
    caseFlowSteps: caseFlowStepsOf(template).map((name) => ({ key: newId(), name })),
    caseFlowPlacement: template.caseFlowPlacement ?? 'efterIndstilling',
    tocItemNumbers: template.tocItemNumbers ?? false,
  };
}

/** Moves one row; used by every reorderable list in the editor. */
export function moveRow<T>(rows: T[], from: number, to: number): T[] {
  if (to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(from, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}

/**
 * Alt+↑ / Alt+↓ in a row's main field moves the row, so a list can be ordered
 * without leaving the keyboard. Returns the target index, or undefined when the
 * key is not a move.
 */
export function moveKeyTarget(event: KeyboardEvent, index: number, count: number): number | undefined {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return undefined;
  const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
  if (to < 0 || to >= count) return undefined;
  event.preventDefault();
  return to;
}

/** Everything the server would refuse, said in Danish before the request is sent. */
export function templateDraftErrors(draft: TemplateDraft): string[] {
  const t = templateText;
  const errors: string[] = [];
  draft.sections.forEach((s, i) => {
    if (s.title.trim() === '') errors.push(t.sectionTitleMissing(i + 1));
  });
  if (draft.sections.filter((s) => s.kind === 'beslutning').length !== 1) errors.push(t.exactlyOneDecision);
  draft.standardItems.forEach((s, i) => {
    if (s.title.trim() === '') errors.push(t.standardTitleMissing(i + 1));
  });
  draft.phrases.forEach((p, i) => {
    if (p.text.trim() === '') errors.push(t.phraseMissing(i + 1));
  });
  draft.caseFlowSteps.forEach((r, i) => {
    if (r.name.trim() === '') errors.push(t.caseFlow.stepMissing(i + 1));
  });
  if (draft.caseFlowSteps.length === 0) errors.push(t.caseFlow.noSteps);
  if (new Set(draft.caseFlowSteps.map((r) => r.name.trim().toLocaleLowerCase('da-DK'))).size !== draft.caseFlowSteps.length) errors.push(t.caseFlow.duplicate);
  if (!/^\d{2}:\d{2}$/.test(draft.defaultTime)) errors.push(t.defaultTimeInvalid);
  if (!/^[1-9]\d{0,5}$/.test(draft.startNumber) || Number(draft.startNumber) > 100000) errors.push(t.startNumberInvalid);
  return errors;
}

export function templateFromDraft(draft: TemplateDraft): CommitteeTemplate {
  const steps = draft.caseFlowSteps.map((r) => r.name.trim());
  return {
    sections: sectionsFromRows(draft.sections),
    decisionHeading: draft.decisionHeading,
    defaultLocation: draft.defaultLocation.trim(),
    defaultTime: draft.defaultTime,
    numbering: { mode: draft.numberingMode, startNumber: Number(draft.startNumber) },
    standardItems: draft.standardItems.map(({ title, placement, kind }) => ({ title: title.trim(), placement, kind })),
    decisionPhrases: draft.phrases.map((p) => p.text.trim()),
    ...(draft.font ? { font: draft.font } : {}),
    ...(draft.logo ? { logo: draft.logo } : {}),
    // Left out when they say what the default says, so an untouched template stays as it was.
    ...(steps.join('\n') !== DEFAULT_CASE_FLOW_STEPS.join('\n') ? { caseFlowSteps: steps } : {}),
    ...(draft.caseFlowPlacement !== 'efterIndstilling' ? { caseFlowPlacement: draft.caseFlowPlacement } : {}),
    ...(draft.tocItemNumbers ? { tocItemNumbers: true } : {}),
  };
}
