import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The agenda editor of issue 3, beside the shared MeetingPage: item rows by
 * their printed label (`12.a`), the undo toast, item fields, bilag, sagsgang,
 * attendance and meeting mode.
 */
export class AgendaEditor {
  readonly page: Page;
  readonly list: Locator;
  readonly article: Locator;
  readonly toast: Locator;
  readonly undoButton: Locator;
  readonly bilag: Locator;
  readonly meetingMode: Locator;

  constructor(page: Page) {
    this.page = page;
    this.list = page.getByRole('list', { name: 'Dagsordenspunkter' });
    this.article = page.getByRole('article');
    this.toast = page.getByRole('status', { name: 'Fortryd' });
    this.undoButton = this.toast.getByRole('button', { name: /^Fortryd/ });
    this.bilag = this.article.getByRole('region', { name: 'Bilag' });
    this.meetingMode = page.getByRole('region', { name: /Mødetilstand/ });
  }

  /** `Punkt 12.a: …` links in list order, as text. */
  async labels(): Promise<string[]> {
    // The meeting screen loads on demand: wait for its list before reading it.
    await expect(this.list.getByRole('link').first()).toBeVisible();
    const texts = await this.list.getByRole('link').locator('.item-link-title').allTextContents();
    return texts.map((t) => t.trim());
  }

  link(label: string): Locator {
    return this.list.getByRole('link').filter({ hasText: `Punkt ${label}:` });
  }

  row(title: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title });
  }

  async select(label: string): Promise<void> {
    await this.link(label).click();
    await expect(this.article.getByRole('heading', { level: 2 })).toContainText(`Punkt ${label}:`);
  }

  field(label: string): Locator {
    return this.article.getByLabel(label, { exact: true });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status', { name: 'Gemmestatus' })).toHaveText('Alle ændringer er gemt');
  }

  async enterMeetingMode(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mødetilstand', exact: true }).click();
    await expect(this.meetingMode).toBeVisible();
  }
}
