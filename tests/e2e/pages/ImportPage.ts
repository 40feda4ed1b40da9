import { expect, type Locator, type Page } from '@playwright/test';

/** Importing a referat or dagsorden: the file picker, the review and the committee choice. */
export class ImportPage {
  readonly page: Page;
  readonly fileInput: Locator;
  readonly review: Locator;
  readonly uncertainties: Locator;
  readonly items: Locator;
  readonly original: Locator;

  constructor(page: Page) {
    this.page = page;
    this.fileInput = page.getByLabel('Vælg en DOCX- eller PDF-fil');
    this.review = page.locator('.import-review');
    this.uncertainties = page.locator('.import-uncertainties');
    this.items = page.locator('.import-items > li');
    this.original = page.getByRole('region', { name: 'Originalens tekst' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Udvalg og møder' }).getByRole('link', { name: 'Importér referat eller dagsorden' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Importér referat eller dagsorden' })).toBeVisible();
  }

  async pick(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Gennemse: / })).toBeVisible({ timeout: 60_000 });
  }

  itemTitle(n: number): Locator {
    return this.page.locator(`#import-item-${n - 1}-title`);
  }

  async commit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gem mødet' }).click();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Annullér' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Importen er annulleret' })).toContainText('intet er gemt');
  }
}
