import { REFERAT_AUDIENCES, REFERAT_VARIANTS } from '../../core/export/exportOptions.ts';
import { apiContract } from '../../../shared/api/contract.ts';
import { cliText } from '../../../shared/i18n/cli.da.ts';
import { publishCheckText as t } from '../../../shared/i18n/publishCheck.da.ts';
import type { CliCommand } from '../cliCommand.ts';
import { findMeeting } from '../findMeeting.ts';
import { withReadOnlyApp } from '../readOnlyApp.ts';

/**
 * `referent lint --data DIR --meeting ID [--variant referat|dagsorden]
 * [--audience fuld|offentlig] [--json]`: »Tjek før udsendelse« from the
 * command line, through the same service channel as the window, on a data
 * directory opened read-only. Exit 1 when the check finds errors (unless a
 * logged override covers them all), 0 otherwise; warnings never fail it. By
 * default the document is the dagsorden until the meeting is held, then the
 * referat; the public version.
 */
export const lintCommand: CliCommand = {
  async run(dir, values, io) {
    const meetingId = values.meeting as string | undefined;
    if (!meetingId) {
      io.err(cliText.missingOption('meeting'));
      return 2;
    }
    for (const [option, value, allowed] of [
      ['variant', values.variant, REFERAT_VARIANTS],
      ['audience', values.audience, REFERAT_AUDIENCES],
    ] as const) {
      if (value !== undefined && !(allowed as readonly string[]).includes(value as string)) {
        io.err(cliText.invalidValue(option, value as string, allowed));
        return 2;
      }
    }
    const request = apiContract['publish.check'].request.parse({ meetingId, variant: values.variant, audience: values.audience });
    return withReadOnlyApp(dir, async (app) => {
      const found = await findMeeting(app, request.meetingId, io);
      if (!found) return 1;
      const check = await app.service['publish.check'](request);
      const failed = check.errors > 0 && !check.override;
      if (values.json === true) {
        io.out(JSON.stringify({ meetingId: found.meeting.id, ...check }, null, 2));
        return failed ? 1 : 0;
      }
      io.out(t.lintHeader(found.meeting.id, check.variant, check.audience));
      for (const finding of check.findings) {
        const [where, ...rest] = finding.message.split(': ');
        io.out(t.lintLine(t.severity[finding.severity], where!, rest.join(': ')));
      }
      io.out(t.summary(check.errors, check.warnings));
      if (check.override) io.out(t.overridden(check.override.at, check.override.reason));
      return failed ? 1 : 0;
    });
  },
};
