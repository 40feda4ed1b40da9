import { app, BrowserWindow, session } from 'electron';
import { platformHooks } from './platformHooks.ts';
import { join } from 'node:path';
import { openApp, type ReferentApp } from '../core/openApp.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol.ts';
import { denyAllPermissions, hardenWindow } from './hardenWindow.ts';
import { registerApiHandlers } from './registerApiHandlers.ts';
import { claimSingleInstance } from './singleInstance.ts';

// The bundle is CommonJS (dist/electron/main.cjs), so __dirname is the bundle's folder.
const appRoot = app.isPackaged ? process.resourcesPath : join(__dirname, '..', '..');
const rendererDir = app.isPackaged ? join(__dirname, '..', 'renderer') : join(appRoot, 'dist', 'renderer');
const seedsDir = join(appRoot, 'seeds');

let referent: ReferentApp | undefined;
let mainWindow: BrowserWindow | undefined;

// Date and time inputs, spell checking and number formats follow the UI language.
app.commandLine.appendSwitch('lang', 'da-DK');

// One instance only: a later start brings this window to the front and quits (see singleInstance.ts).
if (claimSingleInstance(app, () => mainWindow)) {
  registerAppScheme();
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('[referent] start failed', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const dataDir = process.env.REFERENT_DATA ?? app.getPath('userData');
  referent = await openApp(dataDir, { seedsDir, ...platformHooks(() => mainWindow) });
  registerApiHandlers(referent.service);
  serveRenderer(rendererDir);
  denyAllPermissions(session.defaultSession);

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
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());

// Flush on quit: every queued write reaches the disk before the process exits.
let flushed = false;
app.on('before-quit', (event) => {
  if (flushed || !referent) return;
  event.preventDefault();
  void referent.close().finally(() => {
    flushed = true;
    app.quit();
  });
});
