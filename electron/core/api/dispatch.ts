import { apiContract, isChannelName, type ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError, type ApiResult } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';

/**
 * The single entry point for every API call, whichever way it arrived (IPC or
 * the loopback HTTP host): the channel must exist and the payload must match
 * its schema before a handler sees it. Errors become typed envelopes, with a
 * Danish message, never a thrown object crossing the boundary.
 */
export async function dispatch(handlers: ApiHandlers, channel: unknown, payload: unknown): Promise<ApiResult<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, error: { code: 'ugyldig_forespoergsel', message: da.errors.unknownChannel(String(channel).slice(0, 80)) } };
  }
  const parsed = apiContract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 10).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
    return { ok: false, error: { code: 'ugyldig_forespoergsel', message: `${da.errors.invalidRequest} ${details[0] ?? ''}`.trim(), details } };
  }
  try {
    const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ReferentError) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    if (isZodError(error)) {
      const details = error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
      return { ok: false, error: { code: 'ugyldig_forespoergsel', message: da.errors.invalidRequest, details } };
    }
    console.error('[referent] handler failed', channel, error);
    return { ok: false, error: { code: 'intern_fejl', message: da.errors.internal } };
  }
}

function isZodError(error: unknown): error is { issues: { path: PropertyKey[]; message: string }[] } {
  return typeof error === 'object' && error !== null && Array.isArray((error as { issues?: unknown }).issues);
}
