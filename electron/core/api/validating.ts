import { apiContract, channelNames, type ApiHandlers, type ServiceApi } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';

/**
 * Puts the contract's schema in front of every handler, so no caller (IPC, the
 * browser host, the CLI, a test) can reach one with a request the schema
 * refuses, and every caller gets the schema's defaults.
 */
export function validating(handlers: ApiHandlers): ServiceApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of channelNames) {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    api[name] = async (request) => {
      const parsed = apiContract[name].request.safeParse(request ?? {});
      if (!parsed.success) {
        const details = parsed.error.issues.slice(0, 10).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
        throw new ReferentError('ugyldig_forespoergsel', `${da.errors.invalidRequest} ${details[0] ?? ''}`.trim(), details);
      }
      return handler(parsed.data);
    };
  }
  return api as ServiceApi;
}
