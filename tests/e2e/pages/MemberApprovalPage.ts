import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The member's own Referent: "Godkend et referat" with the key file and the package review. */
export class MemberApprovalPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly review: Locator;
  readonly answer: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Godkend et referat' });
    this.review = page.getByRole('list', { name: 'Punkter og beslutninger' });
    this.answer = page.getByRole('region', { name: 'Dit svar' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Godkend et referat' }).click();
    await expect(this.heading).toBeVisible();
  }

  async saveKeyFile(name: string): Promise<Download> {
    await this.page.getByLabel('Dit navn').fill(name);
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Gem min nøglefil' }).click();
    return download;
  }

  async openPackage(path: string): Promise<void> {
    await this.page.getByLabel('Åbn godkendelsespakke', { exact: true }).setInputFiles(path);
    await expect(this.review).toBeVisible();
  }

  reviewItem(n: number): Locator {
    return this.review.getByRole('article').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^Punkt ${n}:`) }) });
  }

  async approveAs(memberDisplayName: string): Promise<Download> {
    await this.answer.getByRole('radio', { name: memberDisplayName, exact: true }).check();
    const download = this.page.waitForEvent('download');
    await this.answer.getByRole('button', { name: 'Godkend', exact: true }).click();
    return download;
  }

  async rejectAs(memberDisplayName: string, comment: string): Promise<Download> {
    await this.answer.getByRole('radio', { name: memberDisplayName, exact: true }).check();
    await this.answer.getByRole('button', { name: 'Afvis …' }).click();
    await this.answer.getByLabel('Kommentar til afvisningen').fill(comment);
    const download = this.page.waitForEvent('download');
    await this.answer.getByRole('button', { name: 'Afvis referatet' }).click();
    return download;
  }
}
