import { apiContract, channelNames, type ApiHandlers, type ServiceApi } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';
import { MAX_RICH_TEXT_DEPTH } from '../../../shared/text/richText.ts';
import { findInputProblem, inputProblemMessage } from '../security/inputGuard.ts';

const RICH_TEXT_TOO_DEEP = securityText.input.richTextTooDeep(MAX_RICH_TEXT_DEPTH);

/**
 * Puts the contract's schema in front of every handler, so no caller (IPC, the
 * browser host, the CLI, a test) can reach one with a request the schema
 * refuses, and every caller gets the schema's defaults. Before the schema, one
 * walk without recursion refuses what no schema should be handed: nesting deep
 * enough to overflow zod's recursive parse, and strings with half a surrogate
 * pair, U+FFFE/U+FFFF or NUL.
 */
export function validating(handlers: ApiHandlers): ServiceApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of channelNames) {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    api[name] = async (request) => {
      const problem = findInputProblem(request ?? {});
      if (problem) throw new ReferentError('ugyldig_forespoergsel', inputProblemMessage(problem));
      const parsed = apiContract[name].request.safeParse(request ?? {});
      if (!parsed.success) {
        const details = parsed.error.issues.slice(0, 10).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
        // Too deep a text says so plainly: its path (body.content.0.content.0…) helps nobody.
        if (parsed.error.issues.some((i) => i.message === RICH_TEXT_TOO_DEEP)) throw new ReferentError('ugyldig_forespoergsel', RICH_TEXT_TOO_DEEP, details);
        throw new ReferentError('ugyldig_forespoergsel', `${da.errors.invalidRequest} ${details[0] ?? ''}`.trim(), details);
      }
      return handler(parsed.data);
    };
  }
  return api as ServiceApi;
}
