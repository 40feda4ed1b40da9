import type { ClosedReason, VoteChoice } from '../domain/meeting.ts';

/** Danish text for what the record holds beyond the sections: votes and why an item is closed. */
export const recordText = {
  /** `For stemte: A, V (7).` / `Undlod: C (1).`, as the councils print a vote under the decision. */
  voteLabel: { for: 'For stemte', imod: 'Imod stemte', undlod: 'Undlod' } satisfies Record<VoteChoice, string>,
  voteHeading: 'Afstemning',
  closedReasons: {
    personalesag: 'Personalesag',
    koeb_salg_fast_ejendom: 'Køb og salg af fast ejendom',
    tilbud_udbud: 'Tilbud og udbud',
    enkeltpersoners_forhold: 'Enkeltpersoners forhold',
    andet: 'Andet',
  } satisfies Record<ClosedReason['ground'], string>,
  /** Printed under a closed item's case number in the full version. */
  closedReasonLine: (reason: string) => `Lukket punkt. Begrundelse: ${reason}`,
  /** On the Underskriftsside item, above the app's approval sentence, so it never reads as part of the item's own decision. */
  signatureHeading: 'Godkendelse af beslutningsprotokollen',
} as const;
