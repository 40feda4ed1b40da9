import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import type { BenchStore } from '../stores/benchStores.ts';
import { timeSideBySide } from '../stats.ts';

/** What any program does to replace a file durably: write a temp file, fsync, rename, fsync the folder. */
async function plainDurableWrite(path: string, content: string): Promise<void> {
  const tmp = `${path}.tmp`;
  const file = await open(tmp, 'w');
  await file.writeFile(content);
  await file.sync();
  await file.close();
  await rename(tmp, path);
  const folder = await open(join(path, '..'), 'r');
  await folder.sync();
  await folder.close();
}

/**
 * One edit (a section's text) saved through the service as the app saves it,
 * against a plain durable write of the same meeting file in the same folder,
 * in turns. The meeting is one that is not locked for approval.
 */
export async function saveBench(store: BenchStore, runs: number): Promise<{ saveMs: number; plainMs: number; fileBytes: number }> {
  const app = await openApp(store.dir);
  try {
    const meetingId = store.meetingIds.find((id) => id.startsWith('albertslund'))!;
    const meeting = await app.service['meetings.get']({ meetingId });
    const item = meeting.items[1]!;
    const section = item.sections[0]!;
    const plainPath = join(store.dir, 'meetings', '.bench-plain-write');
    let n = 0;
    let fileBytes = 0;
    const [saveMs, plainMs] = await timeSideBySide(
      runs,
      () => app.service['items.setSection']({ meetingId, itemId: item.id, sectionId: section.id, body: docFromParagraphs(`Redigering ${(n += 1)} af sagsresuméet.`) }),
      async () => {
        const current = await app.service['meetings.get']({ meetingId });
        const content = JSON.stringify({ schemaVersion: SCHEMA_VERSION, meeting: current }, null, 1) + '\n';
        fileBytes = Buffer.byteLength(content);
        await plainDurableWrite(plainPath, content);
      },
    );
    await rm(plainPath, { force: true });
    return { saveMs, plainMs, fileBytes };
  } finally {
    await app.close();
  }
}
