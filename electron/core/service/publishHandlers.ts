import type { ApiHandlers, PublishCheckView } from '../../../shared/api/contract.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { CheckAudience, CheckVariant } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { assertPublicExportAllowed, checkWithOverride, type DocumentCheckRequest } from '../publish/checkWithOverride.ts';
import { OVERRIDE_ACTION, overrideDetails } from '../publish/publishOverride.ts';
import type { ServiceContext } from './serviceContext.ts';

type PublishChannels = 'publish.check' | 'publish.override';

/**
 * The committee's latest meeting before this one in the same year, found in
 * the summary index and read alone: all the running numbering is checked
 * against, without reading the archive.
 */
function previousMeeting(ctx: ServiceContext, meeting: Meeting): Meeting[] {
  let latest: { id: string; key: string } | null = null;
  const key = meeting.date + meeting.time;
  for (const s of ctx.store.meetingSummaries()) {
    if (s.id === meeting.id || s.committeeId !== meeting.committeeId || s.date.slice(0, 4) !== meeting.date.slice(0, 4)) continue;
    const k = s.date + s.time;
    if (k < key && (!latest || k > latest.key)) latest = { id: s.id, key: k };
  }
  const found = latest ? ctx.store.meeting(latest.id) : undefined;
  return found ? [found] : [];
}

async function documentOf(ctx: ServiceContext, meeting: Meeting, variant?: CheckVariant, audience?: CheckAudience): Promise<DocumentCheckRequest> {
  return { dir: ctx.store.dir, committee: ctx.committeeOrThrow(meeting.committeeId), meeting, meetings: previousMeeting(ctx, meeting), auditEntries: await ctx.store.auditEntries(meeting.id), variant, audience };
}

/** Refuses a public export while the check finds errors no logged override covers. Called where the documents are built (exportHandlers). */
export async function assertPublicExport(ctx: ServiceContext, meeting: Meeting, variant: CheckVariant | undefined, audience: CheckAudience | undefined): Promise<void> {
  // Only the public version is held back: the full check is not even run for the rest.
  if (audience !== 'offentlig') return;
  return assertPublicExportAllowed({ ...(await documentOf(ctx, meeting, variant, audience)), variant: variant ?? 'referat', audience });
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
      return view(await checkWithOverride(await documentOf(ctx, ctx.meetingOrThrow(req.meetingId), req.variant, req.audience)));
    },

    'publish.override'(req) {
      // In a transaction, so the logged override and the check it covers see the same stored meeting.
      return ctx.store.transaction(async (tx) => {
        const meeting = tx.meeting(req.meetingId) ?? ctx.meetingOrThrow(req.meetingId);
        const check = await checkWithOverride(await documentOf(ctx, meeting, req.variant, req.audience));
        if (check.errors === 0) return view(check);
        const details = overrideDetails(check.fingerprint, check.variant, check.audience, req.reason, check.findings);
        const at = ctx.now();
        tx.audit({ meetingId: meeting.id, action: OVERRIDE_ACTION, details });
        return view({ ...check, override: { at, reason: req.reason } });
      });
    },
  };
}
