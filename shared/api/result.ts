/**
 * Every API answer crosses the boundary as a plain envelope: Electron's IPC
 * strips custom error fields, and the browser host speaks JSON.
 */
/** `disk_fuld`: the disk (or the user's quota) is full; nothing was saved, so the caller must keep the unsaved value. */
export type ApiErrorCode = 'ugyldig_forespoergsel' | 'ikke_fundet' | 'konflikt' | 'disk_fuld' | 'intern_fejl';

export type ApiError = { code: ApiErrorCode; message: string; details?: string[] };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class ReferentError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: string[];
  constructor(code: ApiErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'ReferentError';
    this.code = code;
    this.details = details;
  }
}
