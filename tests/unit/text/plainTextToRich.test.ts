import { describe, expect, it } from 'vitest';
import { listMarker } from '../../../shared/text/listMarker.ts';
import { plainTextToRich } from '../../../shared/text/plainTextToRich.ts';
import type { RichNode } from '../../../shared/text/richText.ts';

/** `ul[a, b[ul[c]]]`: the doc's block structure in one line, to compare shapes at a glance. */
function outline(nodes: RichNode[] = []): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'paragraph':
          return JSON.stringify((n.content ?? []).map((c) => c.text ?? '').join(''));
        case 'bulletList':
          return `ul[${outline(n.content)}]`;
        case 'orderedList':
          return `ol${String(n.attrs?.start)}[${outline(n.content)}]`;
        case 'listItem':
          return outline(n.content);
        case 'table':
          return `table[${(n.content ?? []).map((r) => (r.content ?? []).map((c) => outline(c.content)).join('|')).join('/')}]`;
        default:
          return n.type;
      }
    })
    .join(', ');
}

const rich = (text: string) => outline(plainTextToRich(text).content);

describe('list markers', () => {
  it('reads `- `, `• `, `1. `, `1) `, `a) ` and `(a) `, and nothing that only looks like one', () => {
    expect(listMarker('- dagsordenen godkendes')).toMatchObject({ ordered: false, kind: 'bullet', rest: 'dagsordenen godkendes' });
    expect(listMarker('• Status for planer')).toMatchObject({ ordered: false, rest: 'Status for planer' });
    expect(listMarker('  12. at referatet godkendes')).toMatchObject({ ordered: true, number: 12, kind: 'decimal', length: 4 });
    expect(listMarker('3) tredje')).toMatchObject({ ordered: true, number: 3 });
    expect(listMarker('c) tredje')).toMatchObject({ ordered: true, number: 3, kind: 'letter' });
    expect(listMarker('(b) anden')).toMatchObject({ ordered: true, number: 2, kind: 'letter' });
    expect(listMarker('1.\tmed tabulator')).toMatchObject({ ordered: true, rest: 'med tabulator' });
    for (const text of ['2026. Året', '1.000 kr. er afsat', '-5 grader', 'Afsnit 1. Tekst', 'a)', '- ', 'ab) nej', '1.2 mio. kr.']) expect(listMarker(text), text).toBeNull();
  });
});

describe('plain text (from a PDF or an e-mail) to rich text', () => {
  it('makes real lists of `- `, `• `, `1. ` and `a) ` lines, nested by their indentation', () => {
    expect(rich('Kommunaldirektøren indstiller, at\n- dagsordenen godkendes\n- referatet godkendes\n  - med en rettelse\n• tredje')).toBe(
      '"Kommunaldirektøren indstiller, at", ul["dagsordenen godkendes", "referatet godkendes", ul["med en rettelse"], "tredje"]',
    );
    expect(rich('1. Første\n2. Anden\n   a) under anden\n   b) også\n3. Tredje')).toBe('ol1["Første", "Anden", ol1["under anden", "også"], "Tredje"]');
  });

  it('nests `a)` under the number it follows, keeps a list’s own start number, and reads a lone `21. maj …` as text', () => {
    expect(rich('1. Første\na) under første\nb) også\n2. Anden')).toBe('ol1["Første", ol1["under første", "også"], "Anden"]');
    expect(rich('Fortsat fra sidste møde:\n5. Økonomisk ramme\n6. Bemanding')).toBe('"Fortsat fra sidste møde:", ol5["Økonomisk ramme", "Bemanding"]');
    expect(rich('21. maj holdes de fælles lederdage.')).toBe('"21. maj holdes de fælles lederdage."');
  });

  it('joins a list item’s wrapped lines, and lines of a paragraph, but starts a new paragraph after a blank line or a finished sentence', () => {
    expect(rich('- kommunerne senest d. 1. januar 2027 vil etablere sig\n  i 4-5 tværkommunale samarbejder\n- enhederne overtager driften')).toBe(
      'ul["kommunerne senest d. 1. januar 2027 vil etablere sig i 4-5 tværkommunale samarbejder", "enhederne overtager driften"]',
    );
    expect(rich('Det kræver en række beslutninger\ni 2026.\nEn anden runde følger.\n\nNyt afsnit.')).toBe('"Det kræver en række beslutninger i 2026.", "En anden runde følger.", "Nyt afsnit."');
  });

  it('makes a table of two or more tab-separated lines, padding short rows', () => {
    expect(rich('Afdeling\tLøntilskud\tPraktik\nÆldre, Sundhed & Social\t16\t4\nTotal\t60')).toBe('table["Afdeling"|"Løntilskud"|"Praktik"/"Ældre, Sundhed & Social"|"16"|"4"/"Total"|"60"|""]');
    expect(rich('Mødedato\tTirsdag')).toBe('"Mødedato Tirsdag"');
  });

  it('keeps every word of a large paste, in order', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => (i % 5 === 0 ? `- punkt ${i}` : `Linje ${i} fortsætter`));
    const doc = plainTextToRich(lines.join('\n'));
    const words = JSON.stringify(doc).match(/(punkt|Linje) \d+/g)!;
    expect(words).toHaveLength(20000);
    expect(words[19999]).toBe('Linje 19999');
  });
});
