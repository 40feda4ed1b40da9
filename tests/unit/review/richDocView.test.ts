import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichDocView } from '../../../renderer/src/review/RichDocView.tsx';
import { doc, numbered, p } from '../../fixtures/export/referatFixture.ts';

describe('the review of a protocol shows a list’s own start', () => {
  it('a numbered list that runs on after text between its points starts at its number, not at 1', () => {
    const html = renderToStaticMarkup(createElement(RichDocView, { doc: doc(numbered(1, 'første'), p('Mellemtekst'), numbered(2, 'anden', 'tredje')) }));
    expect(html).toContain('<ol><li>');
    expect(html).toContain('<ol start="2"><li>');
  });
});
