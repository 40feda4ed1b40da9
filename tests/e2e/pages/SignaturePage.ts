import type { Locator, Page } from '@playwright/test';

/** The "Underskriftsside" tab: one row per participant with Godkend or the approval time. */
export class SignaturePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly progress: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 2, name: 'Underskriftsside' });
    this.table = page.getByRole('table', { name: 'Underskriftsside' });
    this.progress = page.getByRole('status').filter({ hasText: /har godkendt|godkendt af alle/ });
  }

  row(memberDisplayName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: memberDisplayName, exact: true }) });
  }

  approveButton(memberDisplayName: string): Locator {
    return this.table.getByRole('button', { name: `Godkend som ${memberDisplayName}`, exact: true });
  }

  async approve(memberDisplayName: string): Promise<void> {
    await this.approveButton(memberDisplayName).click();
  }
}
