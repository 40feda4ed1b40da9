import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { protocolFingerprint } from '../../../electron/core/approval/fingerprint.ts';
import { printedContent } from '../../../shared/domain/printedContent.ts';
import { describeChanges } from '../../../shared/domain/protocolChanges.ts';
import { voteText } from '../../../shared/domain/votes.ts';
import { exportText } from '../../../shared/i18n/export.da.ts';
import { tempDir } from '../helpers/tempDir.ts';

const KALUNDBORG = 'kalundborg-direktionen-2026-03-16';
const HADERSLEV = 'haderslev-obu-2026-02-03';

async function seeded() {
  const dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  return openApp(dir);
}

describe('votes and reasons for closed items (issue 15, points 12 and 13)', () => {
  it('are set through items.update, printed in the fingerprint, and named in the changes', async () => {
    const app = await seeded();
    const before = await app.service['meetings.get']({ meetingId: KALUNDBORG });
    const committee = app.store.committee(before.committeeId)!;
    const vote = { by: 'parti' as const, for: { who: ['A', 'V'], count: 7 }, imod: { who: ['Ø'], count: 2 }, undlod: { who: ['C'], count: 1 } };
    await app.service['items.update']({ meetingId: KALUNDBORG, itemId: before.items[3]!.id, patch: { vote } });
    const after = await app.service['items.update']({ meetingId: KALUNDBORG, itemId: before.items[0]!.id, patch: { closedReason: { ground: 'tilbud_udbud', text: '' } } });
    expect(after.items[3]!.vote).toEqual(vote);
    expect(after.items[0]!.closedReason).toEqual({ ground: 'tilbud_udbud', text: '' });
    expect(voteText(after.items[3]!.vote!)).toBe('For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).');
    expect(protocolFingerprint(committee, after)).not.toBe(protocolFingerprint(committee, before));
    expect(printedContent(committee, after).items[3]).toMatchObject({ vote: { by: 'parti', for: { who: ['A', 'V'], count: 7 } } });
    expect(describeChanges(printedContent(committee, before), printedContent(committee, after))).toEqual([
      { label: 'Punkt 1: DI Vestsjælland deltager i direktionmødet', changes: ['Begrundelsen for at lukke punktet er ændret'] },
      { label: 'Punkt 4: Beslutning om forpligtende samarbejde om etablering af en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland', changes: ['Afstemningen er ændret'] },
    ]);
    // `andet` needs its own text.
    await expect(app.service['items.update']({ meetingId: KALUNDBORG, itemId: before.items[0]!.id, patch: { closedReason: { ground: 'andet', text: '' } } })).rejects.toThrow();
    await app.close();
  });

  it('leave an approved protocol’s fingerprint as it was while empty, and cannot be changed once it is approved', async () => {
    const app = await seeded();
    const meeting = await app.service['meetings.get']({ meetingId: HADERSLEV });
    const committee = app.store.committee(meeting.committeeId)!;
    expect(meeting.items.every((i) => i.vote === null && i.closedReason === null)).toBe(true);
    expect(new Set(meeting.approvals.map((a) => a.fingerprint))).toEqual(new Set([protocolFingerprint(committee, meeting)]));
    const vote = { by: 'medlem' as const, for: { who: [committee.members[0]!.id], count: 1 }, imod: { who: [], count: 0 }, undlod: { who: [], count: 0 } };
    await expect(app.service['items.update']({ meetingId: HADERSLEV, itemId: meeting.items[1]!.id, patch: { vote } })).rejects.toThrow();
    await app.close();
  });

  it('names a dagsorden export as a dagsorden in the message', () => {
    expect(exportText.exported('Dagsorden Direktionen 16-03-2026.docx', 'dagsorden')).toBe('Dagsordenen er hentet som Dagsorden Direktionen 16-03-2026.docx.');
    expect(exportText.exported('Referat Direktionen 16-03-2026.docx')).toBe('Referatet er hentet som Referat Direktionen 16-03-2026.docx.');
  });
});
