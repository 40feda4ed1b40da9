import type { Locator, Page } from '@playwright/test';

/** The search field in the top bar and its result list. */
export class SearchBox {
  readonly page: Page;
  readonly input: Locator;
  readonly results: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.input = page.getByRole('combobox', { name: 'Søg i alle møder' });
    this.results = page.getByRole('listbox', { name: 'Fundne punkter' });
    this.status = page.locator('.search-status');
  }

  hits(): Locator {
    return this.results.getByRole('option');
  }

  hit(text: string | RegExp): Locator {
    return this.hits().filter({ hasText: text });
  }

  /** Types key by key, as a person does: results must come while typing, not after a submit. */
  async type(text: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(text, { delay: 40 });
  }
}
