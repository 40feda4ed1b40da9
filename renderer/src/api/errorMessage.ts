import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';

/** A Danish message for anything a call can throw; a failed fetch has no Danish text of its own. */
export function errorMessage(error: unknown): string {
  if (error instanceof ReferentError) return error.message;
  return da.errors.internal;
}
