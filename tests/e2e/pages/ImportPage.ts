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

  /** The sections of item n as listed in the review, by their printed headings. */
  sections(n: number): Locator {
    return this.items.nth(n - 1).locator('.import-sections > li');
  }

  /**
   * Splits a section of item n before the paragraph that starts with `before`,
   * giving the new part a template heading or, with `free`, a heading of its own;
   * from the keyboard, as a secretary without a mouse would.
   */
  async splitSection(n: number, section: string, before: string, heading: { template: string } | { free: string }): Promise<void> {
    const item = this.items.nth(n - 1);
    await item.getByRole('button', { name: `Del afsnittet »${section}« ved et tekstafsnit` }).focus();
    await this.page.keyboard.press('Enter');
    const panel = item.getByRole('group', { name: `Hvor begynder det nye afsnit i »${section}«?` });
    await panel.getByRole('radio', { name: new RegExp(`^Tekstafsnit \\d+: ${escape(before)}`) }).check();
    if ('template' in heading) await panel.getByLabel('Overskrift', { exact: true }).selectOption({ label: heading.template });
    else {
      await panel.getByLabel('Overskrift', { exact: true }).selectOption({ label: 'Anden overskrift …' });
      await panel.getByLabel('Overskriftens tekst').fill(heading.free);
    }
    await panel.getByRole('button', { name: 'Del afsnittet' }).click();
    await expect(panel).toHaveCount(0);
  }

  /** Gives a section of item n another heading: one of the template's. */
  async renameSection(n: number, section: string, template: string): Promise<void> {
    const item = this.items.nth(n - 1);
    await item.getByRole('button', { name: `Skift overskriften »${section}«` }).click();
    const panel = item.getByRole('group', { name: `Skift overskriften »${section}«` });
    await panel.getByLabel('Overskrift', { exact: true }).selectOption({ label: template });
    await panel.getByRole('button', { name: 'Skift overskrift' }).click();
    await expect(panel).toHaveCount(0);
  }

  async commit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gem mødet' }).click();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Annullér' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Importen er annulleret' })).toContainText('intet er gemt');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
