import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';

test.use({ withSeeds: true });

test('adgangsnøglen: siden tager den fra adressen, fjerner den fra adresselinjen og klarer en genindlæsning; uden nøgle afvises alt', async ({ page, host, browser }) => {
  const shell = new AppShell(page);
  expect(new URL(host.url).searchParams.get('token')).toBeTruthy();
  await shell.open(host.url + '#/');
  await expect(shell.nav.getByRole('link', { name: 'Organisations- og Beredskabsudvalget', exact: true })).toBeVisible();
  // The key is gone from the address bar (and so from bookmarks and history), the rest of the address is kept.
  expect(page.url()).not.toContain('token');
  expect(new URL(page.url()).hash).toBe('#/');
  await page.reload();
  await expect(shell.nav.getByRole('link', { name: 'Organisations- og Beredskabsudvalget', exact: true })).toBeVisible();

  // Another browser (a fresh context: no key in its storage) that finds the port gets nothing, and is told why in Danish.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(new URL(host.url).origin + '/');
  await expect(stranger.getByRole('navigation', { name: 'Udvalg og møder' })).toContainText('Adgang nægtet: adressen mangler den adgangsnøgle');
  await expect(stranger.getByRole('link', { name: 'Organisations- og Beredskabsudvalget', exact: true })).toHaveCount(0);
  await other.close();
});
