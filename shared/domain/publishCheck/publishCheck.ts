import { bilagCheck } from './bilagCheck.ts';
import { closedItemsCheck } from './closedItemsCheck.ts';
import { contactDataCheck } from './contactDataCheck.ts';
import { cprCheck } from './cprCheck.ts';
import { datesCheck } from './datesCheck.ts';
import { decisionsCheck } from './decisionsCheck.ts';
import { numberingCheck } from './numberingCheck.ts';
import { placeholdersCheck } from './placeholdersCheck.ts';
import { votesCheck } from './votesCheck.ts';
import type { Meeting } from '../meeting.ts';
import type { CheckInput, CheckResult, Finding } from './types.ts';

export type { BilagIntegrity, CheckAudience, CheckInput, CheckResult, CheckRule, CheckVariant, Finding, FindingField, FindingSeverity } from './types.ts';

/** The checks in the order of issue 15's points 1–9. */
export const CHECKS: readonly ((input: CheckInput) => Finding[])[] = [
  cprCheck,
  closedItemsCheck,
  decisionsCheck,
  numberingCheck,
  placeholdersCheck,
  datesCheck,
  bilagCheck,
  contactDataCheck,
  votesCheck,
];

/**
 * »Tjek før udsendelse«: what must not leave (errors) and what to look at
 * (warnings) before a dagsorden or referat is sent or published. Pure: what
 * only the store knows (the bilag files, the committee's other meetings)
 * comes in with the input. Findings in item order, errors first within an item.
 */
export function publishCheck(input: CheckInput): CheckResult {
  const order = new Map(input.meeting.items.map((item, index) => [item.id, index]));
  const findings = CHECKS.flatMap((check) => check(input)).sort(
    (a, b) => (order.get(a.itemId ?? '') ?? -1) - (order.get(b.itemId ?? '') ?? -1) || (a.severity === b.severity ? 0 : a.severity === 'fejl' ? -1 : 1),
  );
  const errors = findings.filter((f) => f.severity === 'fejl').length;
  return { findings, errors, warnings: findings.length - errors };
}

/** Whether a finding still stands: the same rule, place and message. Used to match an override to the errors it covered. */
export function findingKey(finding: Finding): string {
  return [finding.rule, finding.itemId ?? '', finding.sectionId ?? '', finding.attachmentId ?? '', finding.field, finding.message].join('\u0000');
}

/** Which document a check looks at when none is named: the dagsorden until the meeting is held, then the referat. */
export function defaultCheckVariant(meeting: Pick<Meeting, 'status'>): 'referat' | 'dagsorden' {
  return meeting.status === 'kladde' || meeting.status === 'udsendt' ? 'dagsorden' : 'referat';
}
