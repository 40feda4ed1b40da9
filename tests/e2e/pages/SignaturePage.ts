import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The personal code the e2e members choose the first time they approve on the secretary's computer. */
export const DEFAULT_CODE = 'min-kode-42';

/** The "Underskriftsside" tab: one row per participant, the review dialog, the offline round and the audit trail. */
export class SignaturePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly progress: Locator;
  readonly table: Locator;
  readonly fingerprint: Locator;
  readonly changes: Locator;
  readonly audit: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 2, name: 'Underskriftsside' });
    this.table = page.getByRole('table', { name: 'Underskriftsside' });
    this.progress = page.getByRole('status').filter({ hasText: /har godkendt|godkendt af alle/ });
    this.fingerprint = page.locator('.fingerprint-line code');
    this.changes = page.getByRole('region', { name: 'Ændret siden sidste godkendelsesrunde' }).first();
    this.audit = page.getByRole('table', { name: 'Revisionsspor' });
  }

  row(memberDisplayName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: memberDisplayName, exact: true }) });
  }

  approveButton(memberDisplayName: string): Locator {
    return this.table.getByRole('button', { name: `Godkend som ${memberDisplayName}`, exact: true });
  }

  reviewDialog(memberDisplayName: string): Locator {
    return this.page.getByRole('dialog', { name: `Godkend referatet som ${memberDisplayName}` });
  }

  /** Picks the member's name and opens the read-only review they approve from. */
  async openReview(memberDisplayName: string): Promise<Locator> {
    await this.approveButton(memberDisplayName).click();
    const dialog = this.reviewDialog(memberDisplayName);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /**
   * Types the signer's personal code: the first time on this computer the code is chosen and typed twice,
   * after that typed once.
   */
  async typeCode(dialog: Locator, code: string): Promise<void> {
    const choose = dialog.getByLabel('Vælg din personlige kode');
    if (await choose.count()) {
      await choose.fill(code);
      await dialog.getByLabel('Skriv koden igen').fill(code);
    } else {
      await dialog.getByLabel('Din personlige kode').fill(code);
    }
  }

  async approve(memberDisplayName: string, code = DEFAULT_CODE): Promise<void> {
    const dialog = await this.openReview(memberDisplayName);
    await this.typeCode(dialog, code);
    await dialog.getByRole('button', { name: 'Godkend', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async reject(memberDisplayName: string, comment: string, code = DEFAULT_CODE): Promise<void> {
    const dialog = await this.openReview(memberDisplayName);
    await this.typeCode(dialog, code);
    await dialog.getByRole('button', { name: 'Afvis …' }).click();
    await dialog.getByLabel('Kommentar til afvisningen').fill(comment);
    await dialog.getByRole('button', { name: 'Afvis referatet' }).click();
    await expect(dialog).toBeHidden();
  }

  async exportPackage(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Eksportér godkendelsespakke' }).click();
    return download;
  }

  async importAnswer(path: string): Promise<void> {
    await this.page.getByLabel('Importér svar', { exact: true }).setInputFiles(path);
  }

  /** The audit trail's action column, oldest first. */
  auditActions(): Locator {
    return this.audit.locator('tbody tr td:nth-child(2)');
  }
}
