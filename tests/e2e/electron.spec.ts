import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import mammoth from 'mammoth';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

/**
 * The same path as spine.spec.ts, in the real Electron app: main process,
 * preload bridge over IPC, app:// protocol. Electron's binary is fetched on a
 * user's first start and cannot be downloaded on the machines this project is
 * built on, so the test runs where a binary exists and reports a skip otherwise.
 * Importing the 'electron' package would try to download it, so the path is read
 * the way the package itself reads it.
 */
function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('Electron', () => {
  test.skip(binary === null, 'Ingen Electron-binær på denne maskine (den hentes ved første start hos brugeren).');

  test('udvalg → møde → punkter → beslutninger → godkendelse → DOCX, over IPC', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'referent-electron-'));
    const exported = join(dataDir, 'referat.docx');
    const app = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, REFERENT_DATA: dataDir } });
    try {
      // A download would open a native save dialog; give it a path instead.
      await app.evaluate(({ session }, target) => {
        session.defaultSession.on('will-download', (_event, item) => item.setSavePath(target));
      }, exported);
      const page = await app.firstWindow();
      expect(page.url()).toMatch(/^app:\/\/referent\//);
      // The renderer reaches main only through the preload bridge: no Node, no ipcRenderer.
      expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((globalThis as unknown as { referent: object }).referent))).toEqual(['invoke']);

      const committeePage = new CommitteePage(page);
      const meeting = new MeetingPage(page);
      await page.getByRole('main').getByRole('link', { name: 'Opret udvalg' }).click();
      await committeePage.create('Direktionen', [
        { name: 'Michael Gravesen', label: 'Kommunaldirektør', role: 'Formand' },
        { name: 'Jan Lysgaard Thomsen', label: 'Direktør' },
      ]);
      await committeePage.createMeeting({ date: '2026-03-16' });
      await meeting.addItem('Beslutning om forpligtende samarbejde om fælles it-drift', '26-002507');
      await meeting.addItem('Eventuelt', '');
      await meeting.selectItem(1);
      await meeting.editor.type('Beslutning', 'Anbefales.');
      await meeting.selectItem(2);
      await meeting.editor.type('Beslutning', 'Ingen bemærkninger.');

      await meeting.sendToApproval();
      await meeting.signatures.approve('Michael Gravesen (Kommunaldirektør)');
      await meeting.signatures.approve('Jan Lysgaard Thomsen (Direktør)');
      await expect(meeting.status).toHaveText('Godkendt');

      await page.getByRole('button', { name: /^Eksportér (referat|dagsorden) \(DOCX\)$/ }).click();
      await expect.poll(() => existsSync(exported), { timeout: 30_000 }).toBe(true);
      const { value: text } = await mammoth.extractRawText({ buffer: await readFile(exported) });
      expect(text).toContain('REFERAT Direktionen d.\u00a016\u201103\u20112026');
      expect(text).toContain('Punkt 1: Beslutning om forpligtende samarbejde om fælles it-drift');
      expect(text).toContain('Anbefales.');
      expect(text).toMatch(/Michael Gravesen \(Kommunaldirektør\)[\s\S]{0,60}?Godkendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('a second instance hands over to the first and quits, so only one process writes the store', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'referent-electron-'));
    const first = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, REFERENT_DATA: dataDir } });
    try {
      const window = await first.firstWindow();
      await window.waitForLoadState('domcontentloaded');
      const second = await electron.launch({ executablePath: binary!, args: ['.'], env: { ...process.env, REFERENT_DATA: dataDir } });
      const exited = await new Promise<boolean>((resolve) => {
        second.process().once('exit', () => resolve(true));
        setTimeout(() => resolve(false), 15_000);
      });
      expect(exited).toBe(true);
      expect(await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await first.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
