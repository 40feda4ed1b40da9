/**
 * `npx tsx scripts/fonts/build-font-widths.ts`: writes
 * electron/core/export/layout/fontWidths.generated.ts from the fonts in
 * Debian's packages (fonts-crosextra-carlito, fonts-liberation2). A unit test
 * checks the committed file against the fonts.
 */
import { writeFileSync } from 'node:fs';
import { FONT_CHARACTERS, FONT_FACES, fontWidthsSource } from './fontWidthsSource.ts';

writeFileSync(new URL('../../electron/core/export/layout/fontWidths.generated.ts', import.meta.url), fontWidthsSource());
console.log(`${Object.keys(FONT_FACES).length} fonts × 4 faces × ${FONT_CHARACTERS} characters`);
