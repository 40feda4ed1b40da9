import { expect, type Locator, type Page } from '@playwright/test';

/** The template part of a committee's page, and the ready-template choice on "Nyt udvalg". */
export class TemplateEditorPage {
  readonly page: Page;
  readonly form: Locator;
  readonly saveButton: Locator;
  readonly decisionExample: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole('form', { name: 'Udvalgets oplysninger' });
    this.saveButton = this.form.getByRole('button', { name: 'Gem udvalget' });
    this.decisionExample = this.form.getByText(/^Eksempel: /);
  }

  /** `Politisk udvalg`, `Direktion`, `Chefforum` or `Tom skabelon`. */
  async chooseReadyTemplate(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Skabelon' }).getByRole('radio', { name: new RegExp(`^${name}`) }).check();
  }

  sectionTitle(n: number): Locator {
    return this.form.getByLabel(`Overskrift for afsnit ${n}`, { exact: true });
  }

  async sectionCount(): Promise<number> {
    return this.form.getByLabel(/^Overskrift for afsnit \d+$/).count();
  }

  async addSection(title: string, options: { required?: boolean; defaultText?: string } = {}): Promise<number> {
    await this.form.getByRole('button', { name: 'Tilføj afsnit' }).click();
    const n = await this.sectionCount();
    await this.sectionTitle(n).fill(title);
    if (options.required) await this.form.getByLabel(`Afsnit ${n} skal udfyldes`).check();
    if (options.defaultText !== undefined) await this.form.getByLabel(`Standardtekst for afsnit ${n}`).fill(options.defaultText);
    return n;
  }

  async setNumbering(mode: 'Start forfra på hvert møde' | 'Fortløbende gennem året', startNumber?: number): Promise<void> {
    await this.form.getByRole('radio', { name: mode }).check();
    if (startNumber !== undefined) await this.form.getByLabel('Startnummer').fill(String(startNumber));
  }

  async setDecisionHeading(style: 'kort' | 'medUdvalgOgDato'): Promise<void> {
    await this.form.getByRole('radio', { name: style === 'kort' ? /^Kort/ : /^Med udvalg og dato/ }).check();
  }

  caseFlowStep(n: number): Locator {
    return this.form.getByLabel(`Sagsgangsrække ${n}`, { exact: true });
  }

  /** Adds a Sagsgang row at the end and names it; returns its number. */
  async addCaseFlowStep(name: string): Promise<number> {
    await this.form.getByRole('button', { name: 'Tilføj række' }).click();
    const n = await this.form.getByLabel(/^Sagsgangsrække \d+$/).count();
    await this.caseFlowStep(n).fill(name);
    return n;
  }

  async setCaseFlowPlacement(label: 'Først i punktet' | 'Efter indstillingen' | 'Sidst, før bilag'): Promise<void> {
    await this.form.getByLabel('Sagsgangen står').selectOption({ label });
  }

  async setTocItemNumbers(on: boolean): Promise<void> {
    await this.form.getByLabel(/Vis punktnummeret i indholdsfortegnelsen/).setChecked(on);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.form.getByRole('status').filter({ hasText: 'Udvalget er gemt.' })).toBeVisible();
  }
}
