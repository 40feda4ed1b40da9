import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';

test.use({ withSeeds: true });

test('exports the public dagsorden as DOCX and the referat as PDF from the export choices', async ({ page, host }) => {
  // The PDF goes through LibreOffice, which takes half a minute on a loaded machine.
  test.setTimeout(240_000);
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');

  const options = page.locator('.export-options');
  await options.getByText('Flere valg').click();
  await options.getByLabel('Dokument', { exact: true }).selectOption('dagsorden');
  await options.getByLabel('Udgave', { exact: true }).selectOption('offentlig');
  await options.getByRole('button', { name: 'Eksportér', exact: true }).click();
  // The public version is checked first: the seed's closed items lack a public title and a reason (warnings, which never block).
  const check = page.getByRole('dialog', { name: 'Tjek før udsendelse' });
  await expect(check.getByRole('listitem').filter({ hasText: 'Lukket punkt uden begrundelse' }).first()).toContainText('Advarsel');
  const docx = page.waitForEvent('download', { timeout: 60_000 });
  await check.getByRole('button', { name: 'Eksportér alligevel' }).click();
  const dagsorden = await docx;
  expect(dagsorden.suggestedFilename()).toBe('Dagsorden Direktionen 16-03-2026 (offentlig).docx');
  const { value: text } = await mammoth.extractRawText({ buffer: await readFile(await dagsorden.path()) });
  expect(text).toContain('DAGSORDEN Direktionen d.\u00a016\u201103\u20112026');
  expect(text).toContain('Lukket: DI Vestsjælland deltager i direktionmødet');
  expect(text).not.toContain('Anbefales.');

  await options.getByLabel('Dokument', { exact: true }).selectOption('referat');
  await options.getByLabel('Format', { exact: true }).selectOption('pdf');
  await options.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const pdf = page.waitForEvent('download', { timeout: 180_000 });
  await check.getByRole('button', { name: 'Eksportér alligevel' }).click();
  const referat = await pdf;
  expect(referat.suggestedFilename()).toBe('Referat Direktionen 16-03-2026 (offentlig).pdf');
  expect((await readFile(await referat.path())).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'hentet' })).toBeVisible();
});
