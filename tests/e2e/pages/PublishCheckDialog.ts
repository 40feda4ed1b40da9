import { expect, type Locator, type Page } from '@playwright/test';

/** The »Tjek før udsendelse« dialog: findings with a jump each, and the override with a reason. */
export class PublishCheckDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly summary: Locator;
  readonly findings: Locator;
  readonly reason: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Tjek før udsendelse' });
    this.summary = this.dialog.locator('#publish-check-summary');
    this.findings = this.dialog.getByRole('list', { name: 'Fund' }).getByRole('listitem');
    this.reason = this.dialog.getByLabel('Begrundelse for at tilsidesætte tjekket');
  }

  finding(text: string | RegExp): Locator {
    return this.findings.filter({ hasText: text });
  }

  async jumpTo(text: string | RegExp): Promise<void> {
    await this.finding(text).getByRole('button', { name: /^Gå til/ }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The button that goes on (Eksportér, Markér dagsorden udsendt …, or »… alligevel« when there are findings). */
  proceed(name: string | RegExp): Locator {
    return this.dialog.getByRole('button', { name });
  }

  async override(reason: string): Promise<void> {
    await this.reason.fill(reason);
    await this.dialog.getByRole('button', { name: 'Tilsidesæt med begrundelse' }).click();
    await expect(this.dialog).toContainText('Fejlene er tilsidesat');
  }
}
