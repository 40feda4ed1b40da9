import { expect, type Locator, type Page } from '@playwright/test';

/** "Sikkerhedskopier": the list of backups, taking one and restoring one. */
export class BackupsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly table: Locator;
  readonly createButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Sikkerhedskopier' });
    this.table = page.getByRole('table', { name: 'Sikkerhedskopier, nyeste først' });
    this.createButton = page.getByRole('button', { name: 'Tag sikkerhedskopi nu' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Udvalg og møder' }).getByRole('link', { name: 'Sikkerhedskopier' }).click();
    await expect(this.heading).toBeVisible();
  }

  /** Rows of the table body, newest first. */
  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  row(kind: string): Locator {
    return this.rows().filter({ hasText: kind });
  }

  async takeBackup(): Promise<void> {
    // Counted by kind: the day's automatic backup is made in the background after start and may appear meanwhile.
    const manual = this.row('Manuel sikkerhedskopi');
    const before = await manual.count();
    await this.createButton.click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Sikkerhedskopien er taget.' })).toBeVisible();
    await expect(manual).toHaveCount(before + 1);
  }

  /** Restores the first (newest) backup of that kind after the confirmation; returns the message shown. */
  async restore(kind: string): Promise<Locator> {
    await this.row(kind).first().getByRole('button', { name: /^Gendan/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' });
    await expect(dialog).toContainText('så du kan fortryde');
    await dialog.getByRole('button', { name: 'Gendan', exact: true }).click();
    await expect(dialog).toBeHidden();
    const message = this.page.getByRole('status').filter({ hasText: 'Data er gendannet' });
    await expect(message).toBeVisible();
    return message;
  }
}
