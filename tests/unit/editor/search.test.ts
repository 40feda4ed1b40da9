import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

async function seeded() {
  const dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  return openApp(dir);
}

describe('search across all meetings', () => {
  it('finds items by title words, by case number in any scheme, and by text, as you type', async () => {
    const app = await seeded();
    const byTitle = await app.service['search.query']({ text: 'kommissorier budget' });
    expect(byTitle[0]).toMatchObject({ meetingId: 'haderslev-obu-2026-02-03', itemLabel: '13', title: 'Kommissorier til budgetanalyser', committeeName: 'Organisations- og Beredskabsudvalget' });
    expect((await app.service['search.query']({ text: '26/777' }))[0]?.title).toBe('Etablering af tværkommunalt IT-samarbejde');
    expect((await app.service['search.query']({ text: '85.15.00-A00-1-24' }))[0]?.title).toBe('Orientering om Budgetforslag 2026 6.1');
    const byText = await app.service['search.query']({ text: 'transitionsorganisation' });
    expect(byText[0]).toMatchObject({ meetingId: 'kalundborg-direktionen-2026-03-16' });
    expect(byText[0]!.snippet.toLowerCase()).toContain('transitionsorganisation');
    // Prefix: results while the word is still being typed.
    expect((await app.service['search.query']({ text: 'beredsk' })).length).toBeGreaterThan(2);
    expect(await app.service['search.query']({ text: '   ' })).toEqual([]);
    await app.close();
  });

  it('sees an edit at once', async () => {
    const app = await seeded();
    const meeting = app.store.meeting('albertslund-chefforum-2026-01-28')!;
    const item = meeting.items[7]!;
    expect(await app.service['search.query']({ text: 'sommerfest' })).toEqual([]);
    await app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs('Planlægning af sommerfest for ledere.') });
    expect((await app.service['search.query']({ text: 'sommerfest' })).map((h) => h.itemId)).toEqual([item.id]);
    await app.close();
  });
});
