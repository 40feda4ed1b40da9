import type { ApiHandlers, PublishCheckView } from '../../../shared/api/contract.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { CheckAudience, CheckVariant } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { assertPublicExportAllowed, checkWithOverride, type DocumentCheckRequest } from '../publish/checkWithOverride.ts';
import { OVERRIDE_ACTION, overrideDetails } from '../publish/publishOverride.ts';
import type { ServiceContext } from './serviceContext.ts';
import { SECRETARY_ACTOR } from '../../../shared/domain/auditActor.ts';

type PublishChannels = 'publish.check' | 'publish.override';

function documentOf(ctx: ServiceContext, meeting: Meeting, variant?: CheckVariant, audience?: CheckAudience): DocumentCheckRequest {
  return { dir: ctx.store.dir, committee: ctx.committeeOrThrow(meeting.committeeId), meeting, meetings: ctx.store.meetings(), auditEntries: ctx.audit.entries(meeting.id), variant, audience };
}

/** Refuses a public export while the check finds errors no logged override covers. Called where the documents are built (exportHandlers). */
export function assertPublicExport(ctx: ServiceContext, meeting: Meeting, variant: CheckVariant | undefined, audience: CheckAudience | undefined): Promise<void> {
  return assertPublicExportAllowed({ ...documentOf(ctx, meeting, variant, audience), variant: variant ?? 'referat', audience: audience ?? 'fuld' });
}

const view = ({ fingerprint: _fingerprint, ...rest }: PublishCheckView & { fingerprint: string }): PublishCheckView => rest;

/**
 * »Tjek før udsendelse« (issue 15): the findings on demand, and the
 * secretary's override of the errors with a reason, appended to the audit log
 * with the errors it covers and the protocol's fingerprint.
 */
export function createPublishHandlers(ctx: ServiceContext): Pick<ApiHandlers, PublishChannels> {
  return {
    async 'publish.check'(req) {
      return view(await checkWithOverride(documentOf(ctx, ctx.meetingOrThrow(req.meetingId), req.variant, req.audience)));
    },

    'publish.override'(req) {
      // On the write queue, so the logged override and the check it covers see the same stored meeting.
      return ctx.queue.run(async () => {
        const meeting = ctx.meetingOrThrow(req.meetingId);
        const check = await checkWithOverride(documentOf(ctx, meeting, req.variant, req.audience));
        if (check.errors === 0) return view(check);
        const details = overrideDetails(check.fingerprint, check.variant, check.audience, req.reason, check.findings);
        const entry = await ctx.audit.append({ at: ctx.now(), meetingId: meeting.id, action: OVERRIDE_ACTION, actor: SECRETARY_ACTOR, details });
        return view({ ...check, override: { at: entry.at, reason: req.reason } });
      });
    },
  };
}
