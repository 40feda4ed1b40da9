import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontWidthsSource } from '../../../scripts/fonts/fontWidthsSource.ts';

describe('the font widths our page layout measures with', () => {
  // .ci/run installs fonts-crosextra-carlito and fonts-liberation2, the metric twins of Word's fonts.
  it('are the advance widths of Carlito and Liberation 2, as committed', () => {
    const committed = readFileSync(new URL('../../../electron/core/export/layout/fontWidths.generated.ts', import.meta.url), 'utf8');
    expect(fontWidthsSource()).toBe(committed);
  });
});
