import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency, scoreItem, type QueryWord } from '../../../electron/core/search/rankItems.ts';

const averages = { title: 40, caseNumber: 10, text: 400 };
const word = (term: string, variants: QueryWord['variants'] = [], idf = 1): QueryWord => ({ term, variants, idf });
const item = (title: string, text = '', caseNumber = '') => ({ title, caseNumber, text });

describe('ranking of matched items', () => {
  it('weighs a word in the title or case number above the same word in the text', () => {
    const inTitle = scoreItem(item('Budget 2027', 'Orientering om status.'), [word('budget')], averages);
    const inText = scoreItem(item('Orientering', 'Status for budget 2027.'), [word('budget')], averages);
    expect(inTitle).toBeGreaterThan(inText);
    expect(scoreItem(item('Orientering', '', '26/777'), [word('777')], averages)).toBeGreaterThan(inText);
  });

  it('ranks a word typed in full above a longer word it only begins, and both above a spelling variant', () => {
    const whole = scoreItem(item('Budget'), [word('budget')], averages);
    const begun = scoreItem(item('Budgetanalyse'), [word('budget')], averages);
    const variant = scoreItem(item('Budgetanalyse'), [word('budgetanalyze', [{ word: 'budgetanalyse', distance: 1 }])], averages);
    expect(whole).toBeGreaterThan(begun);
    expect(begun).toBeGreaterThan(0);
    expect(variant).toBeGreaterThan(0);
    expect(scoreItem(item('Budgetanalyse'), [word('budgetanalyse')], averages)).toBeGreaterThan(variant);
  });

  it('counts every distinct word a prefix begins, once each, and only at the start of a word', () => {
    const one = scoreItem(item('x', 'kommunen kommunen kommunen'), [word('komm')], averages);
    const three = scoreItem(item('x', 'kommunen kommissorier kommende'), [word('komm')], averages);
    expect(three).toBeGreaterThan(one);
    expect(scoreItem(item('x', 'fælleskommunale'), [word('komm')], averages)).toBe(0);
  });

  it('reads æ, ø and å as letters inside a word, and ignores case', () => {
    expect(scoreItem(item('Økonomiudvalget'), [word('økonomi')], averages)).toBeGreaterThan(0);
    expect(scoreItem(item('Løntilskud'), [word('lønt')], averages)).toBeGreaterThan(0);
    expect(scoreItem(item('Fællesløntilskud'), [word('løntilskud')], averages)).toBe(0);
  });

  it('gives a rarer word more weight', () => {
    expect(inverseDocumentFrequency(1000, 5)).toBeGreaterThan(inverseDocumentFrequency(1000, 900));
    expect(inverseDocumentFrequency(1000, 1000)).toBeGreaterThan(0);
    const rareInTitle = scoreItem(item('Kommissorier', 'budget'), [word('kommissorier', [], 5), word('budget', [], 1)], averages);
    const commonInTitle = scoreItem(item('Budget', 'kommissorier'), [word('kommissorier', [], 5), word('budget', [], 1)], averages);
    expect(rareInTitle).toBeGreaterThan(commonInTitle);
  });
});
