import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { da } from '../../../shared/i18n/da.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { docToPlainText, isDocEmpty } from '../../../shared/text/richText.ts';
import { preloadReader } from '../../core/import/readImportFile.ts';
import { openApp } from '../../core/openApp.ts';

import type { CliCommand } from '../cliCommand.ts';
import type { CliIo } from '../cliIo.ts';

const t = importText.cli;

/** The `--json` form of one imported meeting: text as plain text, each list item on its own line. */
export function meetingJson(meeting: Meeting, liveCommittee: Committee) {
  const committee = effectiveCommittee(liveCommittee, meeting);
  const labels = itemLabels(meeting);
  const members = new Map(committee.members.map((m) => [m.id, m]));
  return {
    id: meeting.id,
    committee: committee.name,
    date: meeting.date,
    time: meeting.time,
    location: meeting.location,
    participants: meeting.participants.filter((p) => p.attendance === 'til_stede' && members.has(p.memberId)).map((p) => memberDisplayName(members.get(p.memberId)!)),
    items: meeting.items.map((item, index) => {
      const decision = item.sections.find((s) => s.kind === 'beslutning' && !isDocEmpty(s.body));
      return {
        number: labels[index]!,
        title: item.title,
        caseNumber: item.caseNumber,
        closed: item.closed,
        sections: item.sections.filter((s) => s.kind === 'tekst' && !isDocEmpty(s.body)).map((s) => ({ heading: s.title, text: docToPlainText(s.body) })),
        decision: decision ? docToPlainText(decision.body) : null,
      };
    }),
  };
}

/**
 * `referent import --data DIR FILE… [--committee ID] [--json]`: imports
 * referater and dagsordener without the review screen. It opens the data
 * directory for writing, taking its lock as the app does, so it refuses to
 * run beside an open Referent. Each file goes into the committee given, the
 * committee with the document's body name, or a new committee made from the
 * document. Prints what was recognised and where it was unsure. Exit 0 when
 * every file was imported, 1 when none was, 3 when some were.
 */
export const importCommand: CliCommand = {
  run: (dir, values, io, files) => importFiles(dir, { committee: values.committee as string | undefined, json: values.json === true }, files, io),
};

async function importFiles(dir: string, values: { committee?: string | undefined; json: boolean }, files: string[], io: CliIo): Promise<number> {
  if (files.length === 0) {
    io.err(t.missingFiles);
    io.err(t.usage);
    return 2;
  }
  // The files are read, and their readers start loading, while the store opens.
  const contents = files.map((file) =>
    readFile(resolve(file)).then((bytes) => {
      preloadReader(bytes);
      return bytes;
    }),
  );
  for (const content of contents) content.catch(() => undefined);
  const app = await openApp(dir, { warmSearch: false });
  const imported: ReturnType<typeof meetingJson>[] = [];
  let failed = 0;
  try {
    if (values.committee && !app.store.committee(values.committee)) {
      io.err(da.errors.committeeNotFound);
      return 2;
    }
    for (const [index, file] of files.entries()) {
      const name = basename(file);
      try {
        const base64 = (await contents[index]!).toString('base64');
        const analysis = await app.service['import.analyse']({ fileName: name, base64, ...(values.committee ? { committeeId: values.committee } : {}) });
        const committeeId = values.committee ?? analysis.committeeId;
        const { meeting, committee, notices } = await app.service['import.commit']({
          fileName: name,
          base64,
          meeting: analysis.meeting,
          committee: committeeId
            ? { kind: 'eksisterende', committeeId }
            : { kind: 'ny', name: analysis.proposedCommittee.name || name, template: analysis.proposedCommittee.template },
        });
        imported.push(meetingJson(meeting, committee));
        if (values.json) continue;
        const labels = itemLabels(meeting);
        io.out(t.imported(name, effectiveCommittee(committee, meeting).name, meeting.date, meeting.items.length));
        meeting.items.forEach((item, i) => io.out(t.item(labels[i]!, item.title, item.sections.filter((s) => !isDocEmpty(s.body)).length)));
        for (const u of analysis.uncertainties) io.out(t.unsure(u.where, u.message));
        for (const notice of notices) io.out(t.notice(notice));
      } catch (error) {
        failed++;
        io.err(t.failed(name, (error as Error).message));
      }
    }
  } finally {
    await app.close();
  }
  if (values.json) io.out(JSON.stringify({ meetings: imported }, null, 2));
  if (imported.length === 0) {
    io.err(t.noneRecognised);
    return 1;
  }
  return failed > 0 ? 3 : 0;
}
