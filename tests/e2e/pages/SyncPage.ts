import { expect, type Locator, type Page } from '@playwright/test';

/** Deling: the CouchDB settings, the conflicts, and the header's sync status. */
export class SyncPage {
  readonly page: Page;
  readonly address: Locator;
  readonly user: Locator;
  readonly password: Locator;
  readonly joinId: Locator;
  readonly save: Locator;
  readonly badge: Locator;

  constructor(page: Page) {
    this.page = page;
    this.address = page.getByLabel('Serveradresse');
    this.user = page.getByLabel('Brugernavn');
    this.password = page.getByLabel('Adgangskode', { exact: true });
    this.joinId = page.getByLabel('Deltag i udvalg (udvalgets id)');
    this.save = page.getByRole('button', { name: 'Gem og synkronisér' });
    this.badge = page.locator('.app-header').getByRole('status').filter({ hasText: /Synkroniseret|Offline|Konflikt|Fejl|Synkroniserer/ });
  }

  async open(hostUrl: string): Promise<void> {
    await this.page.goto(`${hostUrl}#/deling`);
    await expect(this.page.getByRole('heading', { name: 'Deling via CouchDB' })).toBeVisible();
  }

  committee(name: string): Locator {
    return this.page.getByRole('group', { name: 'Udvalg, der deles' }).getByLabel(name);
  }

  /** Enters the server and a secretary's credentials, ticks the committee and saves: the first round shares it. */
  async share(hostUrl: string, server: string, committeeName: string, user = 'sekretaer', password = 'hemmelig'): Promise<void> {
    await this.open(hostUrl);
    await this.address.fill(server);
    await this.user.fill(user);
    await this.password.fill(password);
    await this.committee(committeeName).check();
    await this.save.click();
    await this.expectSynced();
  }

  /** Enters the server and a committee's id and saves: the first round joins it. */
  async join(hostUrl: string, server: string, committeeId: string): Promise<void> {
    await this.open(hostUrl);
    await this.address.fill(server);
    await this.joinId.fill(committeeId);
    await this.save.click();
    await this.expectSynced();
  }

  async expectSynced(): Promise<void> {
    await expect(this.badge).toHaveText('Synkroniseret', { timeout: 30_000 });
  }
}
