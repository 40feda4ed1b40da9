import { ReferentError } from '../../../shared/api/result.ts';
import { findingKey, type CheckAudience, type CheckVariant, type Finding } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { publishCheckText } from '../../../shared/i18n/publishCheck.da.ts';
import type { AuditEntry } from '../audit/auditLog.ts';

export const OVERRIDE_ACTION = 'tjek_tilsidesat' as const;

/** What an override logs: the errors it lets through, bound to the protocol's fingerprint and the document. */
export type OverrideDetails = { fingerprint: string; variant: CheckVariant; audience: CheckAudience; reason: string; errors: string[]; messages: string[] };

export function overrideDetails(fingerprint: string, variant: CheckVariant, audience: CheckAudience, reason: string, findings: Finding[]): OverrideDetails {
  const errors = findings.filter((f) => f.severity === 'fejl');
  return { fingerprint, variant, audience, reason, errors: errors.map(findingKey), messages: errors.map((f) => f.message) };
}

/**
 * The latest logged override that covers every error standing now, for the
 * same document of the same protocol (fingerprint). An edit to the printed
 * content or a new error voids it; fixing an error never does.
 */
export function overrideInForce(
  entries: AuditEntry[],
  meetingId: string,
  document: { fingerprint: string; variant: CheckVariant; audience: CheckAudience },
  findings: Finding[],
): { at: string; reason: string } | null {
  const errors = findings.filter((f) => f.severity === 'fejl').map(findingKey);
  for (const entry of [...entries].reverse()) {
    if (entry.meetingId !== meetingId || entry.action !== OVERRIDE_ACTION) continue;
    const d = entry.details as Partial<OverrideDetails>;
    if (d.fingerprint !== document.fingerprint || d.variant !== document.variant || d.audience !== document.audience || !Array.isArray(d.errors)) continue;
    const covered = new Set(d.errors);
    if (errors.every((key) => covered.has(key))) return { at: entry.at, reason: String(d.reason ?? '') };
  }
  return null;
}

/** Refuses a public export while errors stand that no override covers; the Danish message names how many. */
export function assertPublishable(check: { errors: number; findings: Finding[] }, override: { at: string; reason: string } | null): void {
  if (check.errors === 0 || override) return;
  throw new ReferentError(
    'konflikt',
    publishCheckText.blocked(check.errors),
    check.findings.filter((f) => f.severity === 'fejl').map((f) => f.message),
  );
}
