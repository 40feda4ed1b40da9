import { memberDisplayName } from '../../../shared/domain/committee.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { cliText } from '../../../shared/i18n/cli.da.ts';
import type { CliCommand } from '../cliCommand.ts';
import { findMeeting } from '../findMeeting.ts';
import { withReadOnlyApp } from '../readOnlyApp.ts';

/**
 * `referent verify --data DIR --meeting ID`: exit 0 only when the stored
 * protocol is exactly what was sent and every approval matches it, as the
 * window's integrity check (approvals.status) finds it.
 */
export const verifyCommand: CliCommand = {
  async run(dir, values, io) {
    const meetingId = values.meeting as string | undefined;
    if (!meetingId) {
      io.err(cliText.missingOption('meeting'));
      return 2;
    }
    return withReadOnlyApp(dir, async (app) => {
      const found = await findMeeting(app, meetingId, io);
      if (!found) return 1;
      const { meeting } = found;
      const check = await app.service['approvals.status']({ meetingId: meeting.id });
      io.out(cliText.fingerprint(check.shortFingerprint, check.fingerprint));
      // A protocol never sent has nothing to verify, unless it claims approvals or the log contradicts it (a status set
      // to godkendt by hand, a round taken out): then it is reported as broken like any other.
      if (!meeting.approvalRound) io.out(cliText.notSent);
      const intact = check.intact && (meeting.approvalRound !== null || meeting.approvals.length === 0);
      if (!meeting.approvalRound && intact) return 0;
      if (meeting.approvalRound) for (const signer of check.signers) {
        const name = signer.standsInFor ? cliText.substituteName(memberDisplayName(signer), signer.standsInFor) : memberDisplayName(signer);
        const key = signer.approval?.keyFingerprint ?? signer.keyFingerprint;
        if (signer.approval) io.out(cliText.approvalLine(name, formatTimestamp(signer.approval.at), cliText.methods[signer.approval.method], key, cliText.checks[signer.approval.check]));
        else if (signer.rejection) io.out(cliText.rejectionLine(name, formatTimestamp(signer.rejection.at), signer.rejection.comment));
        else io.out(cliText.pendingLine(name));
      }
      if (check.auditHead) io.out(cliText.auditHead(check.auditHead.seq, check.auditHead.short));
      if (intact) {
        io.out(cliText.intact(meeting.approvals.length));
        return 0;
      }
      io.err(cliText.broken);
      for (const problem of check.problems) io.err(`  ${problem}`);
      if (check.changes.length) {
        io.err(cliText.changedHeader);
        for (const change of check.changes) io.err(`  ${change.label}: ${change.changes.join('; ')}`);
      }
      return 1;
    });
  },
};
