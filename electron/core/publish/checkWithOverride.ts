import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { CheckAudience, CheckVariant } from '../../../shared/domain/publishCheck/publishCheck.ts';
import type { PublishCheckView } from '../../../shared/api/contract.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';
import type { AuditEntry } from '../audit/auditLog.ts';
import { assertPublishable, overrideInForce } from './publishOverride.ts';
import { runPublishCheck } from './runPublishCheck.ts';

export type DocumentCheckRequest = {
  dir: string;
  /** The committee as stored (the check prints it as frozen with the protocol). */
  committee: Committee;
  meeting: Meeting;
  meetings: Meeting[];
  auditEntries: AuditEntry[];
  variant?: CheckVariant | undefined;
  audience?: CheckAudience | undefined;
};

/** The check of one document of a meeting, with the logged override that lets its errors through, if there is one. */
export async function checkWithOverride(request: DocumentCheckRequest): Promise<PublishCheckView & { fingerprint: string }> {
  const { committee, meeting } = request;
  const run = await runPublishCheck(request);
  const fingerprint = protocolFingerprint(committee, meeting);
  const override = run.errors > 0 ? overrideInForce(request.auditEntries, meeting.id, { fingerprint, variant: run.variant, audience: run.audience }, run.findings) : null;
  return { variant: run.variant, audience: run.audience, findings: run.findings, errors: run.errors, warnings: run.warnings, override, fingerprint };
}

/**
 * Where a public export is let through or refused: while the check finds
 * errors that no logged override covers, the public version does not leave.
 * The full version is never held back (it goes to the members, not out).
 */
export async function assertPublicExportAllowed(request: DocumentCheckRequest & { variant: CheckVariant; audience: CheckAudience }): Promise<void> {
  if (request.audience !== 'offentlig') return;
  const check = await checkWithOverride(request);
  assertPublishable(check, check.override);
}
