import { memberDisplayName } from '../../../shared/domain/committee.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
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
  name: 'verify',
  options: { meeting: { type: 'string' } },
  async run(dir, values, io) {
    const meetingId = values.meeting as string | undefined;
    if (!meetingId) {
      io.err(cliText.missingOption('meeting'));
      return 2;
    }
    return withReadOnlyApp(dir, async (app) => {
      const found = await findMeeting(app, meetingId, io);
      if (!found) return 1;
      const { meeting, live } = found;
      const committee = effectiveCommittee(live, meeting);
      const check = await app.service['approvals.status']({ meetingId: meeting.id });
      io.out(cliText.fingerprint(check.shortFingerprint, check.fingerprint));
      if (!meeting.approvalRound) {
        io.out(cliText.notSent);
        return meeting.approvals.length === 0 ? 0 : 1;
      }
      for (const p of meeting.participants.filter((x) => x.attendance === 'til_stede')) {
        const member = committee.members.find((m) => m.id === p.memberId);
        const name = member ? memberDisplayName(member) : p.memberId;
        const approval = meeting.approvals.find((a) => a.memberId === p.memberId);
        const rejection = meeting.rejections.find((r) => r.memberId === p.memberId);
        if (approval) io.out(cliText.approvalLine(name, formatTimestamp(approval.approvedAt), cliText.methods[approval.method]));
        else if (rejection) io.out(cliText.rejectionLine(name, formatTimestamp(rejection.rejectedAt), rejection.comment));
        else io.out(cliText.pendingLine(name));
      }
      if (check.intact) {
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
