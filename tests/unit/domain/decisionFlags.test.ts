import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureMeeting } from '../../fixtures/export/referatFixture.ts';
import { decisionFlags, proposalSection } from '../../../shared/domain/decisionFlags.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import type { AgendaItem, Section } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs, emptyDoc, isDocEmpty } from '../../../shared/text/richText.ts';

const section = (id: string, title: string, kind: Section['kind'], text?: string): Section => ({
  id,
  title,
  kind,
  body: text === undefined ? emptyDoc() : docFromParagraphs(text),
});

/** An item with an Indstilling and a Beslutning section; `undefined` leaves a section out, '' leaves it empty. */
function item(recommendation: string | undefined, decision: string | undefined, proposalTitle = 'Indstilling'): AgendaItem {
  const sections: Section[] = [];
  if (recommendation !== undefined) sections.push(section('s1', proposalTitle, 'tekst', recommendation === '' ? undefined : recommendation));
  if (decision !== undefined) sections.push(section('s2', 'Beslutning', 'beslutning', decision === '' ? undefined : decision));
  return newAgendaItem({ id: 'i1', title: 'Punkt', sections });
}

describe('decision flags', () => {
  it('flags nothing without a recommendation to compare with', () => {
    expect(decisionFlags(item(undefined, 'Godkendt'))).toEqual([]);
    expect(decisionFlags(item('', 'Noget helt andet'))).toEqual([]);
    expect(decisionFlags(item(undefined, undefined))).toEqual([]);
  });

  it('flags a recommendation without a decision', () => {
    expect(decisionFlags(item('Direktøren indstiller, at sagen godkendes.', ''))).toEqual(['noDecision']);
    expect(decisionFlags(item('Direktøren indstiller, at sagen godkendes.', undefined))).toEqual(['noDecision']);
  });

  it('accepts a plain yes that answers what the recommendation asks for', () => {
    const approve = 'Direktøren indstiller, at planen godkendes.';
    for (const decision of ['Godkendt', 'Godkendt.', 'godkendes', 'Indstillingen godkendt', 'Indstillingen er godkendt', 'Godkendt som indstillet', '  GODKENDT!  ']) {
      expect(decisionFlags(item(approve, decision)), decision).toEqual([]);
    }
    expect(decisionFlags(item('Forvaltningen indstiller, at orienteringen tages til efterretning.', 'Taget til efterretning'))).toEqual([]);
    expect(decisionFlags(item('Til orientering.', 'Orienteringen er taget til efterretning.'))).toEqual([]);
    expect(decisionFlags(item('At udvalget drøfter oplægget.', 'Drøftet'))).toEqual([]);
    expect(decisionFlags(item('At udvalget drøfter oplægget.', 'Drøftedes.'))).toEqual([]);
  });

  it('lets Anbefales and Tiltrådt answer any recommendation', () => {
    const anything = 'Direktøren indstiller, at orienteringen tages til efterretning.';
    for (const decision of ['Anbefales', 'Anbefalet', 'Anbefales godkendt', 'Anbefalet som indstillet', 'Anbefales som indstillet', 'Tiltrådt', 'Tiltrådt som indstillet', 'Indstillingen er tiltrådt']) {
      expect(decisionFlags(item(anything, decision)), decision).toEqual([]);
    }
  });

  it('a plain yes adopts any recommendation; a mere noting where a decision was asked for is a departure', () => {
    for (const yes of ['Godkendt', 'Tiltrådte indstillingen.', 'Anbefales']) {
      expect(decisionFlags(item('Forvaltningen indstiller, at orienteringen tages til efterretning.', yes)), yes).toEqual([]);
      expect(decisionFlags(item('At udvalget drøfter oplægget.', yes)), yes).toEqual([]);
    }
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Taget til efterretning'))).toEqual(['differs']);
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Drøftet'))).toEqual(['differs']);
  });

  it('flags a decision that amends, conditions, rejects or postpones the recommendation', () => {
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Godkendt med den ændring, at fristen rykkes.'))).toEqual(['differs']);
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Udsat.'))).toEqual(['differs']);
  });

  it('finds the recommendation by its title, among text sections only', () => {
    expect(proposalSection(item('At planen godkendes.', 'Godkendt', 'Indstillinger'))?.title).toBe('Indstillinger');
    expect(proposalSection(item('At planen godkendes.', 'Godkendt', '  indstilling fra direktionen'))?.title).toBe('  indstilling fra direktionen');
    expect(proposalSection(item('At planen godkendes.', 'Godkendt', 'Sagsfremstilling'))).toBeUndefined();
    expect(decisionFlags(item('At planen godkendes.', 'Noget andet', 'Sagsfremstilling'))).toEqual([]);
    const decisionTitledIndstilling = newAgendaItem({ id: 'i', title: 'T', sections: [section('s', 'Indstilling', 'beslutning', 'Godkendt')] });
    expect(proposalSection(decisionTitledIndstilling)).toBeUndefined();
  });
});

/**
 * Issue 12, point 8, measured: on the seeds (the three real protocols), the
 * export fixture and the stored fixtures of every schema version, no decision
 * that follows its recommendation is flagged; and each real departure is.
 */
describe('decision flags measured on the seeds and fixtures', () => {
  const root = join(process.cwd());
  const meetingFiles = [
    ...readdirSync(join(root, 'seeds', 'meetings')).map((f) => join(root, 'seeds', 'meetings', f)),
    ...['store-v3', 'store-v4'].flatMap((v) => readdirSync(join(root, 'tests', 'fixtures', v, 'meetings')).map((f) => join(root, 'tests', 'fixtures', v, 'meetings', f))),
  ];
  const items: { where: string; item: AgendaItem }[] = [
    ...meetingFiles.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')).meeting.items as AgendaItem[]).map((i) => ({ where: `${file.split('/').slice(-3).join('/')}: ${i.title}`, item: i }))),
    ...fixtureMeeting().items.map((i) => ({ where: `referatFixture: ${i.title}`, item: i })),
  ];

  it('flags no decision that follows its recommendation (every item of the seeds and fixtures)', () => {
    const compared = items.filter(({ item: i }) => decisionFlags(i).length > 0 || (proposalSection(i) && !isDocEmpty(proposalSection(i)!.body)));
    const flagged = items.filter(({ item: i }) => decisionFlags(i).includes('differs')).map(({ where }) => where);
    console.log(`Punkter med indstilling og beslutning: ${compared.length}; markeret »afviger«: ${flagged.length}`);
    // Every decision in these protocols follows its recommendation (read off the published protocols).
    expect(flagged).toEqual([]);
    expect(compared.length).toBeGreaterThanOrEqual(20);
  });

  // The recommendations the seeds print, each with decisions that follow it and decisions that depart from it.
  const approve = 'Kommunaldirektøren indstiller, at dagsordenen godkendes.';
  const note = 'Kommunaldirektøren indstiller, at orienteringen tages til efterretning.';
  const discuss = 'Kommunaldirektøren indstiller, at punktet drøftes.';
  const recommend = 'Kommunaldirektøren indstiller, at kommunalbestyrelsen godkender, at Kalundborg Kommune indgår i samarbejdet.';
  const follows: [string, string][] = [
    ...[approve, note, discuss, recommend].flatMap((r): [string, string][] => ['Godkendt', 'Tiltrådte indstillingen.', 'Tiltrådt', 'Anbefales.', 'Indstillingen godkendt', 'Godkendt som indstillet'].map((d) => [r, d])),
    [note, 'Taget til efterretning'],
    [note, 'Orienteringen er taget til efterretning.'],
    [discuss, 'Drøftet'],
    [discuss, 'Intet at bemærke'],
    [discuss, 'Ingen bemærkninger.'],
    [approve, 'Chefforum godkendte dagsorden og referat.'],
    [note, 'Økonomi & Indkøb præsenterede mulighederne i arbejdet, og orienteringen blev taget til efterretning.'],
    [discuss, 'Punktet blev drøftet, og Chefforum besluttede, at der afholdes et kursus.'],
    [discuss, 'Chefforum besluttede, at middagen på dag 1 i stedet skal være en fællesfrokost.'],
  ];
  const departs: [string, string][] = [
    [approve, 'Godkendt med den ændring, at fristen rykkes.'],
    [approve, 'Godkendt med følgende tilføjelse: punkt 7 behandles først.'],
    [approve, 'Godkendt, dog således at bilag 2 udgår.'],
    [approve, 'Ikke godkendt.'],
    [approve, 'Forkastet.'],
    [approve, 'Udsat.'],
    [approve, 'Sagen sendes tilbage til forvaltningen.'],
    [recommend, 'Anbefales ikke.'],
    [recommend, 'Direktionen kunne ikke anbefale indstillingen.'],
    [recommend, 'Taget til efterretning.'],
    [recommend, 'Drøftet.'],
    [approve, 'Godkendt, bortset fra punkt 3.'],
    [approve, 'Godkendt under forudsætning af finansiering.'],
    [approve, 'Udvalget besluttede i stedet at sende sagen i høring.'],
  ];

  it('follows: no flag on any of the ways the seeds and the default phrases answer a recommendation', () => {
    const wrong = follows.filter(([r, d]) => decisionFlags(item(r, d)).length > 0);
    console.log(`Følger indstillingen: ${follows.length} prøvet, ${wrong.length} markeret`);
    expect(wrong).toEqual([]);
  });

  it('departs: a flag on each real departure', () => {
    const missed = departs.filter(([r, d]) => !decisionFlags(item(r, d)).includes('differs'));
    console.log(`Afviger fra indstillingen: ${departs.length} prøvet, ${departs.length - missed.length} markeret`);
    expect(missed).toEqual([]);
  });
});
