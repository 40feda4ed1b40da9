import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanWordHtml, isOrderedMarker, looksLikeWordHtml } from '../../../renderer/src/editor/cleanWordHtml.ts';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/word-paste', `${name}.html`), 'utf8');

/** Nothing of Word's noise may survive, whatever the fixture. */
function expectNoNoise(html: string) {
  expect(html).not.toMatch(/mso-|class=|style=|<o:p|<!--|<!\[|<span|<font|font-family|color:|<meta|<style|StartFragment|supportLists/i);
}

describe('cleanWordHtml on Word 365 clipboard fixtures', () => {
  it('recognises Word HTML and leaves a clean web snippet alone', () => {
    expect(looksLikeWordHtml(fixture('numbered-list'))).toBe(true);
    expect(looksLikeWordHtml('<p>Hej <b>verden</b></p>')).toBe(false);
  });

  it('turns a numbered mso-list into one <ol> without the typed numbers', () => {
    const html = cleanWordHtml(fixture('numbered-list'));
    expect(html).toBe(
      '<p>Kommunaldirektøren indstiller, at</p>' +
        '<ol><li><p>dagsordenen godkendes,</p></li>' +
        '<li><p>budgetopfølgningen for 1. kvartal <strong>tages til efterretning</strong>, og</p></li>' +
        '<li><p>sagen sendes videre til Økonomiudvalget.</p></li></ol>',
    );
    expectNoNoise(html);
  });

  it('nests bullets by mso-list level: sub-bullet (o) and third level (§) inside their parent item', () => {
    const html = cleanWordHtml(fixture('nested-bullets'));
    expect(html).toBe(
      '<p>Kommunerne skal etablere fælles IT-drift på følgende områder:</p>' +
        '<ul><li><p>Fælles serverdrift</p>' +
        '<ul><li><p>herunder drift af <em>backup</em> og overvågning</p>' +
        '<ul><li><p>døgnovervågning i Haderslev</p></li></ul></li></ul></li>' +
        '<li><p>Fælles netværksdrift</p></li>' +
        '<li><p>Fælles indkøb af licenser</p></li></ul>' +
        '<p><strong>Frist:</strong> 1. januar 2027.</p>',
    );
    expectNoNoise(html);
  });

  it('keeps a table with its bold first row as header and the bold total row as bold cells', () => {
    const html = cleanWordHtml(fixture('table-total-row'));
    expect(html).toContain('<table><tbody><tr><th><p><strong>Område</strong></p></th><th><p><strong>Budget 2026 (mio. kr.)</strong></p></th>');
    expect(html).toContain('<tr><td><p>Drift</p></td><td><p>412,5</p></td><td><p>418,1</p></td></tr>');
    expect(html).toContain('<tr><td><p><strong>I alt</strong></p></td><td><p><strong>508,5</strong></p></td><td><p><strong>506,5</strong></p></td></tr></tbody></table>');
    expect(html.match(/<tr>/g)).toHaveLength(4);
    expect(html.match(/<th>/g)).toHaveLength(3);
    expectNoNoise(html);
  });

  it('keeps headings (shifted below the section heading), links, italic and underline; drops comments and unsafe links', () => {
    const html = cleanWordHtml(fixture('headings'), { headingShift: 1 });
    expect(html).toContain('<h2>Resume og sagens baggrund</h2>');
    expect(html).toContain('<h3>Økonomiske forhold</h3>');
    expect(html).toContain('<h4>Juridiske aspekter</h4>');
    expect(html).toContain('<p>Sagen blev behandlet i Direktionen den 12. januar 2026. Se <a href="https://www.haderslev.dk/politik">referatet</a> for detaljer.</p>');
    expect(html).toContain('<p><em>(20 min.)</em> Merforbruget dækkes af <u>kassebeholdningen</u>.</p>');
    expect(html).toContain('<p>Farligt link og <strong>fed tekst via style</strong>.</p>');
    expect(html).toContain('<h2>Bilag til sagen</h2>');
    expect(html).not.toContain('javascript');
    expect(html).not.toContain('[AB1]');
    expectNoNoise(html);
  });

  it('clamps shifted headings to the deepest level the schema has', () => {
    const html = cleanWordHtml(fixture('headings'), { headingShift: 2, maxHeadingLevel: 4 });
    expect(html.match(/<h\d>[^<]*<\/h\d>/g)).toEqual(['<h3>Resume og sagens baggrund</h3>', '<h4>Økonomiske forhold</h4>', '<h4>Juridiske aspekter</h4>', '<h3>Bilag til sagen</h3>']);
  });

  it('keeps h1–h3 as they are without a shift', () => {
    expect(cleanWordHtml(fixture('headings'))).toContain('<h1>Resume og sagens baggrund</h1><p>');
  });

  it('escapes text: markup typed as text in Word stays text', () => {
    const html = cleanWordHtml('<p class=MsoNormal>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <img src=x onerror=alert(1)><script>alert(2)</script><o:p></o:p></p>');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;</p>');
  });

  it('tells numbered markers from bullets', () => {
    for (const m of ['1.', '12.', 'a)', 'b.', 'iv.', '(2)']) expect(isOrderedMarker(m), m).toBe(true);
    for (const m of ['·', 'o', '§', '-', '•', '']) expect(isOrderedMarker(m), m).toBe(false);
  });

  it('starts a new list when a bullet list follows a numbered one at the same level', () => {
    const p = (marker: string, lfo: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:${lfo} level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp;</span></span><![endif]>${text}</p>`;
    expect(cleanWordHtml(p('1.', 'l0', 'en') + p('2.', 'l0', 'to') + p('·', 'l1', 'punkt'))).toBe('<ol><li><p>en</p></li><li><p>to</p></li></ol><ul><li><p>punkt</p></li></ul>');
  });
});

describe('a large Word paste in pieces (transformPastedHtmlSlices)', () => {
  it('cuts between whole blocks: the pieces joined are the one clean HTML, and a list is never cut', async () => {
    const { transformPastedHtmlSlices, transformPastedHtml } = await import('../../../renderer/src/editor/pasteGuard.ts');
    const sources = ['numbered-list', 'nested-bullets', 'headings', 'table-total-row'].map(fixture);
    // The fixtures' bodies one after another, many times over: a long paste with lists and tables all through it.
    const body = (html: string) => html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
    const big = `${sources[0]!.replace(/<body[\s\S]*$/i, '')}<body>${Array.from({ length: 40 }, () => sources.map(body).join('')).join('')}</body></html>`;
    const pieces = transformPastedHtmlSlices(big, 2000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(transformPastedHtml(big));
    for (const piece of pieces) {
      for (const tag of ['ol', 'ul', 'table', 'li']) expect(piece.split(`<${tag}>`).length, `${tag} opened and closed in one piece`).toBe(piece.split(`</${tag}>`).length);
    }
    // Other HTML is one piece, untouched.
    expect(transformPastedHtmlSlices('<p>Hej</p>', 2)).toEqual(['<p>Hej</p>']);
  });
});
