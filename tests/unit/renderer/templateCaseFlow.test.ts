import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../shared/domain/committee.ts';
import { draftFromTemplate, templateDraftErrors, templateFromDraft } from '../../../renderer/src/template/templateRows.ts';

describe('the template draft carries the Sagsgang and the TOC setting', () => {
  it('leaves an untouched template as it was, without the new fields', () => {
    const template = defaultTemplate();
    const back = templateFromDraft(draftFromTemplate(template));
    expect(back.caseFlowSteps).toBeUndefined();
    expect(back.caseFlowPlacement).toBeUndefined();
    expect(back.tocItemNumbers).toBeUndefined();
  });

  it('writes the body’s own rows, the placement and item numbers in the TOC', () => {
    const draft = draftFromTemplate({ ...defaultTemplate(), caseFlowSteps: ['Høring', 'Beslutning'], caseFlowPlacement: 'foerst', tocItemNumbers: true });
    expect(draft.caseFlowSteps.map((r) => r.name)).toEqual(['Høring', 'Beslutning']);
    const back = templateFromDraft(draft);
    expect(back).toMatchObject({ caseFlowSteps: ['Høring', 'Beslutning'], caseFlowPlacement: 'foerst', tocItemNumbers: true });
  });

  it('refuses an empty or a repeated row in Danish', () => {
    const draft = draftFromTemplate(defaultTemplate());
    expect(templateDraftErrors({ ...draft, caseFlowSteps: [...draft.caseFlowSteps, { key: 'x', name: ' ' }] })).toContain('Sagsgangsrække 5 mangler et navn.');
    expect(templateDraftErrors({ ...draft, caseFlowSteps: [...draft.caseFlowSteps, { key: 'y', name: 'orientering' }] })).toContain('To sagsgangsrækker har samme navn.');
    expect(templateDraftErrors({ ...draft, caseFlowSteps: [] })).toContain('Sagsgangen skal have mindst én række.');
  });
});
