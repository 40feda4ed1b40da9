import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { defaultCheckVariant, publishCheck, type CheckAudience, type CheckResult, type CheckVariant } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { bilagIntegrity } from './bilagIntegrity.ts';

export type PublishCheckRequest = {
  /** The data directory, where the bilag files are. */
  dir: string;
  /** The committee as stored; the check uses it as the protocol prints it (frozen when sent). */
  committee: Committee;
  meeting: Meeting;
  /** All meetings of the store, for the running numbering. */
  meetings: Meeting[];
  variant?: CheckVariant | undefined;
  audience?: CheckAudience | undefined;
};

export type PublishCheckRun = CheckResult & { variant: CheckVariant; audience: CheckAudience };

/** The pre-release check with what only the core knows: the bilag files on disk and the committee's other meetings. */
export async function runPublishCheck(request: PublishCheckRequest): Promise<PublishCheckRun> {
  const { meeting } = request;
  const variant = request.variant ?? defaultCheckVariant(meeting);
  const audience = request.audience ?? 'offentlig';
  const result = publishCheck({
    committee: effectiveCommittee(request.committee, meeting),
    meeting,
    variant,
    audience,
    bilagIntegrity: await bilagIntegrity(request.dir, meeting),
    otherMeetings: request.meetings.filter((m) => m.committeeId === meeting.committeeId && m.id !== meeting.id),
  });
  return { ...result, variant, audience };
}
