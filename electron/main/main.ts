import { app, BrowserWindow, dialog, session } from 'electron';
import { platformHooks } from './platformHooks.ts';
import { join } from 'node:path';
import { openApp, type ReferentApp } from '../core/openApp.ts';
import { deferredService } from '../core/api/deferredService.ts';
import type { OpenProgress } from '../core/store/store.ts';
import { storeText } from '../../shared/i18n/store.da.ts';
import { reportStartupFailure } from './startupFailure.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol.ts';
import { denyAllPermissions, hardenWindow } from './hardenWindow.ts';
import { registerApiHandlers } from './registerApiHandlers.ts';
import { claimSingleInstance } from './singleInstance.ts';
import { safeCredentials } from './safeCredentials.ts';

// The bundle is CommonJS (dist/electron/main.cjs), so __dirname is the bundle's folder.
const appRoot = app.isPackaged ? process.resourcesPath : join(__dirname, '..', '..');
const rendererDir = app.isPackaged ? join(__dirname, '..', 'renderer') : join(appRoot, 'dist', 'renderer');
const seedsDir = join(appRoot, 'seeds');

let referent: ReferentApp | undefined;
let opening: Promise<ReferentApp> | undefined;
let mainWindow: BrowserWindow | undefined;
let dataDir = process.env.REFERENT_DATA ?? '';

// Date and time inputs, spell checking and number formats follow the UI language.
app.commandLine.appendSwitch('lang', 'da-DK');

// One instance only: a later start brings this window to the front and quits (see singleInstance.ts).
if (claimSingleInstance(app, () => mainWindow)) {
  registerAppScheme();
  app.whenReady().then(start).catch((error: unknown) => reportStartupFailure(dialog, app, error, dataDir));
}

/**
 * The window comes first: the handlers wait for the store (deferredService),
 * so the page loads and shows its loading state while a large store opens,
 * and the title and the taskbar show how far opening has come.
 */
async function start(): Promise<void> {
  dataDir ||= app.getPath('userData');
  serveRenderer(rendererDir);
  denyAllPermissions(session.defaultSession);
  opening = openApp(dataDir, { seedsDir, onProgress: showProgress, syncCredentials: safeCredentials(dataDir), ...platformHooks(() => mainWindow) });
  registerApiHandlers(deferredService(opening.then((opened) => opened.service)));

  mainWindow = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Referent',
    show: false,
    webPreferences: {
      // Reviewed (Electronegativity flags every preload for manual review): the preload exposes only the typed
      // invoke() bridge, which refuses any channel outside the API contract; no ipcRenderer, no Node.
      preload: join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWindow(mainWindow);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  // While the store opens, the title says so (the page's own title waits).
  mainWindow.on('page-title-updated', (event) => {
    if (!referent) event.preventDefault();
  });
  mainWindow.setTitle(`Referent – ${storeText.opening}`);
  const loading = mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  referent = await opening;
  mainWindow?.setProgressBar(-1);
  mainWindow?.setTitle(mainWindow.webContents.getTitle() || 'Referent');
  await loading;
}

function showProgress(progress: OpenProgress): void {
  if (!mainWindow || progress.total === 0) return;
  mainWindow.setProgressBar(progress.done / progress.total);
  mainWindow.setTitle(`Referent – ${storeText.openingProgress(storeText.progressPhases[progress.phase], progress.done, progress.total)}`);
}

app.on('window-all-closed', () => app.quit());

// Flush on quit: every queued write reaches the disk before the process exits (a store still opening is waited for).
let flushed = false;
app.on('before-quit', (event) => {
  if (flushed || !opening) return;
  event.preventDefault();
  void opening
    .then((opened) => opened.close())
    .catch(() => undefined)
    .finally(() => {
      flushed = true;
      app.quit();
    });
});
