import { describe, expect, it } from 'vitest';
import { mergeCommittee, mergeMeeting } from '../../../electron/core/sync/mergeMeeting.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { defaultTemplate } from '../../../shared/domain/committee.ts';
import type { KeyedMeeting } from '../../../electron/core/sync/syncDocs.ts';
import type { AgendaItem, Approval, Meeting } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';

const item = (id: string, title: string): AgendaItem => ({
  id,
  title,
  caseNumber: '',
  closed: false,
  publicTitle: '',
  kind: 'beslutning',
  subItem: false,
  sections: [{ id: `${id}-s`, title: 'Sagsfremstilling', kind: 'tekst', body: docFromParagraphs('') }],
  attachments: [],
  absences: [],
  remarks: [],
  caseFlow: null,
  postponedTo: null,
  postponedFrom: null,
  vote: null,
  closedReason: null,
});

const base: Meeting = {
  id: 'm1',
  committeeId: 'c1',
  date: '2026-01-01',
  time: '14:00',
  location: 'Rådhuset',
  firstItemNumber: 1,
  participants: [],
  items: [item('a', 'A'), item('b', 'B')],
  approvals: [],
  rejections: [],
  approvalRound: null,
  frozenCommittee: null,
  reopenings: [],
  status: 'afholdt',
  imported: null,
  historic: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const keyed = (m: Meeting): KeyedMeeting => ({ meeting: m, keys: new Map(m.items.map((i, k) => [i.id, k + 1])) });
const approval = (memberId: string, at: string): Approval => ({ memberId, approvedAt: at, fingerprint: 'f'.repeat(64), method: 'lokal' });

describe('mergeMeeting', () => {
  it('an item deleted on one side and edited on the other is kept; deleted and untouched goes', () => {
    const mine = { ...base, items: [item('a', 'A rettet'), item('b', 'B')] };
    const theirs = { ...base, items: [item('b', 'B')] };
    expect(mergeMeeting(keyed(base), keyed(mine), keyed(theirs)).merged!.meeting.items.map((i) => i.title)).toEqual(['A rettet', 'B']);
    const untouched = { ...base, items: [item('b', 'B')] };
    expect(mergeMeeting(keyed(base), keyed(base), keyed(untouched)).merged!.meeting.items.map((i) => i.id)).toEqual(['b']);
  });

  it('a meeting deleted on one side and changed on the other stays; deleted and untouched goes', () => {
    const changed = { ...base, location: 'Byrådssalen' };
    expect(mergeMeeting(keyed(base), keyed(changed), null).merged!.meeting.location).toBe('Byrådssalen');
    expect(mergeMeeting(keyed(base), keyed(base), null).merged).toBeNull();
  });

  it('approvals are a set: both sides add, a withdrawal stays withdrawn, a reopening voids', () => {
    const round = { sentAt: '2026-01-02T00:00:00.000Z', fingerprint: 'f'.repeat(64), content: {} };
    const sent = { ...base, status: 'til_godkendelse' as const, approvalRound: round, approvals: [approval('x', '1')] };
    const mine = { ...sent, approvals: [approval('x', '1'), approval('y', '2')] };
    const theirs = { ...sent, approvals: [approval('z', '3')] };
    const merged = mergeMeeting(keyed(sent), keyed(mine), keyed(theirs));
    expect(merged.clashes).toEqual([]);
    expect(merged.merged!.meeting.approvals.map((a) => a.memberId).sort()).toEqual(['y', 'z']);
    const reopened = { ...sent, status: 'afholdt' as const, approvalRound: null, approvals: [], reopenings: [{ at: '2026-01-03', reason: 'Rettelse', round, voidedApprovals: [approval('x', '1')] }] };
    const after = mergeMeeting(keyed(sent), keyed(sent), keyed(reopened)).merged!.meeting;
    expect(after.approvals).toEqual([]);
    expect(after.status).toBe('afholdt');
  });

  it('status moves forward only: sending beats a manual step back made elsewhere', () => {
    const round = { sentAt: '2026-01-02T00:00:00.000Z', fingerprint: 'f'.repeat(64), content: {} };
    const sent = { ...base, status: 'til_godkendelse' as const, approvalRound: round };
    const back = { ...base, status: 'udsendt' as const };
    expect(mergeMeeting(keyed(base), keyed(back), keyed(sent)).merged!.meeting.status).toBe('til_godkendelse');
    expect(mergeMeeting(keyed(base), keyed(sent), keyed(back)).merged!.meeting.status).toBe('til_godkendelse');
  });

  it('one field changed both ways keeps mine and reports both; fields changed on one side each merge', () => {
    const mine = { ...base, location: 'Lokale 1', time: '15:00' };
    const theirs = { ...base, location: 'Lokale 2', date: '2026-01-09' };
    const { merged, clashes } = mergeMeeting(keyed(base), keyed(mine), keyed(theirs));
    expect(merged!.meeting).toMatchObject({ location: 'Lokale 1', time: '15:00', date: '2026-01-09' });
    expect(clashes).toEqual([{ itemId: null, path: 'location', kind: 'tekst', base: 'Rådhuset', mine: 'Lokale 1', theirs: 'Lokale 2' }]);
  });

  it('an optional field the ancestor lacked, set on one side only, merges without a conflict', () => {
    // Both sides know the meeting; only one adds what the ancestor did not have at all.
    const { imported: _i, ...lacking } = base;
    const older = lacking as Meeting;
    const theirs = { ...base, imported: null, items: [{ ...base.items[0]!, vote: { by: 'medlem' as const, for: { who: ['Karen Holm'], count: 1 }, imod: { who: [], count: 0 }, undlod: { who: [], count: 0 } } }, base.items[1]!] };
    const { merged, clashes } = mergeMeeting(keyed(older), keyed(older), keyed(theirs));
    expect(clashes).toEqual([]);
    expect(merged!.meeting.items[0]!.vote).toEqual(theirs.items[0]!.vote);
  });
});

describe('mergeCommittee', () => {
  const committee: Committee = {
    id: 'c1',
    name: 'Økonomiudvalget',
    members: [
      { id: 'm1', name: 'Karen Holm', label: 'A', role: 'formand' },
      { id: 'm2', name: 'Bo Ring', label: 'V', role: 'medlem' },
    ],
    template: defaultTemplate(),
    createdAt: '2026-01-01T00:00:00.000Z',
  };

  it("a key registered on the other machine arrives (a member's and a stedfortræder's); one registered here stays", () => {
    const theirs: Committee = {
      ...committee,
      members: [{ ...committee.members[0]!, publicKey: 'PUB-THEIRS', keyRegisteredAt: '2026-02-01T00:00:00.000Z' }, committee.members[1]!],
      substitutes: [{ name: 'Lise Dam', publicKey: 'PUB-LISE' }],
    };
    const mine: Committee = { ...committee, members: [committee.members[0]!, { ...committee.members[1]!, publicKey: 'PUB-MINE' }] };
    const { merged, clashes } = mergeCommittee(committee, mine, theirs);
    expect(clashes).toEqual([]);
    expect(merged.members.map((m) => m.publicKey)).toEqual(['PUB-THEIRS', 'PUB-MINE']);
    expect(merged.substitutes).toEqual([{ name: 'Lise Dam', publicKey: 'PUB-LISE' }]);
  });
});
