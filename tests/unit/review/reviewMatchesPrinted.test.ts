import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProtocolReview } from '../../../renderer/src/review/ProtocolReview.tsx';
import { printedContent } from '../../../shared/domain/printedContent.ts';
import { docToPlainText, type RichDoc } from '../../../shared/text/richText.ts';
import { fixtureCommittee, fixtureMeeting } from '../../fixtures/export/referatFixture.ts';

/** The text a member reads, tags gone and entities decoded. */
function reviewTextOf(html: string): string {
  return html
    .replace(/<\/?(span|u|s|em|strong|a|code|sup|sub|mark)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every piece of text the printed-content model holds for the items: what the fingerprint covers. */
function printedStrings(content: ReturnType<typeof printedContent>): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  content.items.forEach((item, i) => {
    const at = (what: string) => `punkt ${i + 1} ${what}`;
    out.push({ where: at('titel'), text: item.title });
    if (item.caseNumber) out.push({ where: at('sagsnummer'), text: item.caseNumber });
    for (const s of item.sections) {
      const plain = docToPlainText(s.body as RichDoc);
      if (plain.trim() === '') continue;
      out.push({ where: at(`afsnit ${s.title} (overskrift)`), text: s.kind === 'beslutning' ? '' : s.title });
      for (const line of plain.split('\n')) if (line.trim()) out.push({ where: at(`afsnit ${s.title}`), text: line.trim() });
    }
    for (const a of item.attachments) out.push({ where: at('bilag'), text: a });
    for (const a of item.absences ?? []) out.push({ where: at('fravær'), text: a.name }, ...(a.note ? [{ where: at('fravær, note'), text: a.note }] : []));
    for (const r of item.remarks ?? []) out.push({ where: at('protokolbemærkning'), text: r.text }, { where: at('protokolbemærkning, navn'), text: r.name });
    const flow = item.caseFlow as { bodies: string[]; steps: { step: string; bodies: string[] }[] } | undefined;
    for (const b of flow?.bodies ?? []) out.push({ where: at('sagsgang'), text: b });
    for (const s of flow?.steps ?? []) out.push({ where: at('sagsgang, trin'), text: s.step });
    if (item.vote) for (const g of [item.vote.for, item.vote.imod, item.vote.undlod]) for (const w of g.who) out.push({ where: at('afstemning'), text: w });
    if (item.publicTitle) out.push({ where: at('offentlig titel'), text: item.publicTitle });
    if (item.closedReason?.text) out.push({ where: at('lukningsgrund'), text: item.closedReason.text });
  });
  return out.filter((s) => s.text !== '');
}

describe('the review a member reads before Godkend is the printed content (point 7)', () => {
  it('every text the fingerprint covers (sections, bilag, absences, protokolbemærkninger, Sagsgang, votes) is in the review', () => {
    const committee = fixtureCommittee();
    const meeting = fixtureMeeting({ withSignatureItem: true, committee });
    const content = printedContent(committee, meeting);
    const text = reviewTextOf(renderToStaticMarkup(createElement(ProtocolReview, { committee, meeting })));
    const strings = printedStrings(content);
    const missing = strings.filter((s) => !text.includes(s.text.replace(/\s+/g, ' '))).map((s) => `${s.where}: ${s.text}`);
    console.log(`Tekster i det trykte indhold: ${strings.length}; mangler i gennemsynet: ${missing.length}`);
    expect(missing).toEqual([]);
    // The fixture exercises each kind: bilag, absences, remarks, Sagsgang, a vote.
    for (const kind of ['bilag', 'fravær', 'protokolbemærkning', 'sagsgang', 'afstemning']) expect(strings.some((s) => s.where.includes(kind)), kind).toBe(true);
    // Bilag print as names, never as an object.
    expect(text).not.toContain('[object Object]');
  });
});
