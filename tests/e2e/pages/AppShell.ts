import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every screen: header with the save state, and the navigation. */
export class AppShell {
  readonly page: Page;
  readonly saveStatus: Locator;
  readonly nav: Locator;

  constructor(page: Page) {
    this.page = page;
    this.saveStatus = page.getByRole('status', { name: 'Gemmestatus' });
    this.nav = page.getByRole('navigation', { name: 'Udvalg og møder' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.nav).toBeVisible();
  }

  async expectAllSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Alle ændringer er gemt');
  }

  async startNewCommittee(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Nyt udvalg' }).click();
  }

  async openCommittee(name: string): Promise<void> {
    await this.nav.getByRole('link', { name, exact: true }).click();
  }

  /** The meeting links under a committee in the navigation. */
  meetingLinks(committee: string): Locator {
    return this.nav.getByRole('list', { name: `Møder i ${committee}` }).getByRole('link');
  }

  /** "Alle N møder" below a committee whose meetings are more than the navigation shows. */
  allMeetingsLink(): Locator {
    return this.nav.getByRole('link', { name: /^Alle [\d.]+ møder$/ });
  }

  /** `dateText` as the navigation shows it, e.g. `3. februar 2026`. */
  async openMeeting(committee: string, dateText: string): Promise<void> {
    await this.nav.getByRole('list', { name: `Møder i ${committee}` }).getByRole('link', { name: new RegExp(dateText) }).click();
  }
}
