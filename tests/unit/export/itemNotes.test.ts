import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { CLOSED_REMARK, VOTE_LINE, fixtureCommittee, fixtureMeeting, GENERATED_AT, INHABIL_NOTE, OPEN_REMARK } from '../../fixtures/export/referatFixture.ts';
import { COMBOS, comboName, type Combo } from './seedInputs.ts';

type Rendered = { raw: string; html: string };

async function render(committee: Committee, meeting: Meeting, combo: Combo = COMBOS[0]!): Promise<Rendered> {
  const buffer = await buildReferatDocx({ committee, meeting, ...combo, generatedAt: GENERATED_AT });
  const [raw, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { raw: raw.value, html: html.value };
}

/** The HTML of the item whose heading starts `Punkt N:`, up to the next item. */
function itemHtml(html: string, number: number): string {
  return html.split('<h1>').find((chunk) => chunk.includes(`Punkt ${number}: `))!;
}

const stripTags = (html: string): string => html.replace(/<[^>]+>/g, '');
const DECISION = '<h2>Beslutning i Organisations- og Beredskabsudvalget den 03-02-2026</h2>';

// Punkt 11: Behandling line, inhabil with a note, one remark. Punkt 12: Sagsgang grid,
// postponed from January, a member who left, one who did not take part, two remarks.
// Punkt 13 (closed): an absence and a remark. Punkt 14 (closed): postponed to March.
describe('case flow, attendance notes, protokolbemærkninger and postponements', () => {
  const rendered: Record<string, Rendered> = {};
  beforeAll(async () => {
    for (const combo of COMBOS) rendered[comboName(combo)] = await render(fixtureCommittee(), fixtureMeeting(), combo);
  }, 60_000);

  it('prints the Behandling line after the Indstilling, before the Sagsfremstilling', () => {
    const item = itemHtml(rendered['referat-fuld']!.html, 11);
    expect(item).toContain(
      '<li>orienteringen tages til efterretning.</li></ul><h2>Behandling</h2><p>Direktionen, Økonomiudvalget, Kommunalbestyrelsen.</p><h2>Sagsfremstilling</h2>',
    );
  });

  it('prints the Sagsgang as a grid: an empty corner, the bodies, one row per step with an X where the case passes', () => {
    const item = itemHtml(rendered['referat-fuld']!.html, 12);
    const grid = /<h2>Sagsgang<\/h2>(<table>.*?<\/table>)<h2>Sagsfremstilling<\/h2>/.exec(item)?.[1];
    expect(grid).toBeDefined();
    const cells = (row: string): string[] => [...row.matchAll(/<t[hd]>(.*?)<\/t[hd]>|<t[hd]\/>/g)].map((m) => stripTags(m[1] ?? ''));
    const rows = [...grid!.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => cells(m[1]!));
    expect(rows).toEqual([
      ['', 'OBU', 'ØU', 'KB'],
      ['Orientering', 'X', '', ''],
      ['Indstilling', '', 'X', ''],
      ['Beslutning', '', '', 'X'],
      ['Supplerende sagsfremstilling', '', 'X', 'X'],
    ]);
    expect(grid).toContain('<thead><tr><th></th><th><p><strong>OBU</strong></p></th>');
  });

  it('prints the attendance notes and the protokolbemærkninger right under the decision, before the Bilag', () => {
    const p11 = itemHtml(rendered['referat-fuld']!.html, 11);
    expect(p11).toContain(
      `${DECISION}<p>Taget til efterretning</p>` +
        `<p>Holger Mikkelsen (A) deltog ikke i behandlingen af punktet (inhabil). ${INHABIL_NOTE}.</p>` +
        `<h3>Protokolbemærkning</h3><p><strong>Jørgen Smed (O): </strong>${OPEN_REMARK}</p><h2>Bilag</h2>`,
    );
    const p12 = itemHtml(rendered['referat-fuld']!.html, 12);
    expect(p12).toContain(
      '<li>Udvalget orienteres løbende.</li></ul>' +
        `<p>${VOTE_LINE}</p>` +
        '<p>Svend Brandt forlod mødet under behandlingen af punktet.</p>' +
        '<p>Finn Lykkeskov (V) deltog ikke i behandlingen af punktet. Han var ude af lokalet under afstemningen.</p>' +
        '<h3>Protokolbemærkninger</h3>' +
        '<p><strong>Finn Lykkeskov (V): </strong>Venstre ønsker analyserne af beskæftigelsesområdet fremrykket til juni.</p>' +
        '<p><strong>Svend Brandt: </strong>Ønsker en særskilt orientering om herbergerne.<br />Gerne på næste møde.</p><h2>Bilag</h2>',
    );
  });

  it('notes a postponement under the heading and case number, in every variant for an open item', () => {
    for (const [name, { html }] of Object.entries(rendered)) {
      expect(itemHtml(html, 12), name).toContain('00.30.04-Ø00-21-26</p><p>Punktet blev udsat fra mødet den 13-01-2026.</p><h2>Sagsresume</h2>');
    }
    expect(itemHtml(rendered['referat-fuld']!.html, 14)).toContain('26-000228</p><p>Punktet blev udsat til mødet den 03-03-2026.</p>');
  });

  it('leaves attendance notes and protokolbemærkninger out of the dagsorden, keeping the case flow and the postponement', () => {
    for (const audience of ['fuld', 'offentlig'] as const) {
      const { raw } = rendered[`dagsorden-${audience}`]!;
      for (const text of ['deltog ikke i behandlingen', 'forlod mødet', 'Protokolbemærkning', OPEN_REMARK, INHABIL_NOTE, CLOSED_REMARK]) {
        expect(raw, `dagsorden-${audience}: ${text}`).not.toContain(text);
      }
      expect(raw).toContain('Behandling\n\nDirektionen, Økonomiudvalget, Kommunalbestyrelsen.');
      expect(raw).toContain('Sagsgang');
      expect(raw).toContain('Punktet blev udsat fra mødet den 13-01-2026.');
    }
    expect(rendered['dagsorden-fuld']!.raw).toContain('Punktet blev udsat til mødet den 03-03-2026.');
  });

  it('shows them for open items in the public referat and hides everything but heading and case number for closed ones', () => {
    const { raw, html } = rendered['referat-offentlig']!;
    expect(raw).toContain(OPEN_REMARK);
    expect(raw).toContain(`Holger Mikkelsen (A) deltog ikke i behandlingen af punktet (inhabil). ${INHABIL_NOTE}.`);
    expect(raw).toContain('Protokolbemærkninger');
    expect(raw).not.toContain(CLOSED_REMARK);
    expect(raw).not.toContain('Punktet blev udsat til mødet den 03-03-2026.');
    // Not even the reason it is closed: that is for the full version.
    expect(stripTags(itemHtml(html, 13))).toBe('Punkt 13: Lukket: Personalesag81.00.00-A00-3-26');
    expect(stripTags(itemHtml(html, 14))).toBe('Punkt 14: Lukket: Orientering om sager på vej26-000228');
    // The full referat keeps the closed item's notes.
    const full = itemHtml(rendered['referat-fuld']!.html, 13);
    expect(full).toContain('<p>Holger Mikkelsen (A) deltog ikke i behandlingen af punktet.</p><h3>Protokolbemærkning</h3>');
    expect(full).toContain(CLOSED_REMARK);
  });
});

describe('where the notes go when the item is shaped differently', () => {
  it('puts the case flow at the top without an Indstilling, and the notes after the text without a decision', async () => {
    const meeting = fixtureMeeting();
    const item = meeting.items[5]!; // Gensidig orientering: no Indstilling
    item.caseFlow = { bodies: ['Direktionen', 'Kommunalbestyrelsen'], steps: [], asTable: true }; // a grid without steps prints as the line
    item.postponedFrom = { meetingId: 'mode-0', date: '2026-01-13' };
    item.sections = [{ id: 'x1', title: 'Sagsfremstilling', kind: 'tekst', body: docFromParagraphs('Runde om bordet.') }, { id: 'x2', title: 'Beslutning', kind: 'beslutning', body: docFromParagraphs('') }];
    item.attachments = [{ id: 'b1', name: 'Oversigt.pdf', closed: false, file: null }];
    item.absences = [
      { memberId: 'm4', reason: 'forlod_moedet', note: 'kl. 16.10' },
      { memberId: 'udtraadt', reason: 'inhabil', note: '' },
    ];
    item.remarks = [{ memberId: 'udtraadt', text: 'En bemærkning fra et medlem, der siden er udtrådt.' }];
    const { html } = await render(fixtureCommittee(), meeting);
    expect(itemHtml(html, 15)).toContain(
      '25/30730</p><p>Punktet blev udsat fra mødet den 13-01-2026.</p>' +
        '<h2>Behandling</h2><p>Direktionen, Kommunalbestyrelsen.</p>' +
        '<h2>Sagsfremstilling</h2><p>Runde om bordet.</p>' +
        '<p>Jørgen Smed (O) forlod mødet under behandlingen af punktet. Kl. 16.10.</p>' +
        '<h3>Protokolbemærkning</h3><p>En bemærkning fra et medlem, der siden er udtrådt.</p>' +
        '<h2>Bilag</h2>',
    );
  });

  it('prints a stedfortræder only for an absent member, and a malformed postponement date as stored', async () => {
    const meeting = fixtureMeeting();
    meeting.participants = meeting.participants.map((p) =>
      p.memberId === 'm2' ? { ...p, substitute: { name: 'Glemt Stedfortræder', label: '' } } : p.memberId === 'm4' ? { ...p, attendance: 'fravaerende', substitute: { name: 'Per Hansen', label: '' } } : p,
    );
    meeting.items[2]!.postponedFrom = { meetingId: 'mode-0', date: 'januar' };
    const { raw } = await render(fixtureCommittee(), meeting);
    expect(raw).toContain(
      'Mødedeltagere\tHolger Mikkelsen (A), Finn Lykkeskov (V), Svend Brandt, Karen Jensen (A) (stedfortræder for Carsten Dyhre Hansen), Per Hansen (stedfortræder for Jørgen Smed)\n',
    );
    expect(raw).toContain('Afbud\tCarsten Dyhre Hansen (A)\n');
    expect(raw).toContain('Fraværende\tJørgen Smed (O)\n');
    expect(raw).not.toContain('Glemt Stedfortræder');
    expect(raw).toContain('Punktet blev udsat fra mødet den januar.');
  });
});
