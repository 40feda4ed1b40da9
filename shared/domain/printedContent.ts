import type { Committee } from './committee.ts';
import type { Meeting, Vote } from './meeting.ts';

/**
 * Everything the referat prints, and nothing else: the approvals are bound to
 * this projection, so edits to what is printed void them while bookkeeping
 * (timestamps, status, the approvals themselves) does not.
 */
export type PrintedContent = {
  /**
   * The committee as printed. The look (font, logo) and the template's layout choices appear only when set
   * (schema v5), so a protocol of a committee that never set them keeps its fingerprint.
   */
  committee: {
    name: string;
    decisionHeading: string;
    font?: string;
    logo?: string;
    caseFlowPlacement?: string;
    caseFlowSteps?: string[];
    tocItemNumbers?: true;
  };
  meeting: { date: string; time: string; location: string; firstItemNumber: number };
  participants: { name: string; label: string; role: string; attendance: string; substitute?: { name: string; label: string } }[];
  items: PrintedItem[];
  /** Only on a historic (imported) referat, which prints this note instead of signatures. */
  historic?: { approvedOn: string | null };
};

/**
 * Fields added after schema v2 appear only when they differ from their default,
 * so a protocol approved before they existed keeps its fingerprint.
 */
type PrintedItem = {
  title: string;
  caseNumber: string;
  closed: boolean;
  sections: { title: string; kind: string; body: unknown }[];
  attachments: string[];
  publicTitle?: string;
  subItem?: true;
  closedAttachments?: string[];
  attachmentHashes?: (string | null)[];
  absences?: { name: string; reason: string; note: string }[];
  remarks?: { name: string; text: string }[];
  caseFlow?: unknown;
  postponedTo?: string;
  postponedFrom?: string;
  vote?: { by: string; for: PrintedVoteGroup; imod: PrintedVoteGroup; undlod: PrintedVoteGroup };
  closedReason?: { ground: string; text: string };
};

type PrintedVoteGroup = { who: string[]; count: number };

/** The committee as the protocol prints it: frozen when sent for approval, so later edits to the committee cannot alter it. */
export function effectiveCommittee(committee: Committee, meeting: Pick<Meeting, 'frozenCommittee'>): Committee {
  return meeting.frozenCommittee ?? committee;
}

export function printedContent(liveCommittee: Committee, meeting: Meeting): PrintedContent {
  const committee = effectiveCommittee(liveCommittee, meeting);
  const members = new Map(committee.members.map((m) => [m.id, m]));
  return {
    committee: {
      name: committee.name,
      decisionHeading: committee.template.decisionHeading,
      ...(committee.template.font ? { font: committee.template.font } : {}),
      ...(committee.template.logo ? { logo: committee.template.logo } : {}),
      ...(committee.template.caseFlowPlacement ? { caseFlowPlacement: committee.template.caseFlowPlacement } : {}),
      ...(committee.template.caseFlowSteps?.length ? { caseFlowSteps: [...committee.template.caseFlowSteps] } : {}),
      ...(committee.template.tocItemNumbers ? { tocItemNumbers: true as const } : {}),
    },
    meeting: { date: meeting.date, time: meeting.time, location: meeting.location, firstItemNumber: meeting.firstItemNumber },
    participants: meeting.participants.map((p) => {
      const m = members.get(p.memberId);
      return { name: m?.name ?? '', label: m?.label ?? '', role: m?.role ?? 'medlem', attendance: p.attendance, ...(p.substitute ? { substitute: p.substitute } : {}) };
    }),
    ...(meeting.historic ? { historic: { approvedOn: meeting.historic.approvedOn } } : {}),
    items: meeting.items.map((item): PrintedItem => {
      const nameOf = (memberId: string) => members.get(memberId)?.name ?? memberId;
      const closedAttachments = item.attachments.filter((a) => a.closed).map((a) => a.name);
      return {
        title: item.title,
        caseNumber: item.caseNumber,
        closed: item.closed,
        sections: item.sections.map((s) => ({ title: s.title, kind: s.kind, body: s.body })),
        attachments: item.attachments.map((a) => a.name),
        ...(item.publicTitle ? { publicTitle: item.publicTitle } : {}),
        ...(item.subItem ? { subItem: true as const } : {}),
        ...(closedAttachments.length ? { closedAttachments } : {}),
        ...(item.attachments.some((a) => a.file) ? { attachmentHashes: item.attachments.map((a) => a.file?.sha256 ?? null) } : {}),
        ...(item.absences.length ? { absences: item.absences.map((a) => ({ name: nameOf(a.memberId), reason: a.reason, note: a.note })) } : {}),
        ...(item.remarks.length ? { remarks: item.remarks.map((r) => ({ name: nameOf(r.memberId), text: r.text })) } : {}),
        ...(item.caseFlow ? { caseFlow: item.caseFlow } : {}),
        ...(item.postponedTo ? { postponedTo: item.postponedTo.date } : {}),
        ...(item.postponedFrom ? { postponedFrom: item.postponedFrom.date } : {}),
        ...(item.vote ? { vote: printedVote(item.vote, nameOf) } : {}),
        ...(item.closedReason ? { closedReason: { ground: item.closedReason.ground, text: item.closedReason.text } } : {}),
      };
    }),
  };
}

/** Members by name, as printed; parties by their letter. */
function printedVote(vote: Vote, nameOf: (memberId: string) => string): NonNullable<PrintedItem['vote']> {
  const group = (g: Vote['for']): PrintedVoteGroup => ({ who: vote.by === 'medlem' ? g.who.map(nameOf) : [...g.who], count: g.count });
  return { by: vote.by, for: group(vote.for), imod: group(vote.imod), undlod: group(vote.undlod) };
}
