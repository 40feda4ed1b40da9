/**
 * Child process for the full-disk test, run inside a small filesystem of its
 * own (a tmpfs in a private mount namespace, or a file-size limit): fills it,
 * tries an edit and an audited change, records what the API answered and what
 * is on disk, frees the space, saves again, reopens. Prints one JSON line.
 */
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp } from '../../../../electron/core/openApp.ts';
import { dispatch } from '../../../../electron/core/api/dispatch.ts';
import { docFromParagraphs } from '../../../../shared/text/richText.ts';

const [dir, mode] = process.argv.slice(2) as [string, 'fill' | 'limit'];
const app = await openApp(dir, { background: false });
const committee = await app.service['committees.create']({ name: 'Udvalget', members: [{ name: 'Anne Andersen', role: 'formand' }] });
let meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
meeting = await app.service['items.add']({ meetingId: meeting.id, title: 'Punkt 1', caseNumber: '' });
const item = meeting.items[0]!;
const file = join(dir, 'meetings', `${meeting.id}.json`);
const big = docFromParagraphs(...Array.from({ length: 400 }, (_, i) => `Afsnit ${i}: ${'sagsfremstilling med tekst '.repeat(12)}`));

if (mode === 'fill') {
  // Fill the filesystem to the last byte.
  const chunk = Buffer.alloc(64 * 1024, 1);
  let n = 0;
  try {
    for (;;) await writeFile(join(dir, `fyld-${n++}`), chunk);
  } catch {
    // Full.
  }
  try {
    for (let k = 0; ; k += 1) await writeFile(join(dir, `fyld-lille-${k}`), Buffer.alloc(512, 1));
  } catch {
    // Full to the last block.
  }
}

const meetingBefore = await readFile(file);
const auditBefore = await readFile(join(dir, 'audit.jsonl'));
const rootBefore = await readFile(join(dir, 'referent.json'));
const edit = await dispatch(app.service, 'items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: big });
const sent = mode === 'fill' ? await dispatch(app.service, 'approvals.send', { meetingId: meeting.id }) : null;
const names = async (d: string) => (await readdir(d)).filter((n) => n.endsWith('.tmp'));
const after = {
  tempFiles: [...(await names(dir)), ...(await names(join(dir, 'meetings')))],
  meetingUnchanged: (await readFile(file)).equals(meetingBefore),
  auditUnchanged: (await readFile(join(dir, 'audit.jsonl'))).equals(auditBefore),
  rootUnchanged: (await readFile(join(dir, 'referent.json'))).equals(rootBefore),
  inMemoryUnchanged: JSON.stringify(app.store.meeting(meeting.id)!.items[0]!.sections[0]!.body) === JSON.stringify(item.sections[0]!.body),
};

// Room for the audit entry but not for the meeting file: the entry is taken back, so the log never records a change that was not saved.
let partly: unknown = null;
if (mode === 'fill') {
  const small = (await readdir(dir)).filter((n) => n.startsWith('fyld-lille-'));
  for (const name of small.slice(0, 2)) await unlink(join(dir, name));
  const sentPartly = await dispatch(app.service, 'approvals.send', { meetingId: meeting.id });
  partly = { sent: sentPartly, auditUnchanged: (await readFile(join(dir, 'audit.jsonl'))).equals(auditBefore), meetingUnchanged: (await readFile(file)).equals(meetingBefore), tempFiles: [...(await names(dir)), ...(await names(join(dir, 'meetings')))] };
}

// Room again: the same edit is saved, and the store opens clean.
for (const name of await readdir(dir)) if (name.startsWith('fyld-')) await unlink(join(dir, name));
const retry = await dispatch(app.service, 'items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: mode === 'fill' ? big : docFromParagraphs('Kort') });
await app.close();
const again = await openApp(dir, { background: false });
const reopened = {
  notices: again.store.notices(),
  saved: JSON.stringify(again.store.meeting(meeting.id)!.items[0]!.sections[0]!.body) === JSON.stringify(mode === 'fill' ? big : docFromParagraphs('Kort')),
  auditOk: (await again.store.verifyAudit()).ok,
};
await again.close();
console.log(JSON.stringify({ edit, sent, after, partly, retry: retry.ok, reopened }));
process.exit(0);
