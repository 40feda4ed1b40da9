import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { approvalPackageSchema, answerFileSchema, memberFileSchema, type ApprovalPackage, type AnswerFile, type MemberFile } from '../../../shared/domain/approvalFiles.ts';
import { isHistoric, type Meeting } from '../../../shared/domain/meeting.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { effectiveCommittee, printedContent, type PrintedContent } from '../../../shared/domain/printedContent.ts';
import { describeChanges } from '../../../shared/domain/protocolChanges.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { da } from '../../../shared/i18n/da.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { protocolFingerprint, shortFingerprint } from '../approval/fingerprint.ts';
import { sha256Canonical } from '../hash/sha256Canonical.ts';
import { verifySignature } from '../approval/memberIdentity.ts';
import { signedApprovalPayload } from '../approval/signedPayload.ts';
import { checkProtocol } from '../approval/verifyProtocol.ts';
import { jsonTooDeep } from '../security/inputGuard.ts';
import type { ServiceContext } from './serviceContext.ts';

const JSON_TYPE = 'application/json';
/** What the meeting's "Revisionsspor" shows: the approval round and exports (the log holds more, which `check` reads). */
const TRAIL_ACTIONS: ReadonlySet<string> = new Set(['sendt_til_godkendelse', 'godkendt', 'afvist', 'genaabnet', 'eksporteret', 'dagsorden_eksporteret', 'tjek_tilsidesat', 'godkendelsespakke_eksporteret', 'svar_importeret', 'godkendelse_fjernet']);
const e = approvalText.errors;

type ApprovalChannels =
  | 'approvals.approve'
  | 'approvals.reject'
  | 'approvals.send'
  | 'approvals.reopen'
  | 'approvals.status'
  | 'approvals.exportPackage'
  | 'approvals.importAnswer'
  | 'members.importKey'
  | 'identity.memberFile'
  | 'review.open'
  | 'review.answer';

/**
 * The approval round. Sending freezes the protocol (its printed content and the
 * committee as printed) and records its fingerprint; every approval or
 * rejection is bound to that fingerprint; reopening voids them all, with a
 * logged reason. The store derives each step's audit entry from the change
 * itself (see store/auditEvents.ts), so none can be forgotten here.
 */
export function createApprovalHandlers(ctx: ServiceContext): Pick<ApiHandlers, ApprovalChannels> {
  const { store, committeeOrThrow, meetingOrThrow, mutateMeeting, now } = ctx;

  const presentMember = (meeting: Meeting, memberId: string) => {
    const participant = meeting.participants.find((p) => p.memberId === memberId);
    const member = effectiveCommittee(committeeOrThrow(meeting.committeeId), meeting).members.find((m) => m.id === memberId);
    if (!participant || !member) throw new ReferentError('ikke_fundet', da.errors.memberNotFound);
    if (participant.attendance !== 'til_stede') throw new ReferentError('konflikt', da.errors.memberNotPresent);
    return member;
  };

  const requireSent = (meeting: Meeting) => {
    if (meeting.status !== 'til_godkendelse' || !meeting.approvalRound) throw new ReferentError('konflikt', e.notSent);
    return meeting.approvalRound;
  };

  const settleStatus = (draft: Meeting) => {
    const present = draft.participants.filter((p) => p.attendance === 'til_stede');
    const allApproved = present.length > 0 && present.every((p) => draft.approvals.some((a) => a.memberId === p.memberId));
    draft.status = allApproved ? 'godkendt' : 'til_godkendelse';
  };

  /** One approval or rejection, from this machine or from an answer file. */
  const record = (meetingId: string, memberId: string, answer: Omit<AnswerFile, 'kind' | 'version' | 'meetingId' | 'memberId'> | { decision: 'godkendt' | 'afvist'; comment: string; at: string; fingerprint: string; sentAt: string }) =>
    mutateMeeting(meetingId, (draft) => {
      const round = requireSent(draft);
      presentMember(draft, memberId);
      if (answer.fingerprint !== round.fingerprint || answer.sentAt !== round.sentAt) throw new ReferentError('konflikt', e.staleAnswer);
      if (protocolFingerprint(committeeOrThrow(draft.committeeId), draft) !== round.fingerprint) throw new ReferentError('konflikt', e.integrity);
      const remote = 'signature' in answer ? { signature: answer.signature, publicKey: answer.publicKey } : undefined;
      draft.approvals = draft.approvals.filter((a) => a.memberId !== memberId);
      draft.rejections = draft.rejections.filter((r) => r.memberId !== memberId);
      if (answer.decision === 'godkendt') {
        draft.approvals.push({ memberId, approvedAt: answer.at, fingerprint: round.fingerprint, method: remote ? 'fjern' : 'lokal', ...remote });
      } else {
        draft.rejections.push({ memberId, rejectedAt: answer.at, fingerprint: round.fingerprint, comment: answer.comment, method: remote ? 'fjern' : 'lokal', ...(remote ? { signature: remote.signature } : {}) });
      }
      settleStatus(draft);
    });

  const parseFile = <T>(text: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }, what: string): T => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ReferentError('ugyldig_forespoergsel', e.badFile(what));
    }
    if (jsonTooDeep(raw)) throw new ReferentError('ugyldig_forespoergsel', e.badFile(what));
    const parsed = schema.safeParse(raw);
    if (!parsed.success || parsed.data === undefined) throw new ReferentError('ugyldig_forespoergsel', e.badFile(what));
    return parsed.data;
  };

  const openPackage = (text: string): ApprovalPackage => {
    const pkg = parseFile<ApprovalPackage>(text, approvalPackageSchema, approvalText.files.package);
    if (protocolFingerprint(pkg.committee, pkg.meeting) !== pkg.fingerprint) throw new ReferentError('konflikt', e.packageTampered);
    return pkg;
  };

  return {
    'approvals.send'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        if (isHistoric(draft)) throw new ReferentError('konflikt', importText.historic.noApproval);
        if (draft.status === 'til_godkendelse' || draft.status === 'godkendt') throw new ReferentError('konflikt', e.alreadySent);
        if (draft.items.length === 0) throw new ReferentError('konflikt', e.noItems);
        const committee = committeeOrThrow(draft.committeeId);
        draft.frozenCommittee = structuredClone(committee);
        const content = printedContent(committee, draft);
        draft.approvalRound = { sentAt: now(), fingerprint: sha256Canonical(content), content };
        draft.approvals = [];
        draft.rejections = [];
        draft.status = 'til_godkendelse';
      });
    },

    async 'approvals.approve'(req) {
      const meeting = meetingOrThrow(req.meetingId);
      const round = requireSent(meeting);
      return record(req.meetingId, req.memberId, { decision: 'godkendt', comment: '', at: now(), fingerprint: round.fingerprint, sentAt: round.sentAt });
    },

    async 'approvals.reject'(req) {
      if (req.comment.trim() === '') throw new ReferentError('ugyldig_forespoergsel', e.commentRequired);
      const meeting = meetingOrThrow(req.meetingId);
      const round = requireSent(meeting);
      return record(req.meetingId, req.memberId, { decision: 'afvist', comment: req.comment, at: now(), fingerprint: round.fingerprint, sentAt: round.sentAt });
    },

    async 'approvals.reopen'(req) {
      if (req.reason.trim().length < 3) throw new ReferentError('ugyldig_forespoergsel', e.reasonRequired);
      return mutateMeeting(req.meetingId, (draft) => {
        if (!draft.approvalRound || (draft.status !== 'til_godkendelse' && draft.status !== 'godkendt')) throw new ReferentError('konflikt', e.notLocked);
        draft.reopenings.push({ at: now(), reason: req.reason, round: draft.approvalRound, voidedApprovals: draft.approvals });
        draft.approvals = [];
        draft.rejections = [];
        draft.approvalRound = null;
        draft.frozenCommittee = null;
        draft.status = 'afholdt';
      });
    },

    async 'approvals.status'(req) {
      const meeting = meetingOrThrow(req.meetingId);
      const committee = committeeOrThrow(meeting.committeeId);
      const check = checkProtocol(committee, meeting);
      const lastReopening = meeting.reopenings.at(-1);
      const changesSinceReopening = lastReopening
        ? describeChanges(lastReopening.round.content as PrintedContent, printedContent(effectiveCommittee(committee, meeting), meeting))
        : [];
      const auditCheck = await store.verifyAudit();
      return {
        ...check,
        sentFingerprint: meeting.approvalRound?.fingerprint ?? null,
        sentShortFingerprint: meeting.approvalRound ? shortFingerprint(meeting.approvalRound.fingerprint) : null,
        lastReopening: lastReopening ? { at: lastReopening.at, reason: lastReopening.reason, voidedApprovals: lastReopening.voidedApprovals.length } : null,
        changesSinceReopening,
        // A restart marker for a torn write keeps the trail intact; one where entries the files had seen are gone does not.
        auditIntact: auditCheck.ok && auditCheck.restarts.every((r) => !r.acknowledgedLost),
        audit: (await store.auditEntries(meeting.id)).filter((e) => TRAIL_ACTIONS.has(e.action)).map(({ at, action, actor, details }) => ({ at, action, actor, details })),
      };
    },

    'approvals.exportPackage'(req) {
      // In a transaction: parallel exports are logged one after another, each with its own seq.
      return store.transaction((tx) => {
        const meeting = tx.meeting(req.meetingId);
        if (!meeting) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
        const round = requireSent(meeting);
        const committee = effectiveCommittee(committeeOrThrow(meeting.committeeId), meeting);
        const pkg: ApprovalPackage = { kind: 'referent-godkendelse', version: 1, committee, meeting, fingerprint: round.fingerprint, sentAt: round.sentAt };
        tx.audit({ meetingId: meeting.id, action: 'godkendelsespakke_eksporteret', details: { fingerprint: round.fingerprint } });
        return { fileName: `Godkendelse ${committee.name} ${formatDateShort(meeting.date)}.referent-godkendelse.json`, mimeType: JSON_TYPE, text: JSON.stringify(pkg) };
      });
    },

    async 'approvals.importAnswer'(req) {
      const answer = parseFile<AnswerFile>(req.text, answerFileSchema, approvalText.files.answer);
      const meeting = ctx.store.meeting(answer.meetingId);
      if (!meeting) throw new ReferentError('ikke_fundet', e.wrongMeeting);
      const live = committeeOrThrow(meeting.committeeId);
      const member = live.members.find((m) => m.id === answer.memberId);
      if (!member) throw new ReferentError('ikke_fundet', da.errors.memberNotFound);
      if (!member.publicKey) throw new ReferentError('konflikt', e.noKey(member.name));
      const { publicKey, signature, ...signed } = answer;
      if (publicKey !== member.publicKey || !verifySignature(signedApprovalPayload(signed.meetingId, signed.memberId, signed.fingerprint, signed.sentAt, signed.decision, signed.comment, signed.at), signature, publicKey)) {
        throw new ReferentError('konflikt', e.badSignature(member.name));
      }
      return record(meeting.id, member.id, answer);
    },

    'members.importKey'(req) {
      const file = parseFile<MemberFile>(req.text, memberFileSchema, approvalText.files.member);
      return store.transaction((tx) => {
        const committee = committeeOrThrow(req.committeeId);
        if (!committee.members.some((m) => m.id === req.memberId)) throw new ReferentError('ikke_fundet', da.errors.memberNotFound);
        const next = { ...committee, members: committee.members.map((m) => (m.id === req.memberId ? { ...m, publicKey: file.publicKey } : m)) };
        tx.putCommittee(next);
        return next;
      });
    },

    async 'identity.memberFile'(req) {
      const identity = await ctx.identity();
      const file: MemberFile = { kind: 'referent-medlem', version: 1, name: req.name, publicKey: identity.publicKey };
      return { fileName: `${req.name}.referent-medlem.json`, mimeType: JSON_TYPE, text: JSON.stringify(file, null, 1) };
    },

    async 'review.open'(req) {
      const pkg = openPackage(req.text);
      return { committee: pkg.committee, meeting: pkg.meeting, fingerprint: pkg.fingerprint, shortFingerprint: shortFingerprint(pkg.fingerprint), sentAt: pkg.sentAt };
    },

    async 'review.answer'(req) {
      const pkg = openPackage(req.text);
      if (!pkg.meeting.participants.some((p) => p.memberId === req.memberId && p.attendance === 'til_stede')) throw new ReferentError('ikke_fundet', e.memberNotInPackage);
      if (req.decision === 'afvist' && req.comment.trim() === '') throw new ReferentError('ugyldig_forespoergsel', e.commentRequired);
      const identity = await ctx.identity();
      const signed = signedApprovalPayload(pkg.meeting.id, req.memberId, pkg.fingerprint, pkg.sentAt, req.decision, req.comment.trim(), now());
      const answer: AnswerFile = { ...signed, publicKey: identity.publicKey, signature: identity.sign(signed) };
      const member = pkg.committee.members.find((m) => m.id === req.memberId);
      return { fileName: `Svar ${member?.name ?? ''} ${formatDateShort(pkg.meeting.date)}.referent-svar.json`, mimeType: JSON_TYPE, text: JSON.stringify(answer, null, 1) };
    },
  };
}
