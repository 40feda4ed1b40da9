import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Store, QUARANTINE_DIR } from '../../core/store/store.ts';
import { AuditLog } from '../../core/audit/auditLog.ts';
import { checkProtocol } from '../../core/approval/verifyProtocol.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { checkText } from '../../../shared/i18n/check.da.ts';
import { readAttachmentFile } from '../../core/store/attachmentFiles.ts';
import type { CliCommand } from '../cliCommand.ts';
import type { CliIo } from '../cliIo.ts';

/**
 * `referent check --data DIR`: reads the store without changing it and checks
 * the schema of every file, that every meeting's committee and participants
 * exist, every bilag file against its hash, every approval against its
 * protocol, and the audit chain.
 */
async function check(dir: string, io: CliIo): Promise<number> {
  let store: Store;
  try {
    store = await Store.open(dir, { readOnly: true });
  } catch (error) {
    io.err(checkText.unreadable((error as Error).message));
    return 1;
  }
  const problems: string[] = [];
  let attachments = 0;
  if (store.notices().length > 0) problems.push(checkText.newerVersion);
  for (const meeting of store.meetings()) {
    const live = store.committee(meeting.committeeId);
    if (!live) {
      problems.push(checkText.missingCommittee(meeting.id));
      continue;
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
    if (meeting.approvalRound || meeting.approvals.length > 0) {
      for (const problem of checkProtocol(live, meeting).problems) problems.push(checkText.protocol(meeting.id, problem));
    }
  }
  const audit = await AuditLog.open(dir);
  const chain = await audit.verify();
  if (!chain.ok) problems.push(checkText.audit(chain.reason));

  const quarantine = join(dir, QUARANTINE_DIR);
  const leftovers = existsSync(quarantine) ? (await readdir(quarantine)).length : 0;
  if (problems.length > 0) {
    io.err(checkText.broken(problems.length));
    for (const p of problems) io.err(`  ${p}`);
    return 1;
  }
  io.out(checkText.ok(store.committees().length, store.meetings().length, attachments, chain.entries));
  if (leftovers > 0) io.out(checkText.leftovers(leftovers));
  return 0;
}

export const checkCommand: CliCommand = { name: 'check', options: {}, run: (dir, _values, io) => check(dir, io) };
