import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { itemNumber, type Meeting } from '../../../shared/domain/meeting.ts';
import { meetingFileSchema, rootFileSchema } from '../../../shared/domain/storeSchema.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT } from '../../fixtures/export/referatFixture.ts';
import { docxToPdfPages } from './libreOffice.ts';
import { cachedPageRefs, zipEntries } from './zipEntries.ts';

type Input = { committee: Committee; meeting: Meeting };
type Layout = Input & { pages: string[]; cached: Map<string, number>; headings: string[]; bookmarks: string[] };

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

/** 1-based page whose body (below the running header) starts with the heading, or 0. */
function pageOfHeading(pages: string[], heading: string): number {
  return pages.findIndex((p, i) => i > 1 && lines(p).slice(1).join(' ').startsWith(heading)) + 1;
}

function expectedHeadings(meeting: Meeting): { headings: string[]; bookmarks: string[] } {
  const headings = meeting.items.map((item, index) => {
    const title = item.closed && !/^lukket:/i.test(item.title) ? `Lukket: ${item.title}` : item.title;
    return `Punkt ${itemNumber(meeting, index)}: ${title}`;
  });
  const bookmarks = meeting.items.map((_, index) => `punkt_${index + 1}`);
  if (!meeting.items.some((item) => /^underskrifts(side|blad)$/i.test(item.title.trim()))) {
    headings.push('Underskriftsside');
    bookmarks.push('underskriftsside');
  }
  return { headings, bookmarks };
}

/** The three real protocols the app ships as seeds, as stored (validated with the store's own schemas). */
function seedInputs(): Record<string, Input> {
  const dir = join(import.meta.dirname, '../../../seeds');
  const { committees } = rootFileSchema.parse(JSON.parse(readFileSync(join(dir, 'referent.json'), 'utf8')));
  const inputs: Record<string, Input> = {};
  for (const file of readdirSync(join(dir, 'meetings')).filter((f) => f.endsWith('.json'))) {
    const { meeting } = meetingFileSchema.parse(JSON.parse(readFileSync(join(dir, 'meetings', file), 'utf8')));
    inputs[`seed-${file.replace(/\.json$/, '')}`] = { committee: committees.find((c) => c.id === meeting.committeeId)!, meeting };
  }
  return inputs;
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
    const buffers: Record<string, Buffer> = {};
    for (const [name, input] of Object.entries(inputs)) buffers[name] = await buildReferatDocx({ ...input, generatedAt: GENERATED_AT });
    const pdfs = docxToPdfPages(buffers);
    for (const [name, input] of Object.entries(inputs)) {
      const cached = cachedPageRefs(zipEntries(buffers[name]!).get('word/document.xml')!);
      layouts[name] = { ...input, pages: pdfs[name]!, cached, ...expectedHeadings(input.meeting) };
    }
  }, 120_000);

  it('converts the fixture and the three seed protocols', () => {
    expect(Object.keys(layouts)).toHaveLength(5);
  });

  it('prints each TOC page number as the page its item starts on', () => {
    for (const { pages, headings } of all()) {
      const toc = tocEntries(pages);
      expect(toc).toHaveLength(headings.length);
      const actual = headings.map((h) => pageOfHeading(pages, h));
      expect(actual.every((p) => p >= 3)).toBe(true);
      expect(toc.map((e) => e.page)).toEqual(actual);
      headings.forEach((heading, i) => expect(heading.endsWith(toc[i]!.title)).toBe(true));
    }
  });

  // LibreOffice recomputes PAGEREF fields, Word shows what the file holds: both must agree.
  it('writes the same page numbers into the file, which is what Word shows without updating fields', () => {
    for (const { pages, headings, bookmarks, cached } of all()) {
      expect([...cached.keys()]).toEqual(bookmarks);
      expect(bookmarks.map((b) => cached.get(b))).toEqual(headings.map((h) => pageOfHeading(pages, h)));
    }
  });

  it('has several multi-page items, so the numbers are not just consecutive', () => {
    const { pages, headings } = layouts.appended!;
    const starts = headings.map((h) => pageOfHeading(pages, h));
    const lengths = starts.map((start, i) => (starts[i + 1] ?? pages.length + 1) - start);
    expect(lengths.filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('starts every item at the top of a new page, below the running header', () => {
    for (const { committee, meeting, pages, headings } of all()) {
      const header = new RegExp(`^${committee.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+Referat ${formatDateShort(meeting.date)}$`);
      for (const heading of headings) {
        const page = pageOfHeading(pages, heading);
        expect(page, heading).toBeGreaterThan(2);
        expect(lines(pages[page - 1]!)[0]).toMatch(header);
      }
    }
  });

  it('numbers the pages `Side X af Y` in the footer, and keeps the header off the front page', () => {
    for (const { committee, meeting, pages } of all()) {
      pages.forEach((page, i) => expect(page).toMatch(new RegExp(`Side ${i + 1} af ${pages.length}\\s*$`)));
      expect(pages[0]).not.toContain(`Referat ${formatDateShort(meeting.date)}`);
      expect(lines(pages[0]!)[0]).toBe(`REFERAT ${committee.name} d. ${formatDateShort(meeting.date)}`);
      expect(lines(pages[1]!)[1]).toBe('Indholdsfortegnelse');
    }
  });

  it('restarts ordered lists and starts them where asked', () => {
    const text = layouts.appended!.pages.join('\n');
    expect(text).toMatch(/4\.\s+Opgavesnit/);
    expect(text).toMatch(/1\.\s+Selskabsform/);
    expect(text).toMatch(/2\.\s+Stiftelsesdokumenter/);
    expect(text).toMatch(/5\.\s+Økonomisk ramme/);
    expect(text).toMatch(/6\.\s+Bemanding/);
  });
});
