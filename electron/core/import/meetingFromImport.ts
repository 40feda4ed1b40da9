import { ReferentError } from '../../../shared/api/result.ts';
import type { Committee, Member } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { ItemKind } from '../../../shared/domain/committee.ts';
import { meetingSchema, VOTE_CHOICES, type AgendaItem, type Attachment, type ImportSource, type Meeting, type Participant, type Section, type Vote } from '../../../shared/domain/meeting.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { importSourceAttachmentName } from '../../../shared/domain/importSource.ts';
import type { ImportedItem, ImportedMeeting } from '../../../shared/import/importedMeeting.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { sectionFromTemplate } from '../service/sectionFromTemplate.ts';
import { sameName } from './participants.ts';
import { normaliseHeading } from './sectionHeadings.ts';

export type SourceFile = ImportSource & { path: string; size: number; mimeType: string };

export type ImportPlan = {
  meeting: Meeting;
  /** A dagsorden's participants who are not yet members, to be added to the live committee. */
  newMembers: Member[];
  notices: string[];
};

const c = importText.commit;

function itemKind(title: string): ItemKind {
  if (/^(orientering|gensidig orientering|meddelelser|status)\b/i.test(title)) return 'orientering';
  if (/^(drøftelse|temadrøftelse)\b/i.test(title)) return 'droeftelse';
  return 'beslutning';
}

/**
 * The meeting a recognised document becomes in a committee. A referat is
 * historic: it holds no approvals, is read-only, and keeps the body as the
 * document printed it (name, the members present then, its decision heading)
 * as its frozen committee, so a member who has since left is not added to
 * the committee today. A dagsorden is an ordinary meeting: participants who
 * are not members yet become members, and missing template sections are
 * added empty for the secretary to fill. The original file is the first
 * item's closed bilag.
 */
export function planImportedMeeting(input: { imported: ImportedMeeting; committee: Committee; existing: Pick<Meeting, 'id' | 'committeeId' | 'date'>[]; source: SourceFile; now: string }): ImportPlan {
  const { imported, committee, source, now } = input;
  if (!imported.date) throw new ReferentError('ugyldig_forespoergsel', c.noDate);
  if (imported.items.length === 0) throw new ReferentError('ugyldig_forespoergsel', c.noItems);
  const historic = imported.documentKind === 'referat';
  const notices: string[] = [];
  const newMembers: Member[] = [];
  const printedMembers: Member[] = [];

  const memberFor = (name: string, label: string): Member => {
    const known = committee.members.find((m) => sameName(m.name, name)) ?? newMembers.find((m) => sameName(m.name, name)) ?? printedMembers.find((m) => sameName(m.name, name));
    if (known) return known;
    const member: Member = { id: newId(), name, label, role: 'medlem' };
    if (historic) notices.push(c.participantNotMember(name));
    else {
      newMembers.push(member);
      notices.push(c.memberAdded(name));
    }
    return member;
  };

  const participants: Participant[] = [];
  for (const p of imported.participants.filter((x) => !x.substituteFor)) {
    const member = memberFor(p.name, p.label);
    if (participants.some((x) => x.memberId === member.id)) continue;
    if (!printedMembers.includes(member)) printedMembers.push(member);
    participants.push({ memberId: member.id, attendance: p.attendance, substitute: null });
  }
  for (const s of imported.participants.filter((x) => x.substituteFor)) {
    const target = participants.find((p) => sameName(printedMembers.find((m) => m.id === p.memberId)?.name ?? '', s.substituteFor ?? ''));
    if (target && target.attendance !== 'til_stede') target.substitute = { name: s.name, label: s.label };
    else {
      const member = memberFor(s.name, s.label);
      if (!printedMembers.includes(member)) printedMembers.push(member);
      participants.push({ memberId: member.id, attendance: 'til_stede', substitute: null });
    }
  }
  const memberId = (name: string): string | null => printedMembers.find((m) => sameName(m.name, name))?.id ?? committee.members.find((m) => sameName(m.name, name))?.id ?? null;

  /**
   * A vote by member holds member ids. A name no member has keeps its place
   * as printed (the export prints an unknown id as it is): a vote must never
   * vanish, and the secretary is told.
   */
  const memberVote = (vote: Vote, title: string): Vote => {
    if (vote.by !== 'medlem') return vote;
    const next: Vote = { ...vote };
    for (const choice of VOTE_CHOICES) {
      next[choice] = {
        ...vote[choice],
        who: vote[choice].who.map((name) => {
          const id = memberId(name);
          if (!id) notices.push(c.voterUnknown(name, title));
          return id ?? name;
        }),
      };
    }
    return next;
  };

  const sameCommittee = input.existing.filter((m) => m.committeeId === committee.id);
  const linkTo = (date: string | null, title: string) => {
    if (!date) return null;
    const found = sameCommittee.find((m) => m.date === date);
    if (!found) notices.push(c.postponementLost(title, formatDateShort(date)));
    return found ? { meetingId: found.id, date } : null;
  };

  const items: AgendaItem[] = imported.items.map((item, index) => {
    const sections = sectionsOf(item, historic ? null : committee);
    const attachments: Attachment[] = item.attachments.map((a) => ({ id: newId(), name: a.name, closed: a.closed, file: null }));
    if (index === 0) {
      attachments.push({
        id: newId(),
        name: importSourceAttachmentName(source.fileName),
        closed: true,
        file: { path: source.path, sha256: source.sha256, size: source.size, mimeType: source.mimeType.slice(0, 200) },
      });
    }
    const absences = item.absences.flatMap((a) => {
      const id = memberId(a.name);
      if (!id) notices.push(c.absenceLost(a.name, item.title));
      return id ? [{ memberId: id, reason: a.reason, note: a.note }] : [];
    });
    const remarks = item.remarks.map((r) => {
      const id = memberId(r.name);
      // A member's remark must never vanish: without a member to print it under, the name goes into its text.
      return id ? { memberId: id, text: r.text } : { memberId: 'ukendt', text: r.name ? `${r.name}: ${r.text}` : r.text };
    });
    return newAgendaItem({
      id: newId(),
      title: item.title,
      vote: item.vote ? memberVote(item.vote, item.title) : null,
      closedReason: item.closedReason,
      caseNumber: item.caseNumber,
      closed: item.closed,
      subItem: item.subItem,
      kind: itemKind(item.title),
      sections,
      attachments,
      absences,
      remarks,
      caseFlow: item.caseFlow,
      postponedFrom: linkTo(item.postponedFrom, item.title),
      postponedTo: linkTo(item.postponedTo, item.title),
    });
  });

  const firstMain = imported.items.find((i) => !i.subItem);
  const first = Number.parseInt(firstMain?.number ?? '1', 10);
  const frozen: Committee | null = historic
    ? {
        ...committee,
        name: imported.bodyName.trim() || committee.name,
        members: printedMembers,
        template: { ...committee.template, decisionHeading: imported.decisionHeading },
      }
    : null;
  const meeting = meetingSchema.parse({
    id: newId(),
    committeeId: committee.id,
    date: imported.date,
    time: imported.time ?? committee.template.defaultTime,
    location: imported.location,
    firstItemNumber: Number.isFinite(first) && first >= 1 ? first : 1,
    participants,
    items,
    approvals: [],
    rejections: [],
    approvalRound: null,
    frozenCommittee: frozen,
    reopenings: [],
    status: historic ? 'afholdt' : 'udsendt',
    imported: { fileName: source.fileName, sha256: source.sha256, format: source.format, documentKind: imported.documentKind, importedAt: now },
    historic: historic ? { approvedOn: imported.approvedOn } : null,
    createdAt: now,
    updatedAt: now,
  } satisfies Meeting);
  return { meeting, newMembers, notices };
}

/**
 * The item's sections as the document has them. For a meeting that will be
 * worked on (a dagsorden), the template's other sections are added empty in
 * template order, so the Beslutning is there to be written at the meeting.
 */
function sectionsOf(item: ImportedItem, committee: Committee | null): Section[] {
  const sections: Section[] = item.sections.map((s) => ({ id: newId(), title: s.title, kind: s.kind, body: s.body }));
  if (!committee) return sections;
  const has = (title: string, kind: string) => sections.some((s) => s.kind === kind && (kind === 'beslutning' || normaliseHeading(s.title) === normaliseHeading(title)));
  let at = -1;
  for (const template of committee.template.sections) {
    const found = sections.findIndex((s) => s.kind === template.kind && (template.kind === 'beslutning' || normaliseHeading(s.title) === normaliseHeading(template.title)));
    if (found !== -1) {
      at = Math.max(at, found);
      continue;
    }
    if (has(template.title, template.kind)) continue;
    sections.splice(at + 1, 0, sectionFromTemplate(template));
    at += 1;
  }
  return sections;
}
