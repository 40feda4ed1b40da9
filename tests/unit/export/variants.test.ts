import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx, referatFileName } from '../../../electron/core/export/buildReferatDocx.ts';
import { logoDisplaySize, parseLogo } from '../../../electron/core/export/logo.ts';
import {
  CLOSED_ATTACHMENT,
  CLOSED_DECISION,
  CLOSED_LIST_ITEM,
  CLOSED_REMARK,
  CLOSED_TEXT,
  fixtureCommittee,
  fixtureLogoDataUrl,
  fixtureMeeting,
  GENERATED_AT,
  styledFixtureCommittee,
} from '../../fixtures/export/referatFixture.ts';
import { expectedModel } from './expectedModel.ts';
import { COMBOS, comboName, seedInputs, type Combo, type Input } from './seedInputs.ts';
import { zipEntries } from './zipEntries.ts';

type Rendered = Input & Combo & { raw: string; html: string; parts: Map<string, string> };

const stripTags = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
const countOf = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

async function render(input: Input, combo: Combo): Promise<Rendered> {
  const buffer = await buildReferatDocx({ ...input, ...combo, generatedAt: GENERATED_AT });
  const [raw, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { ...input, ...combo, raw: raw.value, html: html.value, parts: zipEntries(buffer) };
}

const inputs = (): Record<string, Input> => ({
  fixture: { committee: fixtureCommittee('medUdvalgOgDato'), meeting: fixtureMeeting() },
  fixtureSignatureItem: { committee: fixtureCommittee('kort'), meeting: fixtureMeeting({ withSignatureItem: true, committee: fixtureCommittee('kort') }) },
  ...seedInputs(),
});

describe('every variant of every meeting equals its model (mammoth round trip)', () => {
  const rendered: Record<string, Rendered> = {};
  beforeAll(async () => {
    for (const [name, input] of Object.entries(inputs())) {
      for (const combo of COMBOS) rendered[`${name}/${comboName(combo)}`] = await render(input, combo);
    }
  }, 60_000);

  it('renders the fixture and the three seeds in four variants each', () => {
    expect(Object.keys(rendered)).toHaveLength(5 * 4);
  });

  it('has the title, the attendance lines, the item headings and each item’s section headings of the model', () => {
    for (const [name, r] of Object.entries(rendered)) {
      const model = expectedModel(r.committee, r.meeting, r);
      expect(r.raw.startsWith(`${model.title}\n`), name).toBe(true);
      for (const line of model.front) expect(r.raw, name).toContain(`\n${line}\n`);
      const h1 = [...r.html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => stripTags(m[1]!));
      expect(h1, name).toEqual(model.headings);
      const chunks = r.html.split('<h1>').slice(1);
      model.sectionHeadings.forEach((headings, i) => {
        expect([...chunks[i]!.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => stripTags(m[1]!)), `${name} item ${i + 1}`).toEqual(headings);
      });
    }
  });

  it('has the list items, ordered lists and tables of the model', () => {
    for (const [name, r] of Object.entries(rendered)) {
      const model = expectedModel(r.committee, r.meeting, r);
      expect(countOf(r.html, '<li>'), name).toBe(model.listItems);
      expect(countOf(r.html, '<ol>'), name).toBe(model.orderedLists);
      expect(countOf(r.html, '<table>'), name).toBe(model.tables);
    }
  });

  it('has the text of the model, in order, and none of what the variant leaves out', () => {
    for (const [name, r] of Object.entries(rendered)) {
      const model = expectedModel(r.committee, r.meeting, r);
      let at = r.raw.indexOf('Indholdsfortegnelse');
      for (const line of model.text) {
        const found = r.raw.indexOf(line, at);
        expect(found, `${name}: "${line}" after position ${at}`).toBeGreaterThanOrEqual(0);
        at = found + line.length;
      }
      for (const line of model.absent) expect(r.raw, name).not.toContain(line);
    }
  });

  it('prints the signature page and the fingerprint in the referat only', () => {
    for (const [name, r] of Object.entries(rendered)) {
      const signs = r.variant === 'referat';
      expect(r.raw.includes('skal godkende beslutningsprotokollen'), name).toBe(signs || /skal godkende beslutningsprotokollen/.test(JSON.stringify(r.meeting.items)));
      expect(r.raw.includes('Fingeraftryk:'), name).toBe(signs);
      expect(r.raw.includes('Ikke godkendt') || r.raw.includes('Godkendt '), name).toBe(signs);
    }
  });

  it('leaves the decisions out of the dagsorden', () => {
    for (const combo of COMBOS.filter((c) => c.variant === 'dagsorden')) {
      const r = rendered[`fixture/${comboName(combo)}`]!;
      expect(r.raw).not.toContain('Beslutning i Organisations- og Beredskabsudvalget');
      expect(r.raw).not.toContain('Tiltrådte indstillingen, idet punkt 2 og 3 blev byttet rundt.');
      expect(r.raw).not.toContain('Taget til efterretning');
      expect(r.raw).toContain('orienteringen tages til efterretning.'); // the Indstilling stays
      expect(r.parts.get('word/header1.xml') ?? '').toContain('Dagsorden 03-02-2026');
      expect(r.parts.get('docProps/core.xml')).toContain('<dc:title>DAGSORDEN Organisations- og Beredskabsudvalget d. 03-02-2026</dc:title>');
      expect(r.parts.get('docProps/core.xml')).toContain('Dagsorden til mødet i Organisations- og Beredskabsudvalget');
    }
  });

  it('shows a closed item in the public version by number, title and case number only', () => {
    for (const combo of COMBOS) {
      const r = rendered[`fixture/${comboName(combo)}`]!;
      const document = r.parts.get('word/document.xml')!;
      const closed = [CLOSED_TEXT, CLOSED_LIST_ITEM, CLOSED_ATTACHMENT, ...(combo.variant === 'referat' ? [CLOSED_DECISION, CLOSED_REMARK] : [])];
      for (const text of closed) {
        expect(r.raw.includes(text), `${comboName(combo)}: ${text}`).toBe(combo.audience === 'fuld');
        expect(document.includes(text), `${comboName(combo)} document.xml: ${text}`).toBe(combo.audience === 'fuld');
      }
      expect(r.raw).toContain('Punkt 13: Lukket: Personalesag\n\n81.00.00-A00-3-26\n');
      expect(r.raw).toContain('Punkt 14: Lukket: Orientering om sager på vej\n\n26-000228\n');
      if (combo.audience === 'offentlig') {
        const chunk = r.html.split('<h1>')[4]!;
        expect(stripTags(chunk)).toBe('Punkt 13: Lukket: Personalesag81.00.00-A00-3-26');
      }
    }
    expect(rendered['fixture/referat-offentlig']!.parts.get('docProps/core.xml')).toContain('(offentlig udgave)');
  });
});

describe('public titles and sub-items', () => {
  it('prints a closed item’s public title in the public version, its real title in the full one, and sub-items as 12.a', async () => {
    const meeting = fixtureMeeting();
    meeting.items[3] = { ...meeting.items[3]!, publicTitle: 'Lukket: Personaleforhold' };
    meeting.items[2] = { ...meeting.items[2]!, subItem: true };
    const committee = fixtureCommittee();
    const pub = await render({ committee, meeting }, { variant: 'referat', audience: 'offentlig' });
    const full = await render({ committee, meeting }, { variant: 'referat', audience: 'fuld' });
    expect(pub.raw).toContain('Punkt 12: Lukket: Personaleforhold\n');
    expect(pub.raw).toMatch(/\nLukket: Personaleforhold\t\d+\n/);
    expect(pub.raw).not.toContain('Personalesag');
    expect(full.raw).toContain('Punkt 12: Lukket: Personalesag\n');
    expect(full.raw).toContain('Punkt 11.a: Kommissorier til budgetanalyser');
    for (const r of [pub, full]) {
      expect([...r.html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => stripTags(m[1]!))).toEqual(expectedModel(committee, meeting, r).headings);
    }
  });
});

describe('file names', () => {
  it('name the variant and the public version', () => {
    const committee = { name: 'Direktionen' };
    const meeting = { date: '2026-03-16' };
    expect(referatFileName(committee, meeting)).toBe('Referat Direktionen 16-03-2026.docx');
    expect(referatFileName(committee, meeting, { variant: 'dagsorden' })).toBe('Dagsorden Direktionen 16-03-2026.docx');
    expect(referatFileName(committee, meeting, { variant: 'dagsorden', audience: 'offentlig' })).toBe('Dagsorden Direktionen 16-03-2026 (offentlig).docx');
    expect(referatFileName(committee, meeting, { audience: 'offentlig', extension: 'pdf' })).toBe('Referat Direktionen 16-03-2026 (offentlig).pdf');
  });
});

describe('the template’s look: font and logo', () => {
  it('writes body and headings in the template font, Calibri by default', async () => {
    for (const font of ['Arial', 'Times New Roman', 'Georgia', 'Garamond'] as const) {
      const { parts } = await render({ committee: styledFixtureCommittee(font, false), meeting: fixtureMeeting() }, COMBOS[0]!);
      const styles = parts.get('word/styles.xml')!;
      expect(styles).toContain(`w:ascii="${font}"`);
      expect(styles).not.toContain('w:ascii="Calibri"');
    }
    const plain = await render({ committee: fixtureCommittee(), meeting: fixtureMeeting() }, COMBOS[0]!);
    expect(plain.parts.get('word/styles.xml')).toContain('w:ascii="Calibri"');
    expect([...plain.parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(false);
  });

  it('puts the logo at the top of the front page, scaled into its box and described', async () => {
    const { parts, raw } = await render({ committee: styledFixtureCommittee('Calibri'), meeting: fixtureMeeting() }, COMBOS[0]!);
    expect([...parts.keys()].filter((k) => k.startsWith('word/media/'))).toHaveLength(1);
    const document = parts.get('word/document.xml')!;
    const body = document.slice(document.indexOf('<w:body>'));
    expect(body.indexOf('<wp:inline')).toBeLessThan(body.indexOf('REFERAT Organisations'));
    expect(body.indexOf('<wp:inline')).toBeLessThan(body.indexOf('</w:p>'));
    const logo = parseLogo(fixtureLogoDataUrl())!;
    expect(logo).toMatchObject({ type: 'png', width: 480, height: 160 });
    const size = logoDisplaySize(logo);
    expect(size).toEqual({ width: 240, height: 80 });
    expect(body).toContain(`<wp:extent cx="${size.width * 9525}" cy="${size.height * 9525}"/>`);
    expect(body).toContain('descr="Logo for Organisations- og Beredskabsudvalget"');
    expect(raw.trimStart().startsWith('REFERAT Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026\n')).toBe(true);
  });

  it('leaves out a logo it cannot read instead of failing the export', async () => {
    expect(parseLogo('data:image/png;base64,AAAA')).toBeUndefined();
    expect(parseLogo('data:image/gif;base64,R0lGODlh')).toBeUndefined();
    const committee = fixtureCommittee();
    committee.template = { ...committee.template, logo: 'data:image/png;base64,AAAA' };
    const { parts } = await render({ committee, meeting: fixtureMeeting() }, COMBOS[0]!);
    expect([...parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(false);
  });
});
