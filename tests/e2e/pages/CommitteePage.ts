import { expect, type Locator, type Page } from '@playwright/test';

export type MemberData = { name: string; label?: string; role?: 'Formand' | 'Næstformand' | 'Medlem' };
export type MeetingData = { date: string; time?: string; location?: string };

/** "Nyt udvalg" and a committee's own page (its meetings, the new-meeting form, its members). */
export class CommitteePage {
  readonly page: Page;
  readonly nameInput: Locator;
  readonly createButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.nameInput = page.getByLabel('Udvalgets navn');
    this.createButton = page.getByRole('button', { name: 'Opret udvalg' });
  }

  memberName(n: number): Locator {
    return this.page.getByLabel(`Navn på medlem ${n}`);
  }

  /** Fills member rows 1..n, adding rows as needed (the form starts with one empty row). */
  async fillMembers(members: MemberData[]): Promise<void> {
    for (const [index, member] of members.entries()) {
      const n = index + 1;
      if ((await this.memberName(n).count()) === 0) await this.page.getByRole('button', { name: 'Tilføj medlem' }).click();
      await this.memberName(n).fill(member.name);
      await this.page.getByLabel(`Parti eller titel for medlem ${n}`).fill(member.label ?? '');
      await this.page.getByLabel(`Rolle for medlem ${n}`).selectOption({ label: member.role ?? 'Medlem' });
    }
  }

  async create(name: string, members: MemberData[]): Promise<void> {
    await this.nameInput.fill(name);
    await this.fillMembers(members);
    await this.createButton.click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async createMeeting(meeting: MeetingData): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Nyt møde' });
    await form.getByLabel('Dato').fill(meeting.date);
    if (meeting.time) await form.getByLabel('Klokkeslæt').fill(meeting.time);
    if (meeting.location !== undefined) await form.getByLabel('Mødested').fill(meeting.location);
    await form.getByRole('button', { name: 'Opret møde' }).click();
  }

  /** The member's row in "Medlemmernes nøgler". */
  keyRow(memberDisplayName: string): Locator {
    return this.page
      .getByRole('table', { name: 'Medlemmernes nøgler' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: memberDisplayName, exact: true }) });
  }

  async importKey(memberDisplayName: string, path: string): Promise<void> {
    await this.page.getByLabel(`Importér nøglefil for ${memberDisplayName}`).setInputFiles(path);
    await expect(this.keyRow(memberDisplayName)).toContainText('Nøgle fra medlemmets egen computer');
  }

  newMeetingForm(): Locator {
    return this.page.getByRole('form', { name: 'Nyt møde' });
  }
}
