import { describe, expect, it } from 'vitest';
import { recogniseMeeting } from '../../../electron/core/import/recogniseMeeting.ts';
import { ImportFailure } from '../../../electron/core/import/importFailure.ts';
import { paragraphBlock, type DocBlock, type ParagraphBlock, type TableBlock } from '../../../electron/core/import/sourceDocument.ts';
import { parseCaseNumber } from '../../../electron/core/import/caseNumber.ts';
import { findDate, findTime } from '../../../electron/core/import/danishDates.ts';
import { parseParticipants } from '../../../electron/core/import/participants.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';

/** Blocks as a reader would give them, written compactly: `# ` a large bold line, `## ` a bold line, `> ` italic. */
function blocks(...lines: (string | DocBlock)[]): DocBlock[] {
  return lines.map((line): DocBlock => {
    if (typeof line !== 'string') return line;
    if (line.startsWith('# ')) return p(line.slice(2), { bold: true, fontSize: 14, runs: [{ text: line.slice(2), bold: true }] });
    if (line.startsWith('## ')) return p(line.slice(3), { bold: true, runs: [{ text: line.slice(3), bold: true }] });
    if (line.startsWith('> ')) return p(line.slice(2), { italic: true, runs: [{ text: line.slice(2), italic: true }] });
    return p(line);
  });
}

function p(text: string, fields: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return paragraphBlock({ runs: [{ text }], fontSize: 11, ...fields });
}

function table(...rows: string[][]): TableBlock {
  return { type: 'table', rows: rows.map((cells) => ({ cells: cells.map((text) => ({ blocks: text ? [p(text)] : [], colSpan: 1, rowSpan: 1, header: false })) })) };
}

const recognise = (...lines: (string | DocBlock)[]) => recogniseMeeting({ format: 'docx', blocks: blocks(...lines), bodyFontSize: 11, pageCount: null });
const u = importText.uncertain;

describe('the meeting recogniser', () => {
  it('reads a front block laid out as a table, with Afbud, Fraværende and a stedfortræder', () => {
    const m = recognise(
      '# DAGSORDEN Børne- og Skoleudvalget d. 12-06-2025',
      table(['Mødetidspunkt', 'Torsdag d. 12. juni 2025 kl. 16.00'], ['Mødested', 'Byrådssalen'], ['Til stede', 'Anne Hansen (A), Bo Madsen (V), Eva Holm (A) (stedfortræder for Carl Berg)'], ['Afbud', 'Carl Berg (A)'], ['Fraværende', 'Dan Dam (O)']),
      '# Punkt 42: Godkendelse af dagsorden',
      '25/111',
      '## Beslutning',
      'Godkendt.',
    );
    expect(m).toMatchObject({ documentKind: 'dagsorden', bodyName: 'Børne- og Skoleudvalget', date: '2025-06-12', time: '16:00', location: 'Byrådssalen' });
    expect(m.participants.map((x) => [x.name, x.label, x.attendance, x.substituteFor])).toEqual([
      ['Anne Hansen', 'A', 'til_stede', null],
      ['Bo Madsen', 'V', 'til_stede', null],
      ['Eva Holm', 'A', 'til_stede', 'Carl Berg'],
      ['Carl Berg', 'A', 'afbud', null],
      ['Dan Dam', 'O', 'fravaerende', null],
    ]);
  });

  it('keeps running numbers as printed, and marks a gap in them', () => {
    const m = recognise('# REFERAT Økonomiudvalget d. 17-06-2025', '# Punkt 42: Første', '25/1', '## Beslutning', 'Godkendt', '# Punkt 43: Anden', '25/2', '# Punkt 45: Fjerde', '25/4');
    expect(m.items.map((i) => i.number)).toEqual(['42', '43', '45']);
    expect(m.items[2]!.uncertain).toContain(u.numberGap('43', '45'));
  });

  it('reads closed items marked before or after the title, and sub-items', () => {
    const m = recognise('# REFERAT Byrådet d. 01-09-2025', '# Punkt 1: Lukket: Salg af grund', '# Punkt 2: Personalesag (Lukket punkt)', '# Punkt 2.a: Opfølgning', '# Punkt 3: Åben sag');
    expect(m.items.map((i) => [i.number, i.title, i.closed, i.subItem])).toEqual([
      ['1', 'Salg af grund', true, false],
      ['2', 'Personalesag', true, false],
      ['2.a', 'Opfølgning', false, true],
      ['3', 'Åben sag', false, false],
    ]);
  });

  it('finds items numbered without the word Punkt, when they are bold and rise one by one', () => {
    const m = recognise('# REFERAT Direktionen d. 16-03-2026', '## 1. Godkendelse af dagsorden', '## Beslutning', 'Godkendt', '## 2. Eventuelt', '## Beslutning', 'Intet.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkendelse af dagsorden'],
      ['2', 'Eventuelt'],
    ]);
  });

  it('reads the decision heading with body and date, and marks a decision dated another day', () => {
    const m = recognise('# REFERAT Teknisk Udvalg d. 03-02-2026', '# Punkt 1: Vejplan', '26/9', '## Beslutning i Teknisk Udvalg den 3. februar 2026', 'Godkendt', '# Punkt 2: Budget', '26/10', '## Beslutning i Teknisk Udvalg den 10-02-2026', 'Anbefales');
    expect(m.decisionHeading).toBe('medUdvalgOgDato');
    expect(m.items[0]!.sections[0]).toMatchObject({ heading: 'Beslutning i Teknisk Udvalg den 3. februar 2026', title: 'Beslutning', kind: 'beslutning' });
    expect(m.items[1]!.uncertain).toContain(u.decisionDateDiffers('10-02-2026'));
  });

  it('reads known headings even in plain text, makes unknown bold lines sub-headings inside a section, and marks guesses', () => {
    const m = recognise(
      '# REFERAT Chefforum d. 28-01-2026',
      '# Punkt 1: Status',
      '00.30.04-Ø00-21-26',
      '## Sagens forløb',
      'Tekst før de kendte overskrifter.',
      'Sagsfremstilling',
      'Første afsnit.',
      '## Juridiske aspekter',
      'Andet afsnit.',
      '> Tidsplan',
      'Tredje afsnit.',
      '## Beslutning',
      'Drøftet.',
    );
    const [own, sagsfremstilling, decision] = m.items[0]!.sections;
    expect(own).toMatchObject({ heading: 'Sagens forløb', kind: 'tekst', uncertain: [u.unknownHeading('Sagens forløb')] });
    expect(sagsfremstilling!.body.content!.filter((n) => n.type === 'heading').map((n) => [docToPlainText(n), n.attrs?.level])).toEqual([
      ['Juridiske aspekter', 3],
      ['Tidsplan', 4],
    ]);
    expect(sagsfremstilling!.uncertain).toEqual([u.subHeading('Juridiske aspekter', 'Sagsfremstilling')]);
    expect(docToPlainText(decision!.body)).toBe('Drøftet.');
  });

  it('reads absences under the decision and protokolbemærkninger, naming only participants', () => {
    const m = recognise(
      '# REFERAT Byrådet d. 01-09-2025',
      'Mødedeltagere\tAnne Hansen (A), Bo Madsen (V)',
      '# Punkt 1: Lokalplan',
      '25/1',
      '## Beslutning',
      'Vedtaget.',
      'Anne Hansen (A) deltog ikke i behandlingen af punktet (inhabil). Hun ejer en nabogrund.',
      'Kim Larsen deltog ikke i behandlingen af punktet.',
      '## Protokolbemærkning',
      p('Bo Madsen (V): Venstre stemmer imod.', { runs: [{ text: 'Bo Madsen (V): ', bold: true }, { text: 'Venstre stemmer imod.' }] }),
    );
    const item = m.items[0]!;
    expect(item.absences).toEqual([{ name: 'Anne Hansen', reason: 'inhabil', note: 'Hun ejer en nabogrund.' }]);
    expect(item.remarks).toEqual([{ name: 'Bo Madsen', text: 'Venstre stemmer imod.' }]);
    // A sentence about someone who was not at the meeting stays text of the decision.
    expect(docToPlainText(item.sections[0]!.body)).toBe('Vedtaget.\nKim Larsen deltog ikke i behandlingen af punktet.');
  });

  it('drops the table of contents and marks when it does not match the items', () => {
    const m = recognise('# REFERAT Byrådet d. 01-09-2025', '## Indholdsfortegnelse', 'Første.........3', 'Anden..........4', 'Tredje.........5', '# Punkt 1: Første', '# Punkt 2: Anden');
    expect(m.items).toHaveLength(2);
    expect(m.uncertain).toContain(u.tocMismatch(2, 3));
  });

  it('reads a Sagsgang grid and a Bilag list', () => {
    const m = recognise(
      '# REFERAT Byrådet d. 01-09-2025',
      '# Punkt 1: Skolestruktur',
      '25/1',
      '## Sagsgang',
      table(['', 'BSU', 'ØU', 'KB'], ['Indstilling', 'X', '', ''], ['Beslutning', '', '', 'X']),
      '## Bilag',
      '• Høringssvar.pdf',
      'Lukket bilag: Økonomi.xlsx',
    );
    expect(m.items[0]!.caseFlow).toEqual({ bodies: ['BSU', 'ØU', 'KB'], steps: [{ step: 'Indstilling', bodies: ['BSU'] }, { step: 'Beslutning', bodies: ['KB'] }], asTable: true });
    expect(m.items[0]!.attachments).toEqual([
      { name: 'Høringssvar.pdf', closed: false },
      { name: 'Lukket bilag: Økonomi.xlsx', closed: true },
    ]);
  });

  it('says where it had to guess the kind, the date and the rest of the front block', () => {
    const m = recognise('# Punkt 1: Første', '## Beslutning', 'Godkendt');
    expect(m.documentKind).toBe('referat');
    expect([...m.uncertain].sort()).toEqual([u.kindGuessed, u.noTitle, u.noDate, u.noTime, u.noLocation, u.noParticipants].sort());
  });

  it('reads the vote under the decision into the item, by party or by member, and leaves the decision as written', () => {
    const m = recognise(
      '# REFERAT Byrådet d. 03-02-2026',
      'Mødedeltagere: Anne Hansen (A), Bo Madsen (V), Eva Holm (Ø)',
      '# Punkt 1: Budget',
      '26/1',
      '## Beslutning',
      'Anbefales.',
      'For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).',
      '# Punkt 2: Vejnavne',
      '26/2',
      '## Beslutning',
      'Godkendt.',
      'For stemte: Anne Hansen, Bo Madsen (2). Imod stemte: Eva Holm (1).',
      '# Punkt 3: Skolestruktur',
      '26/3',
      '## Sagsfremstilling',
      'For stemte: A (1).',
    );
    expect(m.items[0]!.vote).toEqual({ by: 'parti', for: { who: ['A', 'V'], count: 7 }, imod: { who: ['Ø'], count: 2 }, undlod: { who: ['C'], count: 1 } });
    expect(docToPlainText(m.items[0]!.sections[0]!.body)).toBe('Anbefales.');
    expect(m.items[1]!.vote).toEqual({ by: 'medlem', for: { who: ['Anne Hansen', 'Bo Madsen'], count: 2 }, imod: { who: ['Eva Holm'], count: 1 }, undlod: { who: [], count: 0 } });
    // Only under a decision: elsewhere such a line is text.
    expect(m.items[2]!.vote).toBeNull();
    expect(docToPlainText(m.items[2]!.sections[0]!.body)).toBe('For stemte: A (1).');
  });

  it('reads a closed item’s printed reason into closedReason, as a usual ground or in its own words', () => {
    const m = recognise(
      '# REFERAT Byrådet d. 03-02-2026',
      '# Punkt 1: Lukket: Personalesag',
      '26/1',
      'Lukket punkt. Begrundelse: Personalesag',
      '## Sagsfremstilling',
      'Tekst.',
      '# Punkt 2: Lukket: Grundsalg',
      '26/2',
      'Lukket punkt. Begrundelse: Forhandling med en privat køber',
      '## Beslutning',
      'Godkendt.',
    );
    expect(m.items.map((i) => [i.closed, i.closedReason])).toEqual([
      [true, { ground: 'personalesag', text: '' }],
      [true, { ground: 'andet', text: 'Forhandling med en privat køber' }],
    ]);
    expect(m.items.map((i) => i.sections.map((s) => s.heading))).toEqual([['Sagsfremstilling'], ['Beslutning']]);
  });

  it('reads a Sagsgang with the body’s own rows under its heading, and where the items place it', () => {
    const flow = table(['', 'MNBU', 'KB'], ['Høring', 'X', ''], ['Beslutning', '', 'X']);
    const m = recognise(
      '# REFERAT Miljøudvalget d. 03-02-2026',
      '# Punkt 1: Affald',
      '26/1',
      '## Sagsgang',
      flow,
      '## Indstilling',
      'Godkendes.',
      '## Beslutning',
      'Godkendt.',
      '# Punkt 2: Støj',
      '26/2',
      '## Sagsgang',
      flow,
      '## Sagsfremstilling',
      'Tekst.',
    );
    expect(m.items[0]!.caseFlow).toEqual({ bodies: ['MNBU', 'KB'], steps: [{ step: 'Høring', bodies: ['MNBU'] }, { step: 'Beslutning', bodies: ['KB'] }], asTable: true });
    expect(m.caseFlowPlacement).toBe('foerst');
    // Without its heading, a grid with rows of its own is an ordinary table.
    const loose = recognise('# REFERAT Miljøudvalget d. 03-02-2026', '# Punkt 1: Affald', '26/1', '## Sagsfremstilling', flow);
    expect(loose.items[0]!.caseFlow).toBeNull();
    expect(loose.caseFlowPlacement).toBeNull();
  });

  it('drops Referent’s approval heading and sentence on the Underskriftsside with the signature table, and keeps the item’s own text', () => {
    const m = recognise(
      '# REFERAT Byrådet d. 03-02-2026',
      '# Punkt 1: Underskriftsside',
      '26/1',
      '## Sagsresume',
      'Underskrifter indsamles elektronisk.',
      '## Godkendelse af beslutningsprotokollen',
      'Byrådet skal godkende beslutningsprotokollen. For at godkende skal hvert udvalgsmedlem underskrive ved at trykke Godkend.',
      table(['Udvalgsmedlem', 'Godkendelse'], ['Anne Hansen (A)', 'Godkendt 03-02-2026 kl. 16:00']),
      'Fingeraftryk: 1a2b 3c4d – godkendelserne gælder referatet med dette fingeraftryk.',
    );
    expect(m.items[0]!.sections.map((s) => [s.heading, docToPlainText(s.body)])).toEqual([['Sagsresume', 'Underskrifter indsamles elektronisk.']]);
    expect(m.items[0]!.sections[0]!.uncertain).toEqual([]);
    expect(m.approvedOn).toBe('2026-02-03');
  });

  it('refuses a document without items', () => {
    expect(() => recognise('Kære borger', 'Tak for din henvendelse.')).toThrow(ImportFailure);
  });
});

describe('the pieces it reads with', () => {
  it('case numbers in any scheme, but not dates, amounts or words', () => {
    for (const n of ['25/30730', '26-000257', '00.22.00-G01-2-24', '85.15.00-A00-1-24', '00.30.04-Ø00-21-26', 'Sagsnr.: 25/30730', 'J.nr. 2025-123']) expect(parseCaseNumber(n), n).not.toBeNull();
    expect(parseCaseNumber('Sagsnr.: 25/30730')).toBe('25/30730');
    for (const n of ['03-02-2026', '2026', '1.000', 'IT-drift', 'Godkendt', 'Punkt 220, Kommissorier']) expect(parseCaseNumber(n), n).toBeNull();
  });

  it('Danish dates and times as the protocols write them, and no date that does not exist', () => {
    expect(findDate('Tirsdag d. 03. februar 2026 kl. 14:30')?.date).toBe('2026-02-03');
    expect(findDate('den 3.2.2026')?.date).toBe('2026-02-03');
    expect(findDate('2026-02-03')?.date).toBe('2026-02-03');
    expect(findDate('31-02-2026')).toBeNull();
    expect(findTime('Tirsdag d. 03. februar 2026 kl. 14.30-16.00')).toBe('14:30');
    expect(findTime('kl. 9')).toBe('09:00');
  });

  it('participants with titles that contain commas, and a final `og`', () => {
    expect(parseParticipants('Henrik Harder (Kommunaldirektør), Kristine Klæbel (Direktør By, Kultur, Miljø & Beskæftigelse) og Lise Bayer', 'til_stede').map((x) => [x.name, x.label])).toEqual([
      ['Henrik Harder', 'Kommunaldirektør'],
      ['Kristine Klæbel', 'Direktør By, Kultur, Miljø & Beskæftigelse'],
      ['Lise Bayer', ''],
    ]);
  });
});
