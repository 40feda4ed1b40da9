import { AuditLog } from '../core/audit/auditLog.ts';
import { checkWithOverride } from '../core/publish/checkWithOverride.ts';
import { Store } from '../core/store/store.ts';
import { REFERAT_AUDIENCES, REFERAT_VARIANTS, type ReferatAudience, type ReferatVariant } from '../core/export/exportOptions.ts';
import { cliText } from '../../shared/i18n/cli.da.ts';
import { publishCheckText as t } from '../../shared/i18n/publishCheck.da.ts';

type Io = { out: (line: string) => void; err: (line: string) => void };

export type LintValues = { meeting?: string; variant?: string; audience?: string; json?: boolean };

/**
 * `referent lint --data DIR --meeting ID [--variant referat|dagsorden]
 * [--audience fuld|offentlig] [--json]`: »Tjek før udsendelse« from the
 * command line, on a data directory opened read-only. Exit 1 when the check
 * finds errors (unless a logged override covers them all), 0 otherwise;
 * warnings never fail it. By default the document is the dagsorden until the
 * meeting is held, then the referat; the public version.
 */
export async function lintCommand(dir: string, values: LintValues, io: Io): Promise<number> {
  if (!values.meeting) {
    io.err(cliText.missingOption('meeting'));
    return 2;
  }
  for (const [option, value, allowed] of [
    ['variant', values.variant, REFERAT_VARIANTS],
    ['audience', values.audience, REFERAT_AUDIENCES],
  ] as const) {
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      io.err(cliText.invalidValue(option, value, allowed));
      return 2;
    }
  }
  const store = await Store.open(dir, { readOnly: true });
  const meeting = store.meeting(values.meeting);
  const committee = meeting && store.committee(meeting.committeeId);
  if (!meeting || !committee) {
    io.err(cliText.meetingNotFound(values.meeting));
    return 1;
  }
  const audit = await AuditLog.open(dir);
  const check = await checkWithOverride({
    dir,
    committee,
    meeting,
    meetings: store.meetings(),
    auditEntries: audit.entries(meeting.id),
    variant: values.variant as ReferatVariant | undefined,
    audience: values.audience as ReferatAudience | undefined,
  });
  const failed = check.errors > 0 && !check.override;
  if (values.json) {
    const { fingerprint: _fingerprint, ...result } = check;
    io.out(JSON.stringify({ meetingId: meeting.id, ...result }, null, 2));
    return failed ? 1 : 0;
  }
  io.out(t.lintHeader(meeting.id, check.variant, check.audience));
  for (const finding of check.findings) {
    const [where, ...rest] = finding.message.split(': ');
    io.out(t.lintLine(t.severity[finding.severity], where!, rest.join(': ')));
  }
  io.out(t.summary(check.errors, check.warnings));
  if (check.override) io.out(t.overridden(check.override.at, check.override.reason));
  return failed ? 1 : 0;
}
