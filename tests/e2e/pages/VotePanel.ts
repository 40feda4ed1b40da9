import type { Locator } from '@playwright/test';

/** Afstemning on one item, in the item editor or in Mødetilstand (`root` is either). */
export class VotePanel {
  readonly root: Locator;
  readonly by: Locator;
  readonly printed: Locator;

  constructor(scope: Locator) {
    this.root = scope.getByRole('region', { name: 'Afstemning' });
    this.by = this.root.getByLabel('Registrér stemmer', { exact: true });
    this.printed = this.root.locator('.vote-printed');
  }

  member(displayName: string): Locator {
    return this.root.getByLabel(`Stemme fra ${displayName}`);
  }

  partyWho(choice: 'For stemte' | 'Imod stemte' | 'Undlod'): Locator {
    return this.root.getByLabel(`${choice}: partier`);
  }

  partyCount(choice: 'For stemte' | 'Imod stemte' | 'Undlod'): Locator {
    return this.root.getByLabel(`${choice}: antal stemmer`);
  }
}
