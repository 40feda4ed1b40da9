import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { CLOSED_REASON_LINE, fixtureCommittee, fixtureMeeting, GENERATED_AT, VOTE_LINE } from '../../fixtures/export/referatFixture.ts';
import { COMBOS, comboName, type Combo } from './seedInputs.ts';
import { zipEntries } from './zipEntries.ts';

type Rendered = { raw: string; html: string; xml: string };

async function render(committee: Committee, meeting: Meeting, combo: Combo = COMBOS[0]!): Promise<Rendered> {
  const buffer = await buildReferatDocx({ committee, meeting, ...combo, generatedAt: GENERATED_AT });
  const [raw, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { raw: raw.value, html: html.value, xml: zipEntries(buffer).get('word/document.xml')! };
}

const itemHtml = (html: string, number: number): string => html.split('<h1>').find((chunk) => chunk.includes(`Punkt ${number}: `))!;

describe('votes and the reason a closed item is closed (issue 15, points 12 and 13)', () => {
  const rendered: Record<string, Rendered> = {};
  beforeAll(async () => {
    for (const combo of COMBOS) rendered[comboName(combo)] = await render(fixtureCommittee(), fixtureMeeting(), combo);
  }, 60_000);

  it('prints the vote right under the decision in every referat, never in a dagsorden', () => {
    for (const audience of ['fuld', 'offentlig'] as const) {
      expect(itemHtml(rendered[`referat-${audience}`]!.html, 12)).toContain(`<li>Udvalget orienteres løbende.</li></ul><p>${VOTE_LINE}</p>`);
      expect(rendered[`dagsorden-${audience}`]!.raw).not.toContain('stemte');
    }
  });

  it('prints a member vote by name, counting the names', async () => {
    const meeting = fixtureMeeting();
    meeting.items[1]!.vote = { by: 'medlem', for: { who: ['m1', 'm3'], count: 0 }, imod: { who: ['m4'], count: 0 }, undlod: { who: [], count: 0 } };
    const { raw } = await render(fixtureCommittee(), meeting);
    expect(raw).toContain('For stemte: Holger Mikkelsen, Carsten Dyhre Hansen (2). Imod stemte: Jørgen Smed (1).');
  });

  it('prints why a closed item is closed under its case number in the full version only', () => {
    for (const variant of ['referat', 'dagsorden'] as const) {
      expect(itemHtml(rendered[`${variant}-fuld`]!.html, 13)).toContain(`81.00.00-A00-3-26</p><p>${CLOSED_REASON_LINE}</p>`);
      expect(rendered[`${variant}-offentlig`]!.raw).not.toContain('Begrundelse');
    }
  });

  it('prints `andet` with the secretary’s own text', async () => {
    const meeting = fixtureMeeting();
    meeting.items[3]!.closedReason = { ground: 'andet', text: 'Forhandlingssag med en leverandør' };
    expect((await render(fixtureCommittee(), meeting)).raw).toContain('Lukket punkt. Begrundelse: Forhandlingssag med en leverandør');
  });
});

describe('as the councils print it (issue 15, points 15–18)', () => {
  it('puts the Sagsgang where the template says: first, after the Indstilling, or last', async () => {
    const order = async (placement: 'foerst' | 'efterIndstilling' | 'sidst' | undefined) => {
      const committee = fixtureCommittee();
      if (placement) committee.template.caseFlowPlacement = placement;
      const item = itemHtml((await render(committee, fixtureMeeting())).html, 12);
      return [...item.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    };
    const decision = 'Beslutning i Organisations- og Beredskabsudvalget den 03-02-2026';
    expect(await order(undefined)).toEqual(['Sagsresume', 'Indstilling', 'Sagsgang', 'Sagsfremstilling', decision, 'Bilag']);
    expect(await order('foerst')).toEqual(['Sagsgang', 'Sagsresume', 'Indstilling', 'Sagsfremstilling', decision, 'Bilag']);
    expect(await order('sidst')).toEqual(['Sagsresume', 'Indstilling', 'Sagsfremstilling', decision, 'Sagsgang', 'Bilag']);
  });

  it('prints the body’s own Sagsgang rows, such as Høring', async () => {
    const meeting = fixtureMeeting();
    meeting.items[2]!.caseFlow = {
      bodies: ['MNBU', 'ØU', 'KB'],
      steps: [
        { step: 'Høring', bodies: ['MNBU'] },
        { step: 'Beslutning', bodies: ['KB'] },
      ],
      asTable: true,
    };
    const { html } = await render(fixtureCommittee(), meeting);
    const grid = /<h2>Sagsgang<\/h2>(<table>.*?<\/table>)/.exec(itemHtml(html, 12))![1]!;
    expect(grid).toContain('<td><p>Høring</p></td><td><p>X</p></td>');
    expect(grid).toContain('<strong>MNBU</strong>');
  });

  it('gives the approval sentence on an Underskriftsside item a heading of its own, and leaves it out where the item says it', async () => {
    const meeting = fixtureMeeting({ withSignatureItem: true });
    const signature = meeting.items.at(-1)!;
    signature.sections.push({ id: 'sig-d', title: 'Beslutning', kind: 'beslutning', body: docFromParagraphs('Godkendt') });
    const own = itemHtml((await render(fixtureCommittee(), meeting)).html, 16);
    expect(own).toContain(
      '<p>Godkendt</p><h2>Godkendelse af beslutningsprotokollen</h2><p>Organisations- og Beredskabsudvalget skal godkende beslutningsprotokollen.',
    );
    signature.sections[0]!.body = docFromParagraphs('Udvalget skal godkende beslutningsprotokollen ved at trykke Godkend.');
    const said = itemHtml((await render(fixtureCommittee(), meeting)).html, 16);
    expect(said).not.toContain('Godkendelse af beslutningsprotokollen');
    expect(said.match(/godkende beslutningsprotokollen/g)).toHaveLength(1);
  });

  it('never breaks the title inside the date: a no-break space after `d.` and non-breaking hyphens', async () => {
    const committee = fixtureCommittee();
    committee.name = '§17,4 Udvalget for digitalisering, beredskab, klima, miljø og bæredygtig byudvikling';
    const { xml } = await render(committee, fixtureMeeting());
    const title = /<w:pStyle w:val="Title"\/>.*?<\/w:p>/s.exec(xml)![0];
    const text = [...title.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe(`REFERAT ${committee.name.replace('&', '&amp;')} d.\u00a003\u201102\u20112026`);
  });

  it('numbers the TOC entries as the items when the template asks for it', async () => {
    const plain = (await render(fixtureCommittee(), fixtureMeeting())).raw;
    expect(plain).toContain('\nGodkendelse af dagsorden\t');
    const committee = fixtureCommittee();
    committee.template.tocItemNumbers = true;
    const { raw } = await render(committee, fixtureMeeting());
    const toc = raw.slice(raw.indexOf('Indholdsfortegnelse'), raw.indexOf('Punkt 10: Godkendelse af dagsorden\n'));
    expect(toc).toContain('Punkt 10: Godkendelse af dagsorden\t');
    expect(toc).toContain('Punkt 13: Lukket: Personalesag\t');
  });
});
