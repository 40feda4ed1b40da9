import { protocolFingerprint, shortFingerprint } from '../../../electron/core/approval/fingerprint.ts';
import mammoth from 'mammoth';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx, referatFileName } from '../../../electron/core/export/buildReferatDocx.ts';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import { itemNumber, type Meeting } from '../../../shared/domain/meeting.ts';
import { formatMeetingDateLong } from '../../../shared/format/dates.ts';
import { docToPlainText, isDocEmpty, type RichNode } from '../../../shared/text/richText.ts';
import { budgetTableCells, fixtureCommittee, fixtureKey, fixtureMeeting, GENERATED_AT, signFixtureApprovals } from '../../fixtures/export/referatFixture.ts';
import { zipEntries } from './zipEntries.ts';

type Rendered = { committee: Committee; meeting: Meeting; raw: string; html: string; parts: Map<string, string> };

async function render(committee: Committee, meeting: Meeting): Promise<Rendered> {
  const buffer = await buildReferatDocx({ committee, meeting, generatedAt: GENERATED_AT });
  const [raw, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { committee, meeting, raw: raw.value, html: html.value, parts: zipEntries(buffer) };
}

/** The HTML of each agenda item (from its `<h1>` to the next), in order; the appended Underskriftsside is the last chunk when present. */
function itemChunks(html: string): string[] {
  return html.split('<h1>').slice(1);
}

const countOf = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function countNodes(node: RichNode, type: string): number {
  return (node.type === type ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + countNodes(child, type), 0);
}

function presentMembers(committee: Committee, meeting: Meeting) {
  const present = new Set(meeting.participants.filter((p) => p.attendance === 'til_stede').map((p) => p.memberId));
  return committee.members.filter((m) => present.has(m.id));
}

function expectedTitle(item: Meeting['items'][number]): string {
  return item.closed && !item.title.startsWith('Lukket:') ? `Lukket: ${item.title}` : item.title;
}

describe('buildReferatDocx (mammoth round trip)', () => {
  let full: Rendered; // decision heading with udvalg and date, appended Underskriftsside
  let short: Rendered; // short decision heading, Underskriftsside as an agenda item

  beforeAll(async () => {
    full = await render(fixtureCommittee('medUdvalgOgDato'), fixtureMeeting());
    short = await render(fixtureCommittee('kort'), fixtureMeeting({ withSignatureItem: true, committee: fixtureCommittee('kort') }));
  });

  it('starts with the title and the front block, labels in bold', () => {
    const { committee, meeting, raw, html } = full;
    const names = (attendance: string) =>
      committee.members
        .filter((m) => meeting.participants.some((p) => p.memberId === m.id && p.attendance === attendance))
        .map(memberDisplayName)
        .join(', ');
    // The date never breaks: a no-break space after `d.`, non-breaking hyphens inside it.
    expect(raw.startsWith('REFERAT Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026\n')).toBe(true);
    expect(raw).toContain(`Mødedato\t${formatMeetingDateLong(meeting.date, meeting.time)}`);
    expect(raw).toContain('Mødedato\tTirsdag d. 03. februar 2026 kl. 14:30');
    expect(raw).toContain(`Mødested\t${meeting.location}`);
    expect(raw).toContain(`Mødedeltagere\t${names('til_stede')}, `);
    // Committee member order, not the order participants were stored in; the stedfortræder after the members present.
    expect(raw).toContain(
      'Mødedeltagere\tHolger Mikkelsen (A), Finn Lykkeskov (V), Jørgen Smed (O), Svend Brandt, Karen Jensen (A) (stedfortræder for Carsten Dyhre Hansen)\n',
    );
    expect(raw).toContain('Afbud\tCarsten Dyhre Hansen (A)');
    expect(raw).not.toContain('Fraværende');
    for (const label of ['Mødedato', 'Mødested', 'Mødedeltagere', 'Afbud']) expect(html).toContain(`<strong>${label}</strong>`);
  });

  it('lists every item in the table of contents with a page number', () => {
    const toc = full.raw.slice(full.raw.indexOf('Indholdsfortegnelse'), full.raw.indexOf('Punkt 10:'));
    for (const item of full.meeting.items) expect(toc).toMatch(new RegExp(`\\n${expectedTitle(item)}\\t\\d+\\n`));
    expect(toc).toMatch(/\nUnderskriftsside\t\d+\n/);
  });

  it('writes each item as `Punkt N: title` followed by its case number, closed items prefixed once', () => {
    const chunks = itemChunks(full.html);
    full.meeting.items.forEach((item, index) => {
      const heading = `Punkt ${itemNumber(full.meeting, index)}: ${expectedTitle(item)}`;
      expect(chunks[index]).toContain(`${escapeHtml(heading)}</h1><p>${escapeHtml(item.caseNumber)}</p>`);
      expect(full.raw).toContain(`${heading}\n\n${item.caseNumber}\n`);
    });
    expect(full.raw).toContain('Punkt 13: Lukket: Personalesag');
    expect(full.raw).toContain('Punkt 14: Lukket: Orientering om sager på vej');
    expect(full.raw).not.toContain('Lukket: Lukket:');
    expect(chunks).toHaveLength(full.meeting.items.length + 1);
  });

  it('writes the non-empty sections in stored order with their texts, and leaves empty ones out', () => {
    const chunks = itemChunks(full.html);
    full.meeting.items.forEach((item, index) => {
      const chunk = chunks[index]!;
      const headings = [...chunk.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
      const expected = item.sections
        .filter((s) => !isDocEmpty(s.body))
        .map((s) => (s.kind === 'beslutning' ? 'Beslutning i Organisations- og Beredskabsudvalget den 03-02-2026' : s.title));
      // The case flow follows the Indstilling.
      if (item.caseFlow) expected.splice(expected.indexOf('Indstilling') + 1, 0, item.caseFlow.asTable ? 'Sagsgang' : 'Behandling');
      if (item.attachments.length > 0) expected.push('Bilag');
      expect(headings).toEqual(expected);
      for (const section of item.sections) {
        for (const line of docToPlainText(section.body).split('\n').filter(Boolean)) {
          expect(full.raw).toContain(line.replace(/\t/g, '\n'));
        }
      }
    });
  });

  it('uses the committee’s decision heading for every decision', () => {
    for (const { committee, html, meeting } of [full, short]) {
      const heading = committee.template.decisionHeading === 'kort' ? 'Beslutning' : 'Beslutning i Organisations- og Beredskabsudvalget den 03-02-2026';
      const chunks = itemChunks(html);
      meeting.items.forEach((item, index) => {
        const decision = item.sections.find((s) => s.kind === 'beslutning');
        if (!decision) return;
        const firstLine = docToPlainText(decision.body).split('\n')[0]!;
        expect(chunks[index]).toContain(`<h2>${heading}</h2><p>${escapeHtml(firstLine)}</p>`);
      });
    }
    expect(short.raw).not.toContain('Beslutning i ');
    expect(countOf(short.html, '<h2>Beslutning</h2>')).toBe(6);
    expect(countOf(full.html, '<h2>Beslutning i Organisations- og Beredskabsudvalget den 03-02-2026</h2>')).toBe(6);
  });

  it('signs off on an appended Underskriftsside with one line per signer: members present and stedfortrædere', () => {
    const page = itemChunks(full.html).at(-1)!;
    expect(page.startsWith('<a id="underskriftsside"></a>Underskriftsside</h1>')).toBe(true);
    expect(page).toContain(
      'Organisations- og Beredskabsudvalget skal godkende beslutningsprotokollen. For at godkende skal hvert udvalgsmedlem underskrive ved at trykke Godkend.',
    );
    const rows = [...page.matchAll(/<tr><td><p><strong>(.*?)<\/strong><\/p>(?:<p>(.*?)<\/p>)?<\/td><td><p>(?:<em>)?(.*?)(?:<\/em>)?<\/p>(?:<p>(.*?)<\/p>)?<\/td><\/tr>/g)].map((m) => [
      m[1],
      m[2] ?? '',
      m[3],
      m[4] ?? '',
    ]);
    const key = (id: string) => `Nøgle ${shortFingerprint(createHash('sha256').update(Buffer.from(fixtureKey(id).publicKey, 'base64')).digest('hex'))}`;
    expect(rows).toEqual([
      ['Holger Mikkelsen (A)', 'Formand', 'Godkendt 03-02-2026 kl. 15:42', key('m1')],
      ['Finn Lykkeskov (V)', 'Næstformand', 'Ikke godkendt', ''],
      // The stedfortræder signs in the absent member's place; the absent member is not asked.
      ['Karen Jensen (A)', 'Stedfortræder for Carsten Dyhre Hansen', 'Ikke godkendt', ''],
      ['Jørgen Smed (O)', '', 'Godkendt 04-02-2026 kl. 09:05', key('m4')],
      ['Svend Brandt', '', 'Ikke godkendt', ''],
    ]);
    expect(rows.map((r) => r[0])).toContain(memberDisplayName(presentMembers(full.committee, full.meeting)[0]!));
    expect(rows.map((r) => r[0])).not.toContain('Carsten Dyhre Hansen (A)');
  });

  it('puts the signature block at the end of an Underskriftsside item instead of a page of its own', () => {
    const chunks = itemChunks(short.html);
    expect(chunks).toHaveLength(short.meeting.items.length);
    const last = chunks.at(-1)!;
    expect(last).toContain('Punkt 16: Underskriftsside</h1><p>25/30730</p>');
    expect(last.indexOf('Underskrifter indsamles elektronisk.')).toBeLessThan(last.indexOf('skal godkende beslutningsprotokollen'));
    expect(last).toContain('Godkendt 03-02-2026 kl. 15:42');
    expect(countOf(short.raw, 'skal godkende beslutningsprotokollen')).toBe(1);
    expect(countOf(short.raw, 'Ikke godkendt')).toBe(3);
  });

  it('keeps lists: one <li> per list item and attachment, ordered lists apart, nesting kept', () => {
    const { html, meeting } = full;
    const bodies = meeting.items.flatMap((i) => i.sections.filter((s) => !isDocEmpty(s.body)).map((s) => s.body));
    const listItems = bodies.reduce((sum, body) => sum + countNodes(body, 'listItem'), 0);
    const attachments = meeting.items.reduce((sum, i) => sum + i.attachments.length, 0);
    expect(countOf(html, '<li>')).toBe(listItems + attachments);
    expect(countOf(html, '<ol>')).toBe(bodies.reduce((sum, body) => sum + countNodes(body, 'orderedList'), 0));
    expect(html).toContain(
      '<ul><li>kommunerne etablerer sig i 4-5 tværkommunale samarbejder<ul><li>med geografisk udgangspunkt i de fire regioner<ul><li>Region Syddanmark omfatter 22 kommuner</li></ul></li><li>senest 1. januar 2027</li></ul></li>',
    );
    expect(html).toContain('<ol><li>Selskabsform</li><li>Stiftelsesdokumenter</li></ol>');
    expect(html).toContain('<h2>Bilag</h2><ul><li>Aftale om kommunernes økonomi for 2026 (ØA26).pdf</li><li>Tidsplan for transitionen.pdf</li></ul>');
  });

  it('restarts every ordered list and honours its start number', () => {
    const numbering = full.parts.get('word/numbering.xml')!;
    const document = full.parts.get('word/document.xml')!;
    const numIdOf = (text: string): string => {
      const paragraph = document.split('</w:p>').find((p) => p.includes(`>${text}</w:t>`))!;
      return /<w:numId w:val="(\d+)"\/>/.exec(paragraph)![1]!;
    };
    const startOf = (numId: string): number => {
      const num = new RegExp(`<w:num w:numId="${numId}">(.*?)</w:num>`).exec(numbering)![1]!;
      return Number(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="(\d+)"\/>/.exec(num)![1]);
    };
    const lists = ['Samarbejdskommuner', 'Selskabsform', 'Økonomisk ramme'].map(numIdOf);
    expect(new Set(lists).size).toBe(3);
    expect(lists.map(startOf)).toEqual([1, 1, 5]);
    expect(numIdOf('Opgavesnit')).toBe(lists[0]);
    expect(numIdOf('Bemanding')).toBe(lists[2]);
  });

  it('keeps tables with a repeated bold header row, column spans and cell texts', () => {
    const tables = full.html.match(/<table>.*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(3); // the Sagsgang grid, the budget table, the signatures
    const budget = tables.find((t) => t.includes('Forventet råderum'))!;
    expect(budget).toContain('<thead><tr><th><p><strong>Analyse</strong></p></th><th><p><strong>Område</strong></p></th>');
    expect(countOf(budget, '<tr>')).toBe(6);
    expect(countOf(budget, 'colspan="2"')).toBe(2);
    for (const text of budgetTableCells) expect(budget).toContain(text);
    expect(budget).toContain('<td colspan="2"><p><strong>I alt</strong></p></td>');
    expect(full.parts.get('word/document.xml')).toContain('<w:tblHeader/>');
  });

  it('keeps inline formatting, links, quotes and degrades unknown nodes to text', () => {
    const { html, raw } = full;
    expect(html).toContain('<strong>både</strong>');
    expect(html).toContain('<em>og</em>');
    expect(html).toContain('<s>(udgået formulering)</s>');
    expect(html).toContain(
      '<a href="https://www.kl.dk/oekonomi-og-administration/oekonomi-og-styring/oekonomiaftaler">KL’s side om økonomiaftalerne</a>',
    );
    expect(html).toContain('uafklaret.<br />Der forventes investeringer.');
    expect(html).toContain('<p><em>Kommunerne står over for en stadig mere kompleks cybertrussel.</em></p>');
    expect(raw).toContain('@Økonomichefen');
    expect(raw).toContain('Ukendt blok bevares som tekst');
    expect(full.parts.get('word/document.xml')).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">lokalt</);
  });

  it('is Danish throughout, has its properties set and never asks Word to update fields', () => {
    const styles = full.parts.get('word/styles.xml')!;
    const document = full.parts.get('word/document.xml')!;
    const settings = full.parts.get('word/settings.xml')!;
    const core = full.parts.get('docProps/core.xml')!;
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*?<w:lang w:val="da-DK"\/>/);
    const langs = new Set([...styles.matchAll(/<w:lang w:val="([^"]+)"/g), ...document.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]));
    expect([...langs]).toEqual(['da-DK']);
    expect(styles).toContain('w:ascii="Calibri"');
    expect(document).not.toContain('w:dirty');
    expect(settings).not.toContain('updateFields');
    expect(core).toContain('<dc:title>REFERAT Organisations- og Beredskabsudvalget d. 03-02-2026</dc:title>');
    expect(core).toContain('<dc:subject>Organisations- og Beredskabsudvalget</dc:subject>');
    expect(core).toContain('<dc:creator>Referent</dc:creator>');
    expect(core).toMatch(/<dc:description>[^<]*Tirsdag d\. 03\. februar 2026 kl\. 14:30<\/dc:description>/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-04T09:00:00Z</dcterms:created>');
  });
});

describe('referatFileName', () => {
  it('names the file after body and date', () => {
    expect(referatFileName({ ...fixtureCommittee(), name: 'Direktionen' }, { ...fixtureMeeting(), date: '2026-03-16' })).toBe(
      'Referat Direktionen 16-03-2026.docx',
    );
  });

  it('drops characters file systems reject and keeps the name short', () => {
    const meeting = fixtureMeeting();
    expect(referatFileName({ ...fixtureCommittee(), name: '§17,4 Udvalget for digitalisering/beredskab: "IT"?' }, meeting)).toBe(
      'Referat §17,4 Udvalget for digitalisering beredskab IT 03-02-2026.docx',
    );
    const long = referatFileName({ ...fixtureCommittee(), name: 'Udvalg '.repeat(40) }, meeting);
    expect(long.length).toBeLessThanOrEqual(130);
    expect(long).toMatch(/^Referat Udvalg.* 03-02-2026\.docx$/);
    expect(referatFileName({ ...fixtureCommittee(), name: '...' }, meeting)).toBe('Referat Udvalg 03-02-2026.docx');
  });
});

describe('robustness', () => {
  it('exports odd and unknown rich text without throwing', async () => {
    const committee = fixtureCommittee('kort');
    const meeting = fixtureMeeting();
    const weird: RichNode = {
      type: 'doc',
      content: [
        { type: 'text', text: 'Tekst direkte i dokumentet' },
        { type: 'table', content: [] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 'x', rowspan: 2 } }] }, { type: 'tableRow', content: [] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kun indrykket' }] }] }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Farligt link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Styre\u0007tegn\tog\nlinjeskift' }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'linje 1\nlinje 2' }] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableCell', attrs: { rowspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'To rækker' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B' }] }] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kort række' }] }] }] },
          ],
        },
        { type: 'image', attrs: { src: 'x.png', alt: 'Kort over området' } },
        { type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'Dyb overskrift' }] },
        { type: 'orderedList', attrs: { start: -3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Negativ start' }] }] }] },
      ],
    };
    meeting.items[0]!.sections[0]!.body = weird as never;
    meeting.approvals.push({ ...meeting.approvals[0]!, memberId: 'm2', approvedAt: 'ikke en dato' });
    meeting.approvals = signFixtureApprovals(meeting, committee);
    const { raw, html } = await render(committee, meeting);
    for (const text of ['Tekst direkte i dokumentet', 'Kun indrykket', 'Farligt link', 'Kort over området', 'Dyb overskrift', 'Negativ start']) {
      expect(raw).toContain(text);
    }
    // Control characters are dropped; tabs and newlines become Word tabs and line breaks.
    expect(raw).toContain('Styretegn\tog');
    expect(html).toContain('Styretegn\tog<br />linjeskift');
    expect(html).toContain('linje 1<br />linje 2');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<tr><td rowspan="2"><p>To rækker</p></td><td><p>A</p></td></tr><tr><td><p>B</p></td></tr><tr><td><p>Kort række</p></td><td></td></tr>');
    expect(raw).toMatch(/Finn Lykkeskov \(V\)\n\nNæstformand\n\nGodkendt\n\nNøgle [0-9a-f ]{19}\n/);
  });

  it('exports a meeting with no items and no participants', async () => {
    const meeting: Meeting = { ...fixtureMeeting(), items: [], participants: [], approvals: [], location: '' };
    const { raw } = await render(fixtureCommittee(), meeting);
    expect(raw).toContain('REFERAT Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026');
    expect(raw).not.toContain('Mødested');
    expect(raw).toContain('Underskriftsside');
  });
});

describe('signature page and the fingerprint', () => {
  it('prints the short fingerprint, and an approval of other content as Ikke godkendt', async () => {
    const committee = fixtureCommittee();
    const meeting = fixtureMeeting();
    const { raw } = await render(committee, meeting);
    const short = shortFingerprint(protocolFingerprint(committee, meeting));
    expect(raw).toContain(`Fingeraftryk: ${short}`);
    expect(raw.match(/Godkendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/g)).toHaveLength(2);

    meeting.items[0]!.title = 'Ændret efter godkendelsen';
    const changed = await render(committee, meeting);
    expect(changed.raw).not.toMatch(/Godkendt \d{2}-\d{2}-\d{4}/);
    expect(changed.raw).not.toContain(`Fingeraftryk: ${short}`);
  });
});
