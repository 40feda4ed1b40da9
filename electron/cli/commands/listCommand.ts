import { cliText } from '../../../shared/i18n/cli.da.ts';
import type { CliCommand } from '../cliCommand.ts';
import { withReadOnlyApp } from '../readOnlyApp.ts';

/** Lines of `--json` written at a time. */
const JSON_LINES_AT_ONCE = 500;

/** `referent list --data DIR [--json]`: the meetings in the data directory, as a table or as JSON. */
export const listCommand: CliCommand = {
  run: (dir, values, io) =>
    withReadOnlyApp(dir, async (app) => {
      const committees = await app.service['committees.list']({});
      const names = new Map(committees.map((c) => [c.id, c.name]));
      const nameOf = (id: string) => names.get(id) ?? '';
      const meetings = await app.service['meetings.list']({});
      const toRow = (m: (typeof meetings)[number]) => ({ id: m.id, committee: nameOf(m.committeeId), committeeId: m.committeeId, date: m.date, time: m.time, items: m.itemCount, status: m.status });
      if (values.json === true) {
        // One meeting a line: as easy to read and to grep as indented JSON, at a third of its size for a large archive.
        // Written a few hundred lines at a time, so a large archive's output never stands whole in memory.
        if (meetings.length === 0) {
          io.out('[]');
          return 0;
        }
        io.out('[');
        for (let i = 0; i < meetings.length; i += JSON_LINES_AT_ONCE) {
          // One JSON.stringify for the chunk, then a line break between its objects: cheaper than a call per meeting, and
          // far cheaper than a call per field. Each object begins with `{"id":`, and inside a string JSON escapes the
          // quote, so `},{"id":` is only ever a seam between two objects.
          const chunk = JSON.stringify(meetings.slice(i, i + JSON_LINES_AT_ONCE).map(toRow)).slice(1, -1).replaceAll('},{"id":', '},\n{"id":');
          io.out(chunk + (i + JSON_LINES_AT_ONCE < meetings.length ? ',' : ''));
        }
        io.out(']');
        return 0;
      }
      const rows = meetings.map(toRow);
      if (rows.length === 0) {
        io.out(cliText.noMeetings);
        return 0;
      }
      const table = [cliText.header.slice(), ...rows.map((r) => [r.id, r.committee, `${r.date} ${r.time}`, String(r.items)])];
      const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
      for (const row of table) io.out(row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd());
      return 0;
    }),
};
