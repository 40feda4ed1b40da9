import { createHash } from 'node:crypto';
import type { PouchDoc } from 'pouchdb-core';
import canonicalize from 'canonicalize';
import type { Store } from '../store/store.ts';
import { MAX_ATTACHMENT_BYTES, readAttachmentFile, storeAttachmentFile } from '../store/attachmentFiles.ts';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting.ts';
import { committeeSchema, type Committee } from '../../../shared/domain/committee.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { bodyOf, checkAnswer, checkArrival } from './arrivalCheck.ts';
import { designDocument, DESIGN_DOC_ID } from './designDoc.ts';
import { mergeCommittee, mergeMeeting, sameMeeting, type Clash } from './mergeMeeting.ts';
import { databaseName, openRemoteDb, type RemoteDb, type RemoteServer } from './remote.ts';
import { COMMITTEE_DOC, composeMeeting, keyedLocal, meetingDocs, meetingOfDocId, SAFE_ID, type DocBody, type KeyedMeeting, type SyncConflict } from './syncDocs.ts';
import { SyncFolder, type BaseFile, type Checkpoint } from './syncState.ts';
import { same } from './threeWay.ts';
import { OtherMachineLogs, signedLogPayload } from './otherMachineLogs.ts';
import { MemberIdentity } from '../approval/memberIdentity.ts';
import type { AuditEntry } from '../audit/auditLog.ts';

const BATCH = 200;
const PASSES = 4;
const BASE_COMMITTEE = '_udvalg';

export type CommitteeReport = { committeeId: string; name: string; pulled: number; pushed: number; quarantined: number; conflicts: number };
export type RoundReport = { committees: CommitteeReport[]; openConflicts: number };

/**
 * One round of synchronisation of some committees with one server: pull what
 * changed there since the checkpoint and merge it into the store, then push
 * what changed here; again while the server refused a push because someone
 * wrote in between.
 *
 * The store is the replica. Every pulled change is merged three-way (the base
 * is what this machine last agreed with the server, kept per document in the
 * sync folder) and written as one store transaction per meeting, so it gets
 * its audit entries, index line, backups and change event like a local edit.
 * Pushes are compare-and-swap on each document's revision, so the server
 * never holds two versions of one document: whoever comes second merges.
 * Crash anywhere: the store has either the merge or not, the sync folder
 * either the new base or the old, and the next round redoes what is missing;
 * a document sent twice compares equal and changes nothing.
 */
export class SyncEngine {
  readonly folder: SyncFolder;
  readonly #store: Store;
  readonly #server: RemoteServer;
  readonly #machineId: string;
  readonly #logs = new Map<string, OtherMachineLogs>();

  constructor(store: Store, server: RemoteServer, machineId: string) {
    this.#store = store;
    this.#server = server;
    this.#machineId = machineId;
    this.folder = new SyncFolder(store.dir);
  }

  async round(committeeIds: string[]): Promise<RoundReport> {
    const reports: CommitteeReport[] = [];
    for (const id of committeeIds) reports.push(await this.#syncCommittee(id));
    return { committees: reports, openConflicts: (await this.folder.conflicts()).open.length };
  }

  async #syncCommittee(committeeId: string): Promise<CommitteeReport> {
    const name = databaseName(committeeId);
    const db = await openRemoteDb(this.#server, name);
    try {
      await db.info();
      await this.#ensureDesign(db);
      const cp = await this.folder.checkpoint(name, this.#server.url);
      const report: CommitteeReport = { committeeId, name: this.#store.committee(committeeId)?.name ?? committeeId, pulled: 0, pushed: 0, quarantined: 0, conflicts: 0 };
      for (let pass = 0; pass < PASSES; pass++) {
        await this.#pull(db, name, committeeId, cp, report);
        const refused = await this.#push(db, name, committeeId, cp, report);
        if (!refused) break;
      }
      report.name = this.#store.committee(committeeId)?.name ?? committeeId;
      return report;
    } finally {
      await db.close().catch(() => undefined);
    }
  }

  async #ensureDesign(db: RemoteDb): Promise<void> {
    const wanted = designDocument();
    const found = await db.get(DESIGN_DOC_ID).catch(() => null);
    if (found && found.validate_doc_update === wanted.validate_doc_update) return;
    // Only a server admin may write it; a member's machine goes on without (the server keeps the one it has).
    await db.put({ ...wanted, ...(found ? { _rev: found._rev } : {}) }).catch(() => undefined);
  }

  // ---- Pull ------------------------------------------------------------------

  async #pull(db: RemoteDb, name: string, committeeId: string, cp: Checkpoint, report: CommitteeReport): Promise<void> {
    for (;;) {
      const res = await db.changes({ since: cp.since, include_docs: true, limit: BATCH, style: 'main_only' });
      if (res.results.length === 0) break;
      const committeeDocs: PouchDoc[] = [];
      const bilag: PouchDoc[] = [];
      const meetings = new Map<string, PouchDoc[]>();
      const others: PouchDoc[] = [];
      for (const change of res.results) {
        const doc = change.doc ?? ({ _id: change.id, _rev: change.changes[0]!.rev, _deleted: true } as PouchDoc);
        if (doc._id.startsWith('_design/')) continue;
        if (doc._id === COMMITTEE_DOC) committeeDocs.push(doc);
        else if (doc._id.startsWith('b:')) bilag.push(doc);
        else if (meetingOfDocId(doc._id)) {
          const mid = meetingOfDocId(doc._id)!;
          if (!SAFE_ID.test(mid)) {
            await this.#quarantine(name, doc, syncText.quarantine.idMismatch, report);
            continue;
          }
          meetings.set(mid, [...(meetings.get(mid) ?? []), doc]);
        } else others.push(doc);
      }
      for (const doc of committeeDocs) await this.#pullCommittee(name, committeeId, doc, report);
      for (const doc of bilag) await this.#pullBilag(db, name, committeeId, doc, report);
      await this.#pullMeetings(name, committeeId, meetings, cp, report);
      for (const doc of others) await this.#pullOther(name, committeeId, doc, report);
      cp.since = res.last_seq;
      await this.folder.saveCheckpoint(name, cp);
      if (res.results.length < BATCH) break;
    }
  }

  async #quarantine(name: string, doc: PouchDoc, reason: string, report: CommitteeReport): Promise<void> {
    await this.folder.quarantine(name, doc._id, JSON.stringify(doc).slice(0, 4 * 1024 * 1024), reason);
    report.quarantined++;
  }

  async #pullCommittee(name: string, committeeId: string, doc: PouchDoc, report: CommitteeReport): Promise<void> {
    const base = await this.folder.base(name, BASE_COMMITTEE);
    const known = base.docs[COMMITTEE_DOC];
    if (known?.rev === doc._rev || doc._deleted) return;
    const arrival = checkArrival(doc, committeeId);
    if (!arrival.ok) {
      await this.#quarantine(name, doc, arrival.reason, report);
      base.docs[COMMITTEE_DOC] = { rev: doc._rev!, body: known?.body ?? null };
      await this.folder.saveBase(name, BASE_COMMITTEE, base);
      return;
    }
    const theirs = committeeSchema.parse(arrival.body.committee);
    const clashes = await this.#store.transaction((tx) => {
      const mine = tx.committee(committeeId) ?? null;
      const { merged, clashes } = mergeCommittee((known?.body?.committee as Committee | undefined) ?? null, mine, theirs);
      if (!mine || !same(mine, merged)) tx.putCommittee(merged);
      return clashes;
    });
    await this.#recordClashes(committeeId, null, clashes, report);
    base.docs[COMMITTEE_DOC] = { rev: doc._rev!, body: arrival.body };
    await this.folder.saveBase(name, BASE_COMMITTEE, base);
    report.pulled++;
  }

  async #pullBilag(db: RemoteDb, name: string, committeeId: string, doc: PouchDoc, report: CommitteeReport): Promise<void> {
    if (doc._deleted) return;
    const arrival = checkArrival(doc, committeeId);
    if (!arrival.ok) return this.#quarantine(name, doc, arrival.reason, report);
    const { sha256, size } = arrival.body as unknown as { sha256: string; size: number };
    if ((await readAttachmentFile(this.#store.dir, { sha256, size })).check === 'ok') return;
    if (size > MAX_ATTACHMENT_BYTES) return this.#quarantine(name, doc, syncText.quarantine.tooLarge(size), report);
    const bytes = await db.getAttachment(doc._id, 'fil').catch(() => null);
    const actual = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
    if (!bytes || bytes.byteLength !== size || actual !== sha256) return this.#quarantine(name, doc, syncText.quarantine.attachment, report);
    await storeAttachmentFile(this.#store.dir, bytes);
    report.pulled++;
  }

  /**
   * The meetings of one batch of changes: each document checked on arrival,
   * each meeting merged three-way, and all of them written in one store
   * transaction (one audit append, each meeting file durably), then the new
   * bases. A quarantined document's revision is known from then on (a later
   * push overwrites it) but its content is never taken.
   */
  async #pullMeetings(name: string, committeeId: string, groups: Map<string, PouchDoc[]>, cp: Checkpoint, report: CommitteeReport): Promise<void> {
    type Prepared = { meetingId: string; docs: PouchDoc[]; next: BaseFile; baseK: KeyedMeeting | null; theirsK: KeyedMeeting | null };
    const prepared: Prepared[] = [];
    const committee = this.#store.committee(committeeId);
    for (const [meetingId, docs] of groups) {
      const base = await this.folder.base(name, meetingId);
      const next: BaseFile = { docs: { ...base.docs } };
      let changed = false;
      for (const doc of docs) {
        if (base.docs[doc._id]?.rev === doc._rev) continue;
        changed = true;
        if (doc._deleted) {
          next.docs[doc._id] = { rev: doc._rev!, body: null };
          continue;
        }
        const arrival = checkArrival(doc, committeeId);
        let reason = arrival.ok ? null : arrival.reason;
        if (arrival.ok && (arrival.body.meetingId as string) !== meetingId) reason = syncText.quarantine.idMismatch;
        if (arrival.ok && !reason && (arrival.body.type === 'godkendelse' || arrival.body.type === 'afvisning')) reason = checkAnswer(arrival.body, meetingId, committee);
        if (reason) {
          await this.#quarantine(name, doc, reason, report);
          next.docs[doc._id] = { rev: doc._rev!, body: base.docs[doc._id]?.body ?? null };
          continue;
        }
        next.docs[doc._id] = { rev: doc._rev!, body: arrival.ok ? arrival.body : null };
      }
      if (changed) prepared.push({ meetingId, docs, next, baseK: composeMeeting(bodies(base)), theirsK: composeMeeting(bodies(next)) });
    }
    if (prepared.length === 0) return;
    type Outcome = { clashes: Clash[]; invalid: boolean; merged: Meeting | null | undefined };
    const outcomes = await this.#store.transaction((tx) =>
      prepared.map(({ meetingId, baseK, theirsK }): Outcome => {
        const local = tx.meeting(meetingId) ?? null;
        if (local && local.committeeId !== committeeId) return { clashes: [], invalid: false, merged: undefined };
        const mineK = local ? keyedLocal(local, baseK?.keys ?? theirsK?.keys ?? new Map()) : null;
        const { merged, clashes } = mergeMeeting(baseK, mineK, theirsK);
        if (!merged) {
          if (local) tx.deleteMeeting(meetingId);
          return { clashes, invalid: false, merged: null };
        }
        const valid = meetingSchema.safeParse(merged.meeting);
        if (!valid.success) return { clashes: [], invalid: true, merged: undefined };
        if (!sameMeeting(valid.data, local)) tx.putMeeting(valid.data);
        return { clashes, invalid: false, merged: valid.data };
      }),
    );
    for (let i = 0; i < prepared.length; i++) {
      const { meetingId, docs, next, theirsK } = prepared[i]!;
      const outcome = outcomes[i]!;
      if (outcome.invalid) {
        for (const doc of docs) await this.#quarantine(name, doc, syncText.quarantine.merged, report);
        continue;
      }
      await this.#recordClashes(committeeId, meetingId, outcome.clashes, report);
      await this.folder.saveBase(name, meetingId, next);
      // What the server has is what this store has now: nothing to push for it.
      if (outcome.merged && theirsK && sameMeeting(outcome.merged, theirsK.meeting)) cp.meetings[meetingId] = outcome.merged.updatedAt;
      if (outcome.merged === null && !theirsK) delete cp.meetings[meetingId];
      report.pulled++;
    }
  }

  /**
   * A push the server refused (someone wrote in between, or the checkpoint is
   * ahead of a base lost in a power cut): the meeting's documents read from
   * the server as they are now and merged like a pull. A document the server
   * no longer has at all (a database restored or recreated) leaves the base,
   * so the next push writes it again; only a real deletion deletes.
   */
  async #refetchMeeting(db: RemoteDb, name: string, committeeId: string, meetingId: string, cp: Checkpoint, report: CommitteeReport): Promise<void> {
    const base = await this.folder.base(name, meetingId);
    const found = new Map<string, PouchDoc>();
    for (const p of ['i', 'a', 'r', 'o']) {
      const range = await db.allDocs({ include_docs: true, startkey: `${p}:${meetingId}:`, endkey: `${p}:${meetingId}:\ufff0` });
      for (const row of range.rows) if (row.doc) found.set(row.id, row.doc);
    }
    const known = await db.allDocs({ include_docs: true, keys: [...new Set([`m:${meetingId}`, ...Object.keys(base.docs)])] });
    const lost: string[] = [];
    for (const row of known.rows) {
      if (row.doc) found.set(row.id, row.doc);
      else if (row.value?.deleted) found.set(row.id, { _id: row.id, _rev: row.value.rev, _deleted: true });
      else if (base.docs[row.id]) lost.push(row.id);
    }
    if (lost.length > 0) {
      for (const id of lost) delete base.docs[id];
      await this.folder.saveBase(name, meetingId, base);
    }
    await this.#pullMeetings(name, committeeId, new Map([[meetingId, [...found.values()]]]), cp, report);
  }

  async #pullOther(name: string, committeeId: string, doc: PouchDoc, report: CommitteeReport): Promise<void> {
    if (doc._id.startsWith('k:')) {
      const file = await this.folder.conflicts();
      const id = doc._id.slice(2);
      if (doc._deleted) {
        if (!file.open.some((c) => c.id === id)) return;
        file.open = file.open.filter((c) => c.id !== id);
        file.resolved.push(id);
      } else {
        const arrival = checkArrival(doc, committeeId);
        if (!arrival.ok) return this.#quarantine(name, doc, arrival.reason, report);
        const conflict = arrival.body.conflict as SyncConflict;
        if (file.resolved.includes(id) || file.open.some((c) => c.id === id)) return;
        file.open.push(conflict);
      }
      await this.folder.saveConflicts(file);
      return;
    }
    if (doc._id.startsWith('l:') && !doc._deleted) {
      const arrival = checkArrival(doc, committeeId);
      if (!arrival.ok) return this.#quarantine(name, doc, arrival.reason, report);
      if ((arrival.body.machineId as string) === this.#machineId) return;
      const body = arrival.body as unknown as { machineId: string; entry: AuditEntry; publicKey?: string; signature?: string };
      const refused = await this.#otherLogs(name).accept(body.machineId, body.entry, body.publicKey, body.signature);
      if (refused) await this.#quarantine(name, doc, refused, report);
      return;
    }
    if (!doc._deleted) await this.#quarantine(name, doc, syncText.quarantine.idMismatch, report);
  }

  #otherLogs(name: string): OtherMachineLogs {
    let logs = this.#logs.get(name);
    if (!logs) this.#logs.set(name, (logs = new OtherMachineLogs(this.folder.dbDir(name))));
    return logs;
  }

  async #recordClashes(committeeId: string, meetingId: string | null, clashes: Clash[], report: CommitteeReport): Promise<void> {
    if (clashes.length === 0) return;
    const file = await this.folder.conflicts();
    for (const clash of clashes) {
      const id = createHash('sha256')
        .update(canonicalize([committeeId, meetingId, clash.itemId, clash.path, clash.mine, clash.theirs]) ?? '')
        .digest('hex')
        .slice(0, 32);
      if (file.resolved.includes(id) || file.open.some((c) => c.id === id)) continue;
      file.open.push({ id, committeeId, meetingId, itemId: clash.itemId, path: clash.path, kind: clash.kind, label: clash.path, base: clash.base ?? null, mine: clash.mine, theirs: clash.theirs, at: new Date().toISOString(), machineId: this.#machineId });
      report.conflicts++;
    }
    await this.folder.saveConflicts(file);
  }

  // ---- Push ------------------------------------------------------------------

  /** Sends what changed here; true when the server refused something because it changed meanwhile. */
  async #push(db: RemoteDb, name: string, committeeId: string, cp: Checkpoint, report: CommitteeReport): Promise<boolean> {
    let refused = false;
    const local = this.#store.committee(committeeId);
    if (local) {
      const base = await this.folder.base(name, BASE_COMMITTEE);
      const known = base.docs[COMMITTEE_DOC];
      const body: DocBody = { type: 'udvalg', committee: local };
      if (!known?.body || !same(known.body, body)) {
        const [res] = await db.bulkDocs([{ _id: COMMITTEE_DOC, ...(known ? { _rev: known.rev } : {}), ...body }]);
        if (res?.ok || (res && !res.error)) {
          base.docs[COMMITTEE_DOC] = { rev: res.rev, body };
          await this.folder.saveBase(name, BASE_COMMITTEE, base);
          report.pushed++;
        } else {
          refused = true;
          const current = await db.get(COMMITTEE_DOC).catch(() => null);
          if (current) await this.#pullCommittee(name, committeeId, current, report);
          else {
            delete base.docs[COMMITTEE_DOC];
            await this.folder.saveBase(name, BASE_COMMITTEE, base);
          }
        }
      }
    }

    const ids = new Set([...this.#store.meetingSummaries().filter((s) => s.committeeId === committeeId).map((s) => s.id), ...Object.keys(cp.meetings)]);
    type Pending = { meetingId: string; docId: string; body: DocBody | null; doc: PouchDoc };
    let pending: Pending[] = [];
    const refusedMeetings = new Set<string>();
    const bases = new Map<string, BaseFile>();
    const localMeetings = new Map<string, Meeting | null>();
    const flush = async () => {
      if (pending.length === 0) return;
      const results = await db.bulkDocs(pending.map((p) => p.doc));
      results.forEach((res, i) => {
        const p = pending[i]!;
        const base = bases.get(p.meetingId)!;
        if (res && !res.error && res.rev) base.docs[p.docId] = { rev: res.rev, body: p.body };
        else refusedMeetings.add(p.meetingId);
      });
      for (const mid of new Set(pending.map((p) => p.meetingId))) {
        await this.folder.saveBase(name, mid, bases.get(mid)!);
        if (refusedMeetings.has(mid)) {
          refused = true;
          continue;
        }
        const m = localMeetings.get(mid);
        if (m) cp.meetings[mid] = m.updatedAt;
        else delete cp.meetings[mid];
        report.pushed++;
      }
      pending = [];
      await this.folder.saveCheckpoint(name, cp);
    };

    for (const mid of ids) {
      const summary = this.#store.summary(mid);
      if (summary && cp.meetings[mid] === summary.updatedAt) continue;
      if (!summary && !(mid in cp.meetings)) continue;
      let meeting: Meeting | null;
      try {
        meeting = summary ? (this.#store.meeting(mid) ?? null) : null;
      } catch {
        continue; // damaged: being restored from a backup; the next round sends it
      }
      if (meeting && meeting.committeeId !== committeeId) continue;
      const base = await this.folder.base(name, mid);
      const baseK = composeMeeting(bodies(base));
      const docs = meeting ? meetingDocs(meeting, keyedLocal(meeting, baseK?.keys ?? new Map()).keys) : new Map<string, DocBody>();
      const ops: Pending[] = [];
      for (const docId of new Set([...docs.keys(), ...Object.keys(base.docs)])) {
        const mine = docs.get(docId);
        const known = base.docs[docId];
        if (mine && known?.body && same(mine, known.body)) continue;
        if (!mine && !known?.body) continue;
        // An answer names the server user who wrote it: validate_doc_update lets a member write only their own.
        const author = mine && (mine.type === 'godkendelse' || mine.type === 'afvisning') && this.#server.credentials ? { couchUser: this.#server.credentials.username } : {};
        const doc: PouchDoc = mine ? { _id: docId, ...(known ? { _rev: known.rev } : {}), ...mine, ...author } : { _id: docId, _rev: known!.rev, _deleted: true };
        ops.push({ meetingId: mid, docId, body: mine ?? null, doc });
      }
      bases.set(mid, base);
      localMeetings.set(mid, meeting);
      if (ops.length === 0) {
        if (meeting) cp.meetings[mid] = meeting.updatedAt;
        continue;
      }
      // The header first, so a machine that pulls part of it sees the meeting before its items.
      ops.sort((a, b) => (a.docId.startsWith('m:') ? -1 : 0) - (b.docId.startsWith('m:') ? -1 : 0));
      if (meeting) await this.#pushBilag(db, meeting, cp);
      pending.push(...ops);
      if (pending.length >= BATCH) await flush();
    }
    await flush();
    for (const mid of refusedMeetings) await this.#refetchMeeting(db, name, committeeId, mid, cp, report);
    await this.#pushConflicts(db, committeeId);
    await this.#pushAudit(db, committeeId, cp);
    await this.folder.saveCheckpoint(name, cp);
    return refused;
  }

  async #pushBilag(db: RemoteDb, meeting: Meeting, cp: Checkpoint): Promise<void> {
    for (const item of meeting.items) {
      for (const attachment of item.attachments) {
        const file = attachment.file;
        if (!file || cp.bilag.includes(file.sha256)) continue;
        const read = await readAttachmentFile(this.#store.dir, file);
        if (read.check !== 'ok' || !read.bytes) continue;
        const id = `b:${file.sha256}`;
        const exists = await db.get(id).catch(() => null);
        if (!exists) {
          await db
            .put({ _id: id, type: 'bilag', sha256: file.sha256, size: file.size, _attachments: { fil: { content_type: 'application/octet-stream', data: read.bytes.toString('base64') } } })
            .catch((error: { status?: number }) => {
              if (error.status !== 409) throw error;
            });
        }
        cp.bilag.push(file.sha256);
      }
    }
  }

  async #pushConflicts(db: RemoteDb, committeeId: string): Promise<void> {
    const file = await this.folder.conflicts();
    const mine = file.open.filter((c) => c.committeeId === committeeId && c.machineId === this.#machineId);
    if (mine.length === 0 && file.resolved.length === 0) return;
    const ids = [...mine.map((c) => `k:${c.id}`), ...file.resolved.map((id) => `k:${id}`)];
    const found = await db.allDocs({ keys: ids });
    const have = new Map(found.rows.filter((r) => r.value && !r.error).map((r) => [r.id, r.value]));
    const docs: PouchDoc[] = [];
    for (const c of mine) if (!have.has(`k:${c.id}`)) docs.push({ _id: `k:${c.id}`, type: 'konflikt', conflict: c });
    for (const id of file.resolved) {
      const v = have.get(`k:${id}`);
      if (v && !v.deleted) docs.push({ _id: `k:${id}`, _rev: v.rev, _deleted: true });
    }
    if (docs.length) await db.bulkDocs(docs);
  }

  /** This machine's audit entries for this committee's meetings, each once, as its own chain. */
  async #pushAudit(db: RemoteDb, committeeId: string, cp: Checkpoint): Promise<void> {
    const entries = (await this.#store.auditEntries()).filter((e) => e.seq > cp.auditSeq);
    if (entries.length === 0) return;
    const ours = new Set(this.#store.meetingSummaries().filter((s) => s.committeeId === committeeId).map((s) => s.id));
    const identity = await MemberIdentity.load(this.#store.dir);
    const docs = entries
      .filter((e) => (e.meetingId ? ours.has(e.meetingId) : (e.details as { committeeId?: string }).committeeId === committeeId))
      .map(
        (entry) =>
          ({
            _id: `l:${this.#machineId}:${String(entry.seq).padStart(10, '0')}`,
            type: 'log',
            machineId: this.#machineId,
            entry,
            publicKey: identity.publicKey,
            signature: identity.sign(signedLogPayload(this.#machineId, entry)),
          }) as PouchDoc,
      );
    for (let i = 0; i < docs.length; i += BATCH) await db.bulkDocs(docs.slice(i, i + BATCH));
    cp.auditSeq = entries[entries.length - 1]!.seq;
  }
}

function bodies(base: BaseFile): Map<string, DocBody> {
  const out = new Map<string, DocBody>();
  for (const [id, doc] of Object.entries(base.docs)) if (doc.body) out.set(id, doc.body);
  return out;
}

export { bodyOf };
