import type { PouchDoc } from 'pouchdb-core';
import type { Committee } from '../../../shared/domain/committee.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { findInputProblem, inputProblemMessage } from '../security/inputGuard.ts';
import { verifySignature } from '../approval/memberIdentity.ts';
import { payloadOfStored } from '../approval/signedPayload.ts';
import { keyIdOf } from '../approval/keyVault.ts';
import type { Approval, Meeting, Rejection } from '../../../shared/domain/meeting.ts';
import { registeredKeys } from '../../../shared/domain/signerKeys.ts';
import { registryEntry } from '../../../shared/domain/signers.ts';
import { COMMITTEE_DOC, docBodySchemas, type DocBody, type DocType } from './syncDocs.ts';

/** No document of Referent's comes near this: a whole 60-item meeting's text fits in one, an item in far less. Bilag travel as attachments. */
export const MAX_DOC_BYTES = 2 * 1024 * 1024;

export type Arrival = { ok: true; body: DocBody } | { ok: false; reason: string };

const PREFIX: Record<string, DocType> = { u: 'udvalg', m: 'moede', i: 'punkt', a: 'godkendelse', r: 'afvisning', o: 'genaabning', b: 'bilag', l: 'log', k: 'konflikt' };

/** The body Referent compares and keeps: the document without CouchDB's fields or who wrote it. */
export function bodyOf(doc: PouchDoc): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_') && key !== 'couchUser') body[key] = value;
  return body;
}

/**
 * Every document from the server passes here before anything is applied: its
 * size, the same input guard as the API (depth, forbidden characters), the
 * same zod schema as the API and the store for its kind, and its id must
 * match what it holds (an item's id names its meeting and itself). A
 * document that fails is quarantined by the caller, never applied.
 */
export function checkArrival(doc: PouchDoc, committeeId: string): Arrival {
  const raw = JSON.stringify(bodyOf(doc));
  if (raw.length > MAX_DOC_BYTES) return { ok: false, reason: syncText.quarantine.tooLarge(raw.length) };
  const problem = findInputProblem(doc);
  if (problem) return { ok: false, reason: syncText.quarantine.input(inputProblemMessage(problem)) };
  const type = PREFIX[doc._id.slice(0, 1)];
  if (!type || doc._id[1] !== ':') return { ok: false, reason: syncText.quarantine.idMismatch };
  const parsed = docBodySchemas[type].safeParse(bodyOf(doc));
  if (!parsed.success) return { ok: false, reason: syncText.quarantine.schema(parsed.error.issues.slice(0, 3).map((i) => i.path.join('.')).join(', ')) };
  const body = parsed.data as DocBody;
  if (!idMatches(doc._id, body, committeeId)) return { ok: false, reason: doc._id === COMMITTEE_DOC ? syncText.quarantine.wrongCommittee : syncText.quarantine.idMismatch };
  return { ok: true, body };
}

function idMatches(id: string, body: DocBody, committeeId: string): boolean {
  const b = body as Record<string, unknown> & { meetingId?: string };
  switch (body.type) {
    case 'udvalg':
      return id === COMMITTEE_DOC && (b.committee as Committee).id === committeeId;
    case 'moede':
      return id === `m:${b.meetingId}` && (b.header as { id: string; committeeId: string }).id === b.meetingId && (b.header as { committeeId: string }).committeeId === committeeId;
    case 'punkt':
      return id === `i:${b.meetingId}:${(b.item as { id: string }).id}`;
    case 'godkendelse': {
      const a = b.approval as { memberId: string; approvedAt: string };
      return id === `a:${b.meetingId}:${a.memberId}:${a.approvedAt}`;
    }
    case 'afvisning': {
      const r = b.rejection as { memberId: string; rejectedAt: string };
      return id === `r:${b.meetingId}:${r.memberId}:${r.rejectedAt}`;
    }
    case 'genaabning':
      return id === `o:${b.meetingId}:${(b.reopening as { at: string }).at}`;
    case 'bilag':
      return id === `b:${b.sha256 as string}`;
    case 'log': {
      const e = b.entry as { seq: number };
      return id === `l:${b.machineId as string}:${String(e.seq).padStart(10, '0')}`;
    }
    case 'konflikt':
      return id === `k:${(b.conflict as { id: string }).id}`;
  }
}

/**
 * The check `validate_doc_update` makes on the server, again on arrival: an
 * answer must be its signer's own. Every answer (schema 5) is a signature by
 * the signer's own key, on a secretary's machine too, so it must verify with a
 * key registered for that member or stedfortræder in this committee, over
 * exactly what the answer says (`payloadOfStored`). Whether it approves the
 * protocol as it stands now is the fingerprint check's business, as for a
 * local answer: an approval of other content is shown as void, not refused.
 */
export function checkAnswer(body: DocBody, meetingId: string, committee: Committee | undefined): string | null {
  const answer = (body.type === 'godkendelse' ? body.approval : body.rejection) as Approval | Rejection;
  const entry = committee ? registryEntry(committee, { memberId: answer.memberId, substitute: answer.substitute ?? null }) : undefined;
  if (!entry) return syncText.quarantine.unknownMember;
  const payload = payloadOfStored({ id: meetingId, approvalRound: { sentAt: String(body.sentAt ?? '') } as Meeting['approvalRound'] }, answer);
  const key = registeredKeys(entry).find((k) => keyIdOf(k) === answer.keyId);
  if (!payload || !answer.signature || !key) return syncText.quarantine.signature;
  return verifySignature(payload, answer.signature, key) ? null : syncText.quarantine.signature;
}
