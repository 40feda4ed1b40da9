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
import { checkAnswer, checkProtocol } from '../approval/verifyProtocol.ts';
import { createSignerKey, keyIdOf, openVault, signWith } from '../approval/keyVault.ts';
import { CodeAttempts } from '../approval/codeAttempts.ts';
import { committeeWithoutKeys, findSigner, registryEntry, signerRef, signersOf, withRegistryEntry, type Signer } from '../../../shared/domain/signers.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { SignerKeyEntry } from '../../../shared/domain/signerKeys.ts';
import type { StoreTransaction } from '../store/store.ts';
import { logConcerns, logProblems } from '../approval/logConsistency.ts';
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
  | 'members.replaceKey'
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
  const attempts = new CodeAttempts();

  /** The signer answering for a seat: the member present, or the stedfortræder of an absent one. */
  const signerOrThrow = (live: Committee, meeting: Meeting, memberId: string, substitute: string | null | undefined): Signer => {
    const committee = effectiveCommittee(live, meeting);
    if (!committee.members.some((m) => m.id === memberId)) throw new ReferentError('ikke_fundet', da.errors.memberNotFound);
    const signer = findSigner(signersOf(committee, meeting), { memberId, substitute: substitute ?? undefined });
    if (!signer) throw new ReferentError('konflikt', substitute ? e.notASigner : da.errors.memberNotPresent);
    return signer;
  };

  /** A sealed key opened with the signer's code, refused with a wait after repeated wrong codes (see CodeAttempts). */
  const openGuarded = async (vault: Parameters<typeof openVault>[0], publicKey: string, code: string, name: string): Promise<Buffer> => {
    const keyId = keyIdOf(publicKey);
    const wait = attempts.waitFor(keyId);
    if (wait > 0) throw new ReferentError('konflikt', e.tooManyCodes(name, Math.ceil(wait / 1000)));
    const opened = await openVault(vault, publicKey, code);
    if (!opened) {
      attempts.failed(keyId);
      throw new ReferentError('ugyldig_forespoergsel', e.wrongCode(name));
    }
    attempts.succeeded(keyId);
    return opened;
  };
  /** Replacing a key with a wrong old code falls back to the reason; only a pause is passed on. */
  const rethrowPause = (error: unknown): false => {
    if (error instanceof ReferentError && error.code === 'konflikt') throw error;
    return false;
  };

  const requireSent = (meeting: Meeting) => {
    if (meeting.status !== 'til_godkendelse' || !meeting.approvalRound) throw new ReferentError('konflikt', e.notSent);
    return meeting.approvalRound;
  };

  type SignedAnswerFields = { decision: 'godkendt' | 'afvist'; comment: string; at: string; signature: string; keyId: string; auditHead: Meeting['approvals'][number]['auditHead'] };

  /** One signed approval or rejection recorded for its signer; the status follows from every signer's approval. */
  const recordAnswer = (tx: StoreTransaction, live: Committee, meetingId: string, signer: Signer, answer: SignedAnswerFields, method: 'lokal' | 'fjern') =>
    ctx.changeMeeting(tx, meetingId, (draft) => {
      const round = requireSent(draft);
      if (protocolFingerprint(live, draft) !== round.fingerprint) throw new ReferentError('konflikt', e.integrity);
      const seat = { memberId: signer.memberId, ...(signer.substitute ? { substitute: signer.substitute } : {}) };
      const signed = { signature: answer.signature, keyId: answer.keyId, auditHead: answer.auditHead ?? null };
      draft.approvals = draft.approvals.filter((a) => a.memberId !== signer.memberId);
      draft.rejections = draft.rejections.filter((r) => r.memberId !== signer.memberId);
      if (answer.decision === 'godkendt') {
        draft.approvals.push({ ...seat, approvedAt: answer.at, fingerprint: round.fingerprint, method, ...(answer.comment ? { comment: answer.comment } : {}), ...signed });
      } else {
        draft.rejections.push({ ...seat, rejectedAt: answer.at, fingerprint: round.fingerprint, comment: answer.comment, method, ...signed });
      }
      const signers = signersOf(effectiveCommittee(live, draft), draft);
      const allApproved = signers.length > 0 && signers.every((s) => draft.approvals.some((a) => findSigner([s], a) && checkAnswer(live, draft, a, round.fingerprint, signers) === 'gyldig'));
      draft.status = allApproved ? 'godkendt' : 'til_godkendelse';
    });

  /**
   * Approving or rejecting on the secretary's machine: a signature by the
   * signer's own key, opened with their personal code. The first time, the key
   * is made and sealed under the code they choose, and registered (logged).
   */
  const answerHere = (req: { meetingId: string; memberId: string; substitute?: string | null; code: string; codeRepeat?: string; comment: string }, decision: 'godkendt' | 'afvist') =>
    store.transaction(async (tx) => {
      const meeting = tx.meeting(req.meetingId);
      if (!meeting) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
      const round = requireSent(meeting);
      let live = tx.committee(meeting.committeeId);
      if (!live) throw new ReferentError('ikke_fundet', da.errors.committeeNotFound);
      const signer = signerOrThrow(live, meeting, req.memberId, req.substitute);
      if (protocolFingerprint(live, meeting) !== round.fingerprint) throw new ReferentError('konflikt', e.integrity);
      const entry = registryEntry(live, signer);
      if (entry?.publicKey && !entry.keyVault) {
        // The signer's key is an installation's own: on that installation (their Referent, joined through
        // sync) it signs without a code, as an answer file made there would; anywhere else the answer is theirs to give.
        const identity = await ctx.existingIdentity();
        if (!identity || identity.publicKey !== entry.publicKey) throw new ReferentError('konflikt', e.keyElsewhere(signer.name));
        const at = now();
        const keyId = keyIdOf(identity.publicKey);
        const auditHead = store.auditHead();
        const comment = req.comment.trim();
        const payload = signedApprovalPayload({ meetingId: meeting.id, memberId: signer.memberId, substitute: signer.substitute, fingerprint: round.fingerprint, sentAt: round.sentAt, decision, comment, at, auditHead, keyId });
        return recordAnswer(tx, live, meeting.id, signer, { decision, comment, at, signature: identity.sign(payload), keyId, auditHead }, 'fjern');
      }
      if (req.code === '') throw new ReferentError('ugyldig_forespoergsel', e.codeRequired);
      let privateDer: Buffer;
      let publicKey: string;
      if (entry?.publicKey && entry.keyVault) {
        const opened = await openGuarded(entry.keyVault, entry.publicKey, req.code, signer.name);
        privateDer = opened;
        publicKey = entry.publicKey;
      } else {
        if (req.codeRepeat !== undefined && req.codeRepeat !== req.code) throw new ReferentError('ugyldig_forespoergsel', e.codeMismatch);
        const created = await createSignerKey(req.code);
        const opened = await openVault(created.vault, created.publicKey, req.code);
        if (!opened) throw new Error('A key just sealed did not open.');
        privateDer = opened;
        publicKey = created.publicKey;
        live = withRegistryEntry(live, signer, { ...entry, publicKey, keyVault: created.vault, keyRegisteredAt: now() });
        tx.putCommittee(live);
      }
      const at = now();
      const keyId = keyIdOf(publicKey);
      const auditHead = store.auditHead();
      const comment = req.comment.trim();
      const payload = signedApprovalPayload({ meetingId: meeting.id, memberId: signer.memberId, substitute: signer.substitute, fingerprint: round.fingerprint, sentAt: round.sentAt, decision, comment, at, auditHead, keyId });
      return recordAnswer(tx, live, meeting.id, signer, { decision, comment, at, signature: signWith(privateDer, payload), keyId, auditHead }, 'lokal');
    });

  /** A signer's registry entry, for the key channels: the member, or a stedfortræder of the committee by name. */
  const entryFor = (committee: Committee, memberId: string, substitute: string | undefined): { signer: Pick<Signer, 'memberId' | 'substitute' | 'name'>; entry: SignerKeyEntry | undefined } => {
    const member = committee.members.find((m) => m.id === memberId);
    if (!member) throw new ReferentError('ikke_fundet', da.errors.memberNotFound);
    const signer = { memberId, substitute: substitute ?? null, name: substitute ?? member.name };
    return { signer, entry: registryEntry(committee, signer) };
  };

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
        draft.frozenCommittee = committeeWithoutKeys(structuredClone(committee));
        const content = printedContent(committee, draft);
        draft.approvalRound = { sentAt: now(), fingerprint: sha256Canonical(content), content };
        draft.approvals = [];
        draft.rejections = [];
        draft.status = 'til_godkendelse';
      });
    },

    'approvals.approve'(req) {
      return answerHere({ ...req, comment: req.comment ?? '' }, 'godkendt');
    },

    'approvals.reject'(req) {
      if (req.comment.trim() === '') throw new ReferentError('ugyldig_forespoergsel', e.commentRequired);
      return answerHere(req, 'afvist');
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
      const identity = await ctx.existingIdentity();
      const committee = committeeOrThrow(meeting.committeeId);
      const check = checkProtocol(committee, meeting);
      const lastReopening = meeting.reopenings.at(-1);
      const changesSinceReopening = lastReopening
        ? describeChanges(lastReopening.round.content as PrintedContent, printedContent(effectiveCommittee(committee, meeting), meeting))
        : [];
      const auditCheck = await store.verifyAudit();
      // What the log contradicts (a key the log never registered for this signer, a reopening undone, a round never
      // sent) was written beside Referent. Read only when the meeting has been sent or answered: the whole log is read.
      const entries = logConcerns(meeting) ? await store.auditEntries() : [];
      const fromLog = logProblems(committee, meeting, entries);
      if (fromLog.length > 0) {
        check.problems.push(...fromLog);
        check.intact = false;
      }
      const signers = signersOf(effectiveCommittee(committee, meeting), meeting).map((signer) => {
        const entry = registryEntry(committee, signer);
        const approval = meeting.approvals.find((a) => findSigner([signer], a));
        const rejection = meeting.rejections.find((r) => findSigner([signer], r));
        return {
          ref: signerRef(signer),
          ...signer,
          key: entry?.publicKey ? (entry.keyVault ? ('her' as const) : entry.publicKey === identity?.publicKey ? ('maskine' as const) : ('egen' as const)) : ('ingen' as const),
          keyFingerprint: entry?.publicKey ? shortFingerprint(keyIdOf(entry.publicKey)) : null,
          keyReason: entry?.keyReason ?? null,
          approval: approval ? { at: approval.approvedAt, method: approval.method, check: checkAnswer(committee, meeting, approval, check.fingerprint), keyFingerprint: approval.keyId ? shortFingerprint(approval.keyId) : null } : null,
          rejection: rejection ? { at: rejection.rejectedAt, method: rejection.method, comment: rejection.comment, check: checkAnswer(committee, meeting, rejection, check.fingerprint) } : null,
        };
      });
      const head = store.auditHead();
      return {
        ...check,
        signers,
        auditHead: head ? { seq: head.seq, short: shortFingerprint(head.hash) } : null,
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
        const pkg: ApprovalPackage = { kind: 'referent-godkendelse', version: 1, committee: committeeWithoutKeys(committee), meeting, fingerprint: round.fingerprint, sentAt: round.sentAt, auditHead: store.auditHead() };
        tx.audit({ meetingId: meeting.id, action: 'godkendelsespakke_eksporteret', details: { fingerprint: round.fingerprint } });
        return { fileName: `Godkendelse ${committee.name} ${formatDateShort(meeting.date)}.referent-godkendelse.json`, mimeType: JSON_TYPE, text: JSON.stringify(pkg) };
      });
    },

    async 'approvals.importAnswer'(req) {
      const answer = parseFile<AnswerFile>(req.text, answerFileSchema, approvalText.files.answer);
      return store.transaction((tx) => {
        const meeting = tx.meeting(answer.meetingId);
        if (!meeting) throw new ReferentError('ikke_fundet', e.wrongMeeting);
        const round = requireSent(meeting);
        const live = tx.committee(meeting.committeeId);
        if (!live) throw new ReferentError('ikke_fundet', da.errors.committeeNotFound);
        const signer = signerOrThrow(live, meeting, answer.memberId, answer.substitute);
        if (answer.fingerprint !== round.fingerprint || answer.sentAt !== round.sentAt) throw new ReferentError('konflikt', e.staleAnswer);
        // Checked against the key registered for this signer here, never a key the answer brings.
        const entry = registryEntry(live, signer);
        if (!entry?.publicKey) throw new ReferentError('konflikt', e.noKey(signer.name));
        const { signature, ...signed } = answer;
        if (keyIdOf(entry.publicKey) !== signed.keyId || !verifySignature(signedApprovalPayload(signed), signature, entry.publicKey)) {
          throw new ReferentError('konflikt', e.badSignature(signer.name));
        }
        return recordAnswer(tx, live, meeting.id, signer, { decision: signed.decision, comment: signed.comment, at: signed.at, signature, keyId: signed.keyId, auditHead: signed.auditHead }, 'fjern');
      });
    },

    'members.importKey'(req) {
      const file = parseFile<MemberFile>(req.text, memberFileSchema, approvalText.files.member);
      return store.transaction((tx) => {
        const committee = committeeOrThrow(req.committeeId);
        const { signer, entry } = entryFor(committee, req.memberId, req.substitute);
        if (entry?.publicKey === file.publicKey) return committee;
        const reason = req.reason?.trim() ?? '';
        // Replacing a registered key is what a forger would do: it needs a reason, which is logged and printed.
        if (entry?.publicKey && reason.length < 3) throw new ReferentError('ugyldig_forespoergsel', e.replaceNeedsReason(signer.name));
        const retiredKeys = entry?.publicKey ? [...(entry.retiredKeys ?? []), { publicKey: entry.publicKey, retiredAt: now(), how: 'medlemsfil' as const, reason }] : entry?.retiredKeys;
        const next = withRegistryEntry(committee, signer, { publicKey: file.publicKey, keyRegisteredAt: now(), ...(reason ? { keyReason: reason } : {}), ...(retiredKeys ? { retiredKeys } : {}) });
        tx.putCommittee(next);
        return next;
      });
    },

    'members.replaceKey'(req) {
      return store.transaction(async (tx) => {
        const committee = committeeOrThrow(req.committeeId);
        const { signer, entry } = entryFor(committee, req.memberId, req.substitute);
        if (!entry?.publicKey) throw new ReferentError('konflikt', e.noKeyToReplace(signer.name));
        const reason = req.reason?.trim() ?? '';
        const byCode = Boolean(req.oldCode && entry.keyVault && (await openGuarded(entry.keyVault, entry.publicKey, req.oldCode, signer.name).catch(rethrowPause)));
        if (!byCode && reason.length < 3) {
          throw new ReferentError('ugyldig_forespoergsel', req.oldCode ? e.wrongCode(signer.name) : e.replaceNeedsCodeOrReason);
        }
        const retired = { publicKey: entry.publicKey, retiredAt: now(), how: byCode ? ('kode' as const) : ('begrundelse' as const), reason: byCode ? '' : reason };
        // The key is gone; the signer's next approval here makes a new one under a new code.
        const next = withRegistryEntry(committee, signer, { retiredKeys: [...(entry.retiredKeys ?? []), retired], ...(byCode ? {} : { keyReason: reason }) });
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
      const substitute = req.substitute ?? null;
      const signer = findSigner(signersOf(pkg.committee, pkg.meeting), { memberId: req.memberId, substitute: substitute ?? undefined });
      if (!signer) throw new ReferentError('ikke_fundet', e.memberNotInPackage);
      if (req.decision === 'afvist' && req.comment.trim() === '') throw new ReferentError('ugyldig_forespoergsel', e.commentRequired);
      const identity = await ctx.identity();
      const signed = signedApprovalPayload({ meetingId: pkg.meeting.id, memberId: req.memberId, substitute: signer.substitute, fingerprint: pkg.fingerprint, sentAt: pkg.sentAt, decision: req.decision, comment: req.comment.trim(), at: now(), auditHead: pkg.auditHead, keyId: keyIdOf(identity.publicKey) });
      const answer: AnswerFile = { ...signed, signature: identity.sign(signed) };
      return { fileName: `Svar ${signer.name} ${formatDateShort(pkg.meeting.date)}.referent-svar.json`, mimeType: JSON_TYPE, text: JSON.stringify(answer, null, 1) };
    },
  };
}
