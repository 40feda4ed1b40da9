import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function danish(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'referent/no-danish-literals').length;
}

describe('Danish text lives in shared/i18n (lint)', () => {
  it('refuses Danish letters in string literals, template literals and JSX text', async () => {
    expect(await danish('electron/core/x.ts', "export const a = 'Mødet findes ikke.';\n")).toBe(1);
    expect(await danish('electron/core/x.ts', 'export const f = (n: number) => `${n} møder`;\n')).toBe(1);
    expect(await danish('renderer/src/x/X.tsx', 'export function X() {\n  return <p>Gemmer ændringer</p>;\n}\n')).toBe(1);
    expect(await danish('renderer/src/x/X.tsx', 'export function X() {\n  return <input placeholder="ØU" />;\n}\n')).toBe(1);
    expect(await danish('shared/domain/x.ts', "export const s = 'Ugyldigt klokkeslæt';\n")).toBe(1);
    expect(await danish('scripts/x.mjs', "console.log('Færdig');\n")).toBe(1);
  });

  it('leaves comments, regular expressions and text without Danish letters alone', async () => {
    expect(await danish('shared/domain/x.ts', "// Beslutningen afviger fra indstillingen\nexport const r = /^(drøftet|drøftedes)$/;\n")).toBe(0);
    expect(await danish('electron/core/x.ts', "export const a = 'Referat';\n")).toBe(0);
  });

  it('lets the catalogues, the seeds and the tests hold Danish', async () => {
    expect(await danish('shared/i18n/x.da.ts', "export const t = { saved: 'Alle ændringer er gemt' };\n")).toBe(0);
    expect(await danish('scripts/seeds/x.ts', "export const title = 'Økonomi';\n")).toBe(0);
    expect(await danish('tests/unit/x.test.ts', "export const text = 'Mødested';\n")).toBe(0);
  });
});
