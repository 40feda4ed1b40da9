import type { MemberRole } from '../../../shared/domain/committee.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

/** Formand, Næstformand or Medlem: a member's role as every screen names it. */
export function roleLabel(role: MemberRole): string {
  return committeeText.roles[role];
}
