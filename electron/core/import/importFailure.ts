import { ReferentError } from '../../../shared/api/result.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

export type ImportFailureReason = keyof typeof importText.failures;

/** A file that cannot be imported, with the Danish reason; nothing has been written when it is thrown. */
export class ImportFailure extends ReferentError {
  readonly reason: ImportFailureReason;
  constructor(reason: ImportFailureReason) {
    super('ugyldig_forespoergsel', importText.failures[reason]);
    this.name = 'ImportFailure';
    this.reason = reason;
  }
}
