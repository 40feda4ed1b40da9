import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { committeeTemplateSchema } from '../../../shared/domain/committee.ts';
import { READY_TEMPLATES } from '../../../shared/domain/templates.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('templates', () => {
  it('ships valid ready templates for the three variants', () => {
    expect(READY_TEMPLATES.map((t) => t.id)).toEqual(['variant-a', 'variant-b', 'variant-c']);
    for (const t of READY_TEMPLATES) expect(committeeTemplateSchema.parse(t.template)).toEqual(t.template);
    expect(READY_TEMPLATES[1]!.template.sections[0]!.kind).toBe('beslutning');
  });

  it('a committee made from a template gets its sections, default texts, standard items and running numbers', async () => {
    const app = await openApp(await tempDir());
    const committee = await app.service['committees.create']({ name: 'Organisations- og Beredskabsudvalget', templateId: 'variant-a', members: [{ name: 'Holger Mikkelsen', role: 'formand' }] });
    let first = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-01-13' });
    expect(first.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Gensidig orientering', 'Underskriftsside']);
    first = await app.service['items.add']({ meetingId: first.id, title: 'Introduktion - IT og digitalisering' });
    expect(first.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Introduktion - IT og digitalisering', 'Gensidig orientering', 'Underskriftsside']);
    expect(first.items[1]!.sections.map((s) => s.title)).toEqual(['Sagsresume', 'Indstilling', 'Sagsfremstilling', 'Procedure', 'Beslutning']);
    const second = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    expect(second.firstItemNumber).toBe(5);

    const chef = await app.service['committees.create']({ name: 'Chefforum', templateId: 'variant-c' });
    const m = await app.service['meetings.create']({ committeeId: chef.id, date: '2026-01-28' });
    expect(docToPlainText(m.items[0]!.sections.find((s) => s.title === 'Økonomi')!.body)).toBe('Intet at bemærke.');
    await expect(app.service['committees.create']({ name: 'X', templateId: 'findes-ikke' })).rejects.toThrow('Skabelonen findes ikke.');
    await app.close();
  });

  it('copying and editing a template does not rewrite meetings already held', async () => {
    const app = await openApp(await tempDir());
    const a = await app.service['committees.create']({ name: 'Direktionen', templateId: 'variant-b' });
    const b = await app.service['committees.create']({ name: 'Chefforum', templateId: 'variant-c' });
    const held = await app.service['meetings.create']({ committeeId: b.id, date: '2026-01-28' });
    const copied = await app.service['committees.copyTemplate']({ fromCommitteeId: a.id, toCommitteeId: b.id });
    expect(copied.template).toEqual(a.template);
    await app.service['committees.update']({ committeeId: b.id, template: { ...copied.template, sections: [{ title: 'Kun én', kind: 'beslutning', defaultText: '', required: true }] } });
    expect(app.store.meeting(held.id)).toEqual(held);
    expect(app.store.committee(a.id)!.template).toEqual(a.template);
    await app.close();
  });
});
