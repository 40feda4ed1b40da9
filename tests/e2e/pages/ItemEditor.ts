import type { Locator, Page } from '@playwright/test';

export type ToolName = 'Fed' | 'Kursiv' | 'Understreget' | 'Punktopstilling' | 'Nummereret liste' | 'Underoverskrift' | 'Link' | 'Indsæt tabel';

/** The selected agenda item: its fields and its rich-text sections. */
export class ItemEditor {
  readonly page: Page;
  readonly root: Locator;
  readonly heading: Locator;
  readonly title: Locator;
  readonly caseNumber: Locator;
  readonly closed: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByRole('article');
    this.heading = this.root.getByRole('heading', { level: 2 });
    this.title = this.root.getByLabel('Titel', { exact: true });
    this.caseNumber = this.root.getByLabel('Sagsnummer', { exact: true });
    this.closed = this.root.getByLabel('Lukket punkt');
  }

  section(name: string): Locator {
    return this.root.getByRole('textbox', { name, exact: true });
  }

  tool(section: string, tool: ToolName): Locator {
    return this.root.getByRole('toolbar', { name: `Formatering: ${section}` }).getByRole('button', { name: tool, exact: true });
  }

  /** Types at the end of a section; `\n` starts a new paragraph or list item. */
  async type(section: string, text: string): Promise<void> {
    const box = this.section(section);
    await box.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async toggle(section: string, tool: ToolName): Promise<void> {
    await this.tool(section, tool).click();
  }
}
