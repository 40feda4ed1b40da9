import type { Committee } from './committee.ts';
import type { Meeting } from './meeting.ts';

/**
 * Everything the referat prints, and nothing else: the approvals are bound to
 * this projection, so edits to what is printed void them while bookkeeping
 * (timestamps, status, the approvals themselves) does not.
 */
export type PrintedContent = {
  committee: { name: string; decisionHeading: string };
  meeting: { date: string; time: string; location: string; firstItemNumber: number };
  participants: { name: string; label: string; role: string; attendance: string }[];
  items: {
    title: string;
    caseNumber: string;
    closed: boolean;
    sections: { title: string; kind: string; body: unknown }[];
    attachments: string[];
  }[];
};

/** The committee as the protocol prints it: frozen when sent for approval, so later edits to the committee cannot alter it. */
export function effectiveCommittee(committee: Committee, meeting: Pick<Meeting, 'frozenCommittee'>): Committee {
  return meeting.frozenCommittee ?? committee;
}

export function printedContent(liveCommittee: Committee, meeting: Meeting): PrintedContent {
  const committee = effectiveCommittee(liveCommittee, meeting);
  const members = new Map(committee.members.map((m) => [m.id, m]));
  return {
    committee: { name: committee.name, decisionHeading: committee.template.decisionHeading },
    meeting: { date: meeting.date, time: meeting.time, location: meeting.location, firstItemNumber: meeting.firstItemNumber },
    participants: meeting.participants.map((p) => {
      const m = members.get(p.memberId);
      return { name: m?.name ?? '', label: m?.label ?? '', role: m?.role ?? 'medlem', attendance: p.attendance };
    }),
    items: meeting.items.map((item) => ({
      title: item.title,
      caseNumber: item.caseNumber,
      closed: item.closed,
      sections: item.sections.map((s) => ({ title: s.title, kind: s.kind, body: s.body })),
      attachments: item.attachments,
    })),
  };
}
