import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import type { DocumentFont } from '../../../shared/domain/committee.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT, styledFixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { randomMeeting } from '../../fixtures/export/randomMeeting.ts';
import { expectedModel } from './expectedModel.ts';
import { docxToPdfPages } from './libreOffice.ts';
import { COMBOS, comboName, seedInputs, type Combo, type Input } from './seedInputs.ts';
import { cachedPageRefs, zipEntries } from './zipEntries.ts';

type Case = Input & Combo & { font: DocumentFont };
type Layout = Case & { pages: string[]; cached: Map<string, number>; headings: string[]; bookmarks: string[] };

/**
 * Fonts LibreOffice has here with Word's metrics (Carlito for Calibri,
 * Liberation Sans for Arial, Liberation Serif for Times New Roman): for these,
 * LibreOffice's pages are Word's, so the numbers written into the file (what
 * Word shows) can be checked against them. Georgia and Garamond are drawn
 * with other fonts here, so only LibreOffice's own numbers are checked.
 */
const WORD_METRICS: readonly DocumentFont[] = ['Calibri', 'Arial', 'Times New Roman'];

const lines = (page: string): string[] =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** TOC entries as LibreOffice rendered them: `Title.......12` (a wrapped title gives its last line). */
function tocEntries(pages: string[]): { title: string; page: number }[] {
  const tocPage = pages.findIndex((p) => p.includes('Indholdsfortegnelse'));
  return lines(pages[tocPage]!).flatMap((line) => {
    const m = /^(.*?)\.{3,}\s*(\d+)$/.exec(line);
    return m ? [{ title: m[1]!, page: Number(m[2]) }] : [];
  });
}

/** Text without white space: a heading wrapped at a hyphen (`IT-` / `samarbejde`) compares equal to the unwrapped one. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** 1-based page whose body (below the running header) starts with the heading, or 0. */
function pageOfHeading(pages: string[], heading: string): number {
  return pages.findIndex((p, i) => i > 1 && squeeze(lines(p).slice(1).join('')).startsWith(squeeze(heading))) + 1;
}

describe('referat laid out by LibreOffice (Carlito for Calibri)', () => {
  const layouts: Record<string, Layout> = {};
  const all = (): Layout[] => Object.values(layouts);

  beforeAll(async () => {
    const inputs: Record<string, Input> = {
      appended: { committee: fixtureCommittee('medUdvalgOgDato'), meeting: fixtureMeeting() },
      signatureItem: { committee: fixtureCommittee('kort'), meeting: fixtureMeeting({ withSignatureItem: true }) },
      ...seedInputs(),
    };
    const cases: Record<string, Case> = {};
    // Every meeting in every variant, in the default font...
    for (const [name, input] of Object.entries(inputs)) {
      for (const combo of COMBOS) cases[`${name}/${comboName(combo)}`] = { ...input, ...combo, font: 'Calibri' };
    }
    // ...and the fixture with a logo in each font a template can choose.
    for (const font of ['Calibri', 'Arial', 'Times New Roman', 'Georgia', 'Garamond'] as const) {
      cases[`logo-${font}`] = { committee: styledFixtureCommittee(font), meeting: fixtureMeeting(), ...COMBOS[0]!, font };
    }
    const buffers: Record<string, Buffer> = {};
    for (const [name, c] of Object.entries(cases)) buffers[name.replace(/[^\w-]/g, '_')] = await buildReferatDocx({ ...c, generatedAt: GENERATED_AT });
    const pdfs = docxToPdfPages(buffers);
    for (const [name, c] of Object.entries(cases)) {
      const key = name.replace(/[^\w-]/g, '_');
      const cached = cachedPageRefs(zipEntries(buffers[key]!).get('word/document.xml')!);
      const { headings, bookmarks } = expectedModel(c.committee, c.meeting, c);
      layouts[name] = { ...c, pages: pdfs[key]!, cached, headings, bookmarks };
    }
  }, 300_000);

  it('converts the fixture and the three seed protocols in four variants, and the fixture in five fonts', () => {
    expect(Object.keys(layouts)).toHaveLength(5 * 4 + 5);
  });

  it('prints each TOC page number as the page its item starts on', () => {
    for (const [name, { pages, headings }] of Object.entries(layouts)) {
      const toc = tocEntries(pages);
      expect(toc, name).toHaveLength(headings.length);
      const actual = headings.map((h) => pageOfHeading(pages, h));
      expect(actual.every((p) => p >= 3), name).toBe(true);
      expect(toc.map((e) => e.page), name).toEqual(actual);
      headings.forEach((heading, i) => expect(heading.endsWith(toc[i]!.title), name).toBe(true));
    }
  });

  // LibreOffice recomputes PAGEREF fields, Word shows what the file holds: both must agree.
  it('writes the same page numbers into the file, which is what Word shows without updating fields', () => {
    for (const [name, { pages, headings, bookmarks, cached, font }] of Object.entries(layouts)) {
      expect([...cached.keys()], name).toEqual(bookmarks);
      if (!WORD_METRICS.includes(font)) continue;
      expect(bookmarks.map((b) => cached.get(b)), name).toEqual(headings.map((h) => pageOfHeading(pages, h)));
    }
  });

  it('has several multi-page items, so the numbers are not just consecutive', () => {
    const { pages, headings } = layouts['appended/referat-fuld']!;
    const starts = headings.map((h) => pageOfHeading(pages, h));
    const lengths = starts.map((start, i) => (starts[i + 1] ?? pages.length + 1) - start);
    expect(lengths.filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('starts every item at the top of a new page, below the running header', () => {
    for (const { committee, meeting, pages, headings, variant } of all()) {
      const label = variant === 'dagsorden' ? 'Dagsorden' : 'Referat';
      const header = new RegExp(`^${committee.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${label} ${formatDateShort(meeting.date)}$`);
      for (const heading of headings) {
        const page = pageOfHeading(pages, heading);
        expect(page, heading).toBeGreaterThan(2);
        expect(lines(pages[page - 1]!)[0]).toMatch(header);
      }
    }
  });

  it('numbers the pages `Side X af Y` in the footer, and keeps the header off the front page', () => {
    for (const { committee, meeting, pages, variant } of all()) {
      pages.forEach((page, i) => expect(page).toMatch(new RegExp(`Side ${i + 1} af ${pages.length}\\s*$`)));
      expect(pages[0]).not.toMatch(/(Referat|Dagsorden) \d{2}-\d{2}-\d{4}/);
      const title = `${variant === 'dagsorden' ? 'DAGSORDEN' : 'REFERAT'} ${committee.name} d. ${formatDateShort(meeting.date)}`;
      expect(squeeze(lines(pages[0]!).join('')).startsWith(squeeze(title))).toBe(true);
      expect(lines(pages[1]!)[1]).toBe('Indholdsfortegnelse');
    }
  });

  it('restarts ordered lists and starts them where asked', () => {
    const text = layouts['appended/referat-fuld']!.pages.join('\n');
    expect(text).toMatch(/4\.\s+Opgavesnit/);
    expect(text).toMatch(/1\.\s+Selskabsform/);
    expect(text).toMatch(/2\.\s+Stiftelsesdokumenter/);
    expect(text).toMatch(/5\.\s+Økonomisk ramme/);
    expect(text).toMatch(/6\.\s+Bemanding/);
  });
});

/**
 * Our page layout (layout/referatPageNumbers) writes the numbers Word shows;
 * LibreOffice lays out the same file with the fonts' metric twins and
 * recomputes each PAGEREF. On random meetings (lists, nested lists, tables
 * that break across pages, long words and URLs, headings, quotes, code) the
 * two must agree (without the words the two break differently, see
 * randomMeeting). A fixed seed keeps CI on the same meetings; FC_LO_SEED and
 * FC_LO_RUNS try others.
 */
describe('our page numbers on random meetings, laid out by LibreOffice', () => {
  it('are the pages LibreOffice puts every item on', () => {
    const samples = fc.sample(fc.tuple(randomMeeting(6, { forLibreOffice: true }), fc.constantFrom(...WORD_METRICS)), {
      seed: Number(process.env.FC_LO_SEED ?? 20261123),
      numRuns: Number(process.env.FC_LO_RUNS ?? 40),
    });
    return (async () => {
      const buffers: Record<string, Buffer> = {};
      for (const [i, [meeting, font]] of samples.entries()) {
        buffers[`random-${i}`] = await buildReferatDocx({ committee: styledFixtureCommittee(font, false), meeting, generatedAt: GENERATED_AT });
      }
      const pdfs = docxToPdfPages(buffers);
      for (const [i, [meeting, font]] of samples.entries()) {
        const name = `random-${i}`;
        const cached = cachedPageRefs(zipEntries(buffers[name]!).get('word/document.xml')!);
        const { headings, bookmarks } = expectedModel(styledFixtureCommittee(font, false), meeting, COMBOS[0]!);
        const pages = pdfs[name]!;
        expect(bookmarks.map((b) => cached.get(b)), name).toEqual(headings.map((h) => pageOfHeading(pages, h)));
        expect(headings.length, name).toBeGreaterThan(1);
      }
    })();
  }, 600_000);
});
