import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { itemLabels } from '../numbering.ts';
import { findAddresses, findCprNumbers, findEmails, findPersonNames } from './patterns.ts';
import { atItem } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * 2. A closed item whose public title is empty prints its real title in the
 * public version: an error when that title holds a name, a street address, a
 * CPR number or an e-mail address (`Ansøgning om dispensation … Skolevej 14`).
 * Any closed item without a public title, or without a reason for being
 * closed, is a warning.
 */
export function closedItemsCheck({ committee, meeting }: CheckInput): Finding[] {
  const labels = itemLabels(meeting);
  const memberFirstNames = committee.members.map((m) => m.name.trim().split(/\s+/)[0]!).filter(Boolean);
  const findings: Finding[] = [];
  meeting.items.forEach((item, index) => {
    if (!item.closed) return;
    const label = labels[index]!;
    const base = { itemId: item.id };
    if (item.publicTitle.trim() === '') {
      const exposes = [
        findPersonNames(item.title, memberFirstNames).length ? t.exposes.name : undefined,
        findAddresses(item.title).length ? t.exposes.address : undefined,
        findCprNumbers(item.title).length ? t.exposes.cpr : undefined,
        findEmails(item.title).length ? t.exposes.email : undefined,
      ].filter((x) => x !== undefined);
      if (exposes.length) {
        findings.push({ rule: 'lukketPunkt', severity: 'fejl', ...base, field: 'publicTitle', message: atItem(label, t.closedTitleExposes(exposes.join(' og '))) });
      } else {
        findings.push({ rule: 'lukketPunkt', severity: 'advarsel', ...base, field: 'publicTitle', message: atItem(label, t.closedWithoutPublicTitle) });
      }
    }
    if (!item.closedReason) findings.push({ rule: 'lukketPunkt', severity: 'advarsel', ...base, field: 'closedReason', message: atItem(label, t.closedWithoutReason) });
  });
  return findings;
}
