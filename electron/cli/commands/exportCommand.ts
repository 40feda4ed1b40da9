import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { apiContract } from '../../../shared/api/contract.ts';
import { cliText } from '../../../shared/i18n/cli.da.ts';
import { exportMeeting } from '../../core/export/exportMeeting.ts';
import { REFERAT_AUDIENCES, REFERAT_VARIANTS, type ReferatAudience, type ReferatVariant } from '../../core/export/exportOptions.ts';
import type { CliCommand } from '../cliCommand.ts';
import { findMeeting } from '../findMeeting.ts';
import { withReadOnlyApp } from '../readOnlyApp.ts';

const EXPORT_FORMATS = ['docx', 'pdf', 'packet'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T | undefined {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * `referent export`: the referat or the dagsorden, full or public, as DOCX or
 * (through LibreOffice) PDF or the publication packet, by the same
 * exportMeeting the window uses, held back by the same pre-release check.
 * Without --format, an output file ending in .pdf is a PDF.
 */
export const exportCommand: CliCommand = {
  async run(dir, values, io) {
    const meetingId = values.meeting as string | undefined;
    const output = values.output as string | undefined;
    if (!meetingId) {
      io.err(cliText.missingOption('meeting'));
      return 2;
    }
    if (!output) {
      io.err(cliText.missingOption('o'));
      return 2;
    }
    const given = { variant: values.variant as string | undefined, audience: values.audience as string | undefined, format: values.format as string | undefined };
    const variant = oneOf<ReferatVariant>(given.variant, REFERAT_VARIANTS, 'referat');
    const audience = oneOf<ReferatAudience>(given.audience, REFERAT_AUDIENCES, 'fuld');
    const format = oneOf(given.format, EXPORT_FORMATS, /\.pdf$/i.test(output) ? 'pdf' : 'docx');
    for (const [option, value, parsed, allowed] of [
      ['variant', given.variant, variant, REFERAT_VARIANTS],
      ['audience', given.audience, audience, REFERAT_AUDIENCES],
      ['format', given.format, format, EXPORT_FORMATS],
    ] as const) {
      if (parsed === undefined) {
        io.err(cliText.invalidValue(option, value ?? '', allowed));
        return 2;
      }
    }
    // The request the window sends for the same document, checked by the same schema.
    const request = apiContract['export.file'].request.parse({ meetingId, variant, audience, format });
    return withReadOnlyApp(dir, async (app) => {
      const found = await findMeeting(app, request.meetingId, io);
      if (!found) return 1;
      // Tjek før udsendelse: errors hold a public version back until fixed or overridden in the app.
      if (request.audience === 'offentlig') {
        const check = await app.service['publish.check']({ meetingId: request.meetingId, variant: request.variant ?? 'referat', audience: 'offentlig' });
        // Loaded only here: the check's rules (name lists, patterns) cost the full version's cold export ~30 ms.
        const { assertPublishable } = await import('../../core/publish/publishOverride.ts');
        assertPublishable(check, check.override);
      }
      const file = await exportMeeting(found.live, found.meeting, request, { inProcess: true, dataDir: dir, auditHead: app.store.auditHead(), readAuditLog: () => app.store.auditEntries() });
      await writeFile(resolve(output), file.bytes);
      io.out(cliText.written(cliText.documentLabel(file.variant, file.audience), output, found.meeting.items.length));
      return 0;
    });
  },
};
