import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { ItemEditor } from './ItemEditor.ts';
import { SignaturePage } from './SignaturePage.ts';
import { PublishCheckDialog } from './PublishCheckDialog.ts';

export type Attendance = 'Til stede' | 'Afbud' | 'Fraværende';

/** One meeting: the header block, the tabs, the agenda item list and the export. */
export class MeetingPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly info: Locator;
  readonly itemList: Locator;
  readonly editor: ItemEditor;
  readonly signatures: SignaturePage;
  /** The status badge in the meeting header: Kladde, Møde afholdt, Til godkendelse, Godkendt … */
  readonly status: Locator;
  readonly lockNotice: Locator;
  readonly integrityBanner: Locator;
  /** The status control: what the current status allows, and the steps the secretary may take by hand. */
  readonly statusControl: Locator;
  readonly statusExplanation: Locator;
  /** »Tjek før udsendelse«, opened before a public export, before marking the dagsorden sent, or on demand. */
  readonly publishCheck: PublishCheckDialog;
  /** The export panel's »Flere valg«. */
  readonly exportOptions: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.info = page.getByRole('region', { name: 'Mødeoplysninger' });
    this.itemList = page.getByRole('list', { name: 'Dagsordenspunkter' });
    this.editor = new ItemEditor(page);
    this.signatures = new SignaturePage(page);
    this.status = page.locator('.meeting-title .kicker .badge');
    this.lockNotice = page.getByRole('note').filter({ hasText: 'indholdet er skrivebeskyttet' });
    this.statusControl = page.getByRole('region', { name: 'Mødets status' });
    this.statusExplanation = this.statusControl.locator('.status-explanation');
    this.publishCheck = new PublishCheckDialog(page);
    this.exportOptions = page.locator('.export-options');
    this.integrityBanner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Referatet passer ikke med godkendelserne' }) });
  }

  /**
   * Presses »Send til godkendelse«: the pre-release check runs first, and when it has findings its dialog
   * shows them (they never block sending); going on from there, or straight away, opens the send dialog.
   */
  async startSendToApproval(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Send til godkendelse', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Send referatet til godkendelse?' });
    await expect(dialog.or(this.publishCheck.dialog)).toBeVisible();
    if (await this.publishCheck.dialog.isVisible()) {
      await this.publishCheck.proceed(/^(Videre til Send til godkendelse|Send til godkendelse alligevel)$/).click();
    }
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Confirms the dialog; the app moves on to the signature page. */
  async sendToApproval(): Promise<void> {
    const dialog = await this.startSendToApproval();
    await expect(dialog).toContainText('kan indholdet ikke længere ændres');
    await dialog.getByRole('button', { name: 'Send til godkendelse' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.status).toHaveText('Til godkendelse');
  }

  /** Presses one of the status control's steps from the keyboard, as a keyboard user would. */
  async pressStatusStep(name: string): Promise<void> {
    const step = this.statusControl.getByRole('group', { name: 'Næste skridt' }).getByRole('button', { name });
    await step.focus();
    await this.page.keyboard.press('Enter');
  }

  async reopen(reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Genåbn referatet' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Genåbn referatet?' });
    await dialog.getByLabel('Begrundelse').fill(reason);
    await dialog.getByRole('button', { name: 'Genåbn referatet' }).click();
    await expect(dialog).toBeHidden();
  }

  field(label: 'Mødedato' | 'Klokkeslæt' | 'Mødested' | 'Første punktnummer'): Locator {
    return this.info.getByLabel(label, { exact: true });
  }

  async setField(label: 'Mødedato' | 'Klokkeslæt' | 'Mødested' | 'Første punktnummer', value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).blur();
  }

  async setAttendance(memberDisplayName: string, attendance: Attendance): Promise<void> {
    const toggle = this.info.getByRole('button', { name: 'Redigér deltagere' });
    if (await toggle.isVisible()) await toggle.click();
    await this.info.getByLabel(`Fremmøde for ${memberDisplayName}`).selectOption({ label: attendance });
  }

  async addItem(title: string, caseNumber = ''): Promise<void> {
    const before = await this.itemLinks().count();
    await this.page.getByLabel('Titel', { exact: true }).first().waitFor();
    const form = this.page.getByRole('form', { name: 'Tilføj punkt' });
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Sagsnummer').fill(caseNumber);
    await form.getByRole('button', { name: 'Tilføj punkt' }).click();
    await expect(this.itemLinks()).toHaveCount(before + 1);
    await expect(this.editor.heading).toContainText(title);
  }

  itemLinks(): Locator {
    return this.page.getByRole('list', { name: 'Dagsordenspunkter' }).getByRole('link');
  }

  itemLink(n: number): Locator {
    return this.itemLinks().filter({ hasText: `Punkt ${n}:` });
  }

  async selectItem(n: number): Promise<void> {
    await this.itemLink(n).click();
    await expect(this.editor.heading).toContainText(`Punkt ${n}:`);
  }

  async moveItemUp(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Flyt punkt ${n} op` }).click();
  }

  async moveItemDown(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Flyt punkt ${n} ned` }).click();
  }

  async removeItem(n: number): Promise<void> {
    await this.page.getByRole('button', { name: `Slet punkt ${n}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Slet dagsordenspunkt?' });
    await dialog.getByRole('button', { name: 'Slet punktet' }).click();
  }

  async openAgenda(): Promise<void> {
    await this.page.getByRole('tab', { name: /Dagsorden/ }).click();
  }

  async openSignatures(): Promise<SignaturePage> {
    await this.page.getByRole('tab', { name: /Underskriftsside/ }).click();
    await expect(this.signatures.heading).toBeVisible();
    return this.signatures;
  }

  /** Picks document, edition and format under »Flere valg« and presses Eksportér (a public one opens the check first when it finds something). */
  async exportChosen(choice: { document?: 'referat' | 'dagsorden'; audience?: 'fuld' | 'offentlig'; format?: 'docx' | 'pdf' | 'packet' }): Promise<void> {
    if ((await this.exportOptions.getAttribute('open')) === null) await this.exportOptions.getByText('Flere valg').click();
    if (choice.document) await this.exportOptions.getByLabel('Dokument', { exact: true }).selectOption(choice.document);
    if (choice.audience) await this.exportOptions.getByLabel('Udgave', { exact: true }).selectOption(choice.audience);
    if (choice.format) await this.exportOptions.getByLabel('Format', { exact: true }).selectOption(choice.format);
    await this.exportOptions.getByRole('button', { name: 'Eksportér', exact: true }).click();
  }

  async exportDocx(): Promise<Download> {
    // As the other exports' waits: a loaded CI machine made a 2 s export take over 10 s once.
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: /^Eksportér (referat|dagsorden) \(DOCX\)$/ }).click();
    return download;
  }
}
