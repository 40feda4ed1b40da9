import canonicalize from 'canonicalize';
import type { PrintedContent } from './printedContent.ts';
import { approvalText } from '../i18n/approval.da.ts';

export type ProtocolChange = { label: string; changes: string[] };

type PrintedItem = PrintedContent['items'][number];

const same = (a: unknown, b: unknown): boolean => canonicalize(a) === canonicalize(b);
const t = approvalText.changes;

/**
 * What changed between the protocol a member approved and the one in front of
 * them now, item by item, in Danish. Items are paired by title first (an edited
 * item usually keeps its title), then by position.
 */
export function describeChanges(before: PrintedContent, after: PrintedContent): ProtocolChange[] {
  const result: ProtocolChange[] = [];
  const meetingChanges: string[] = [];
  if (before.meeting.date !== after.meeting.date || before.meeting.time !== after.meeting.time) meetingChanges.push(t.meetingDate);
  if (before.meeting.location !== after.meeting.location) meetingChanges.push(t.location);
  if (before.meeting.firstItemNumber !== after.meeting.firstItemNumber) meetingChanges.push(t.numbering);
  if (!same(before.participants, after.participants)) meetingChanges.push(t.participants);
  if (!same(before.committee, after.committee)) meetingChanges.push(t.committee);
  if (meetingChanges.length) result.push({ label: t.meetingLabel, changes: meetingChanges });

  const unmatched = new Set(before.items.map((_, i) => i));
  const pairs: [number | undefined, number][] = after.items.map((item, i) => {
    const byTitle = [...unmatched].find((j) => before.items[j]!.title === item.title);
    const match = byTitle ?? (unmatched.has(i) && !after.items.some((x, k) => k !== i && x.title === before.items[i]!.title) ? i : undefined);
    if (match !== undefined) unmatched.delete(match);
    return [match, i];
  });
  const label = (content: PrintedContent, index: number) => `Punkt ${content.meeting.firstItemNumber + index}: ${content.items[index]!.title}`;

  for (const [b, a] of pairs) {
    if (b === undefined) {
      result.push({ label: label(after, a), changes: [t.added] });
      continue;
    }
    const changes = itemChanges(before.items[b]!, after.items[a]!);
    if (changes.length) result.push({ label: label(after, a), changes });
  }
  for (const b of unmatched) result.push({ label: label(before, b), changes: [t.removed] });
  const matchedOrder = pairs.map(([b]) => b).filter((b): b is number => b !== undefined);
  if (matchedOrder.some((b, k) => k > 0 && b < matchedOrder[k - 1]!)) {
    const meeting = result.find((r) => r.label === t.meetingLabel);
    if (meeting) meeting.changes.push(t.order);
    else result.unshift({ label: t.meetingLabel, changes: [t.order] });
  }
  return result;
}

function itemChanges(before: PrintedItem, after: PrintedItem): string[] {
  const changes: string[] = [];
  if (before.title !== after.title) changes.push(t.title);
  if (before.caseNumber !== after.caseNumber) changes.push(t.caseNumber);
  if (before.closed !== after.closed) changes.push(t.closed);
  // Sections pair by title and occurrence: an item may print the same heading twice (Kalundborg's two "Sagsfremstilling").
  const keyed = (sections: PrintedItem['sections']) => {
    const seen = new Map<string, number>();
    return new Map(sections.map((sec) => {
      const n = (seen.get(sec.title) ?? 0) + 1;
      seen.set(sec.title, n);
      return [`${sec.title}\u0000${n}`, sec] as const;
    }));
  };
  const beforeSections = keyed(before.sections);
  for (const [key, sec] of keyed(after.sections)) {
    const old = beforeSections.get(key);
    if (!old) changes.push(t.sectionAdded(sec.title));
    else if (!same(old.body, sec.body) || old.kind !== sec.kind) changes.push(t.section(sec.title));
    beforeSections.delete(key);
  }
  for (const old of beforeSections.values()) changes.push(t.sectionRemoved(old.title));
  if (!same(before.attachments, after.attachments)) changes.push(t.attachments);
  if (!same(before.vote ?? null, after.vote ?? null)) changes.push(t.vote);
  if (!same(before.closedReason ?? null, after.closedReason ?? null)) changes.push(t.closedReason);
  return changes;
}
