import { isChannelName, type ServiceApi } from '../../../shared/api/contract.ts';
import { ReferentError, type ApiResult } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import { requestErrorInDanish } from '../store/fsErrorInDanish.ts';

/**
 * The single entry point for every API call, whichever way it arrived (IPC or
 * the loopback HTTP host): the channel must exist; the service validates the
 * payload against the channel's schema. Errors become typed envelopes with a
 * Danish message, never a thrown object crossing the boundary.
 */
export async function dispatch(service: ServiceApi, channel: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'ugyldig_forespoergsel', message: da.errors.unknownChannel(String(channel).slice(0, 80)) } };
  }
  try {
    const call = service[channel] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await call(payload) };
  } catch (error) {
    if (error instanceof ReferentError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
    }
    if (isZodError(error)) {
      const details = error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
      return { ok: false, error: { code: 'ugyldig_forespoergsel', message: da.errors.invalidRequest, details } };
    }
    console.error('[referent] handler failed', channel, error);
    const described = requestErrorInDanish(error);
    if (described) return { ok: false, error: { code: described.code, message: described.message } };
    return { ok: false, error: { code: 'intern_fejl', message: da.errors.internal } };
  }
}

function isZodError(error: unknown): error is { issues: { path: PropertyKey[]; message: string }[] } {
  return typeof error === 'object' && error !== null && Array.isArray((error as { issues?: unknown }).issues);
}
