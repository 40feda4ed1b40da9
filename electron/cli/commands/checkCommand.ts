import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Store, QUARANTINE_DIR, meetingPath } from '../../core/store/store.ts';
import { checkProtocol } from '../../core/approval/verifyProtocol.ts';
import { keyIdOf } from '../../core/approval/keyVault.ts';
import { shortFingerprint } from '../../core/approval/fingerprint.ts';
import { registeredKeys } from '../../../shared/domain/signerKeys.ts';
import { loggedKeyIds } from '../../core/store/registeredKeyIds.ts';
import { keyLogOf, logProblems } from '../../core/approval/logConsistency.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { SCHEMA_VERSION, type AuditHead } from '../../../shared/domain/storeSchema.ts';
import { checkText } from '../../../shared/i18n/check.da.ts';
import { readAttachmentFile } from '../../core/store/attachmentFiles.ts';
import { scanBackups } from '../../core/store/backups.ts';
import { whatWentWrong } from '../../core/store/fsErrorInDanish.ts';
import { meetingsInLog } from '../../core/store/meetingsInLog.ts';
import { IndexFile, indexedSummary, type IndexedSummary } from '../../core/store/meetingIndex.ts';
import { sameStamp, stampOf } from '../../core/store/durableJsonFile.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import type { AuditEntry } from '../../core/audit/auditLog.ts';
import type { CliCommand } from '../cliCommand.ts';
import type { CliIo } from '../cliIo.ts';

/**
 * `referent check --data DIR`: reads the store without changing it and checks
 * the schema of every file, that every meeting's committee and participants
 * exist, every bilag file against its hash, every approval against its
 * protocol, the audit chain, that the log still holds the head the root file,
 * each meeting file and the index recorded (a log cut short, emptied, deleted
 * or rewritten), that every meeting the log or the index knows still has its
 * file, and that every backup's manifest can be read.
 */
async function check(dir: string, io: CliIo): Promise<number> {
  let store: Store;
  try {
    store = await Store.open(dir, { readOnly: true, background: false });
  } catch (error) {
    io.err(checkText.unreadable((error as Error).message));
    return 1;
  }
  const problems: string[] = [];
  const notes: string[] = [];
  let attachments = 0;
  if (store.diskSchemaVersion > SCHEMA_VERSION) problems.push(checkText.newerVersion);
  else for (const notice of store.notices()) problems.push(checkText.opened(notice));

  const entries = await store.auditEntries();
  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  const lastSeq = entries.at(-1)?.seq ?? 0;
  const compareHead = (file: string, head: AuditHead | null) => {
    if (!head) return;
    const found = bySeq.get(head.seq);
    if (!found) problems.push(checkText.headCut(file, head.seq, lastSeq));
    else if (found.hash !== head.hash) problems.push(checkText.headRewritten(file, head.seq));
  };

  const keyLog = keyLogOf(entries);
  let meetings = 0;
  // What each file says about its meeting, for the index's rows to be held against below.
  const fromFiles = new Map<string, IndexedSummary>();
  let unindexed = 0;
  await store.forEachMeeting(
    async (meeting, file) => {
      meetings += 1;
      fromFiles.set(meeting.id, indexedSummary(meeting));
      compareHead(`meetings/${meeting.id}.json`, file.auditHead);
      const live = store.committee(meeting.committeeId);
      if (!live) {
        problems.push(checkText.missingCommittee(meeting.id));
        return;
      }
      const committee = effectiveCommittee(live, meeting);
      for (const p of meeting.participants) {
        if (!committee.members.some((m) => m.id === p.memberId)) problems.push(checkText.unknownParticipant(meeting.id, p.memberId));
      }
      for (const item of meeting.items) {
        for (const attachment of item.attachments) {
          if (!attachment.file) continue;
          const { check } = await readAttachmentFile(dir, attachment.file);
          if (check === 'mangler') problems.push(checkText.attachmentMissing(meeting.id, item.title, attachment.name));
          if (check === 'aendret') problems.push(checkText.attachmentAltered(meeting.id, item.title, attachment.name));
          if (check === 'ok') attachments += 1;
        }
      }
      // A status of godkendt with no round behind it is checked too: set by hand, it has no approvals to show for it.
      if (meeting.approvalRound || meeting.approvals.length > 0 || meeting.status === 'godkendt') {
        for (const problem of checkProtocol(live, meeting).problems) problems.push(checkText.protocol(meeting.id, problem));
      }
      for (const problem of logProblems(live, meeting, entries, keyLog)) problems.push(checkText.protocol(meeting.id, problem));
      // Each answer signed the log's head as it stood then: a log cut or rewritten since no longer has it.
      for (const answer of [...meeting.approvals, ...meeting.rejections]) {
        compareHead(checkText.answerFile(meeting.id, answer.substitute ?? answer.memberId), answer.auditHead ?? null);
      }
    },
    (problem) => problems.push(checkText.opened(`${problem.file}: ${problem.reason}`)),
    () => (unindexed += 1),
  );
  if (unindexed > 0) notes.push(checkText.indexLacks(unindexed));

  // Every key in the registry must have been registered in the log: a key written into referent.json by hand has not.
  if (entries.length > 0) {
    const logged = loggedKeyIds(entries);
    for (const committee of store.committees()) {
      for (const entry of [...committee.members.map((m) => ({ ...m, who: m.name })), ...(committee.substitutes ?? []).map((s) => ({ ...s, who: s.name }))]) {
        for (const key of registeredKeys(entry)) if (!logged.has(keyIdOf(key))) problems.push(checkText.keyNotLogged(committee.name, entry.who, shortFingerprint(keyIdOf(key))));
      }
    }
  }

  const chain = await store.verifyAudit();
  if (!chain.ok) problems.push(checkText.audit(chain.reason));
  const rootHead = store.rootAuditHead();
  if (!rootHead && entries.length > 0) problems.push(checkText.headMissing);
  compareHead('referent.json', rootHead);
  checkMarkers(entries, problems, notes);

  // Every meeting the log knows (registered, created, put back by a restore) and has not seen deleted must have its file.
  const inLog = meetingsInLog(entries);
  for (const { meetingId, at } of inLog.lost) problems.push(checkText.meetingLost(meetingId, formatTimestamp(at)));
  for (const id of inLog.expected) {
    if (!existsSync(meetingPath(dir, id))) problems.push(checkText.meetingMissing(id, checkText.sources.audit));
  }
  const index = await new IndexFile(dir, SCHEMA_VERSION).read();
  if (index.kind === 'ok') {
    compareHead('index.jsonl', index.state.auditHead);
    let stale = 0;
    for (const [id, row] of index.state.rows) {
      let stamp;
      try {
        stamp = stampOf(statSync(meetingPath(dir, id)));
      } catch {
        problems.push(checkText.meetingMissing(id, checkText.sources.index));
        continue;
      }
      if (!sameStamp(stamp, row.stamp)) stale += 1;
      // The same stamp should mean the file is what the row was made from. A row that says otherwise was written beside
      // Referent (a status or a count of approvals the file does not have, which the list would show), or the file was
      // edited in place with its mtime put back.
      else if (fromFiles.has(id) && !isDeepStrictEqual(fromFiles.get(id), row.summary)) problems.push(checkText.indexDisagrees(id));
    }
    if (stale > 0) notes.push(checkText.indexStale(stale));
  } else if (meetings > 0) {
    notes.push(checkText.indexMissing);
  }
  try {
    for (const id of (await scanBackups(dir)).damaged) problems.push(checkText.backupManifest(id));
  } catch (error) {
    problems.push(checkText.backupsUnreadable(whatWentWrong(error, dir)));
  }

  const quarantine = join(dir, QUARANTINE_DIR);
  const leftovers = existsSync(quarantine) ? (await readdir(quarantine)).length : 0;
  if (problems.length > 0) {
    io.err(checkText.broken(problems.length));
    for (const p of [...new Set(problems)]) io.err(`  ${p}`);
    for (const n of notes) io.err(`  ${n}`);
    return 1;
  }
  io.out(checkText.ok(store.committees().length, meetings, attachments, chain.entries));
  for (const n of notes) io.out(n);
  if (leftovers > 0) io.out(checkText.leftovers(leftovers));
  return 0;
}

/** Restart markers: one that lost entries the files had seen is a problem; a torn write cut off is a note. */
function checkMarkers(entries: AuditEntry[], problems: string[], notes: string[]): void {
  for (const e of entries) {
    if (e.action === 'revisionsspor_genstartet') {
      if (e.details.acknowledgedLost === true) problems.push(checkText.restartLost(e.seq, String(e.details.reason)));
      else notes.push(checkText.restartNote(e.seq, String(e.details.quarantined ?? '')));
    } else if (e.action === 'afbrudt') {
      notes.push(checkText.interruptedNote(e.seq));
    }
  }
}

export const checkCommand: CliCommand = { run: (dir, _values, io) => check(dir, io) };

