import { cliText } from '../../../shared/i18n/cli.da.ts';
import type { CliCommand } from '../cliCommand.ts';
import { withReadOnlyApp } from '../readOnlyApp.ts';

/** `referent list --data DIR [--json]`: the meetings in the data directory, as a table or as JSON. */
export const listCommand: CliCommand = {
  run: (dir, values, io) =>
    withReadOnlyApp(dir, async (app) => {
      const committees = await app.service['committees.list']({});
      const nameOf = (id: string) => committees.find((c) => c.id === id)?.name ?? '';
      const rows = (await app.service['meetings.list']({})).map((m) => ({
        id: m.id,
        committee: nameOf(m.committeeId),
        committeeId: m.committeeId,
        date: m.date,
        time: m.time,
        items: m.itemCount,
        status: m.status,
      }));
      if (values.json === true) {
        // One meeting a line: as easy to read and to grep as indented JSON, at a third of its size for a large archive.
        io.out(rows.length === 0 ? '[]' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`);
        return 0;
      }
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
