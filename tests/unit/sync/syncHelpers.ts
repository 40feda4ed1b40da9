import { openApp, type ReferentApp } from '../../../electron/core/openApp.ts';
import { runSyncRound } from '../../../electron/core/sync/runSync.ts';
import type { RoundReport } from '../../../electron/core/sync/syncEngine.ts';
import { docFromParagraphs, docToPlainText } from '../../../shared/text/richText.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';

export type Machine = { dir: string; app: ReferentApp; sync(committees?: string[]): Promise<RoundReport> };

/** One machine: a data directory opened as the app opens it, and a sync round against the server. */
export async function machine(dir: string, server: string): Promise<Machine> {
  const app = await openApp(dir, { background: false });
  return { dir, app, sync: (committees) => runSyncRound(app.store, { remote: server, ...(committees ? { committees } : {}) }) };
}

export const text = (s: string) => docFromParagraphs(s);
export const plain = (m: Meeting, itemIndex: number, sectionIndex = 0) => docToPlainText(m.items[itemIndex]!.sections[sectionIndex]!.body);

/** What two stores must agree on: everything but the order of answers (a set) and when each machine last wrote. */
export function comparable(m: Meeting | undefined) {
  if (!m) return m;
  return { ...m, updatedAt: '', approvals: [...m.approvals].sort((a, b) => (a.memberId < b.memberId ? -1 : 1)), rejections: [...m.rejections].sort((a, b) => (a.memberId < b.memberId ? -1 : 1)) };
}
