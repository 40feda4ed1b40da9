import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/lint-security.mjs (`npm run lint:security`) run for real, Electronegativity included, on small apps.

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** nodeIntegration: true also drops `sandbox: true` (which alone keeps Node out of the page, so the check would let it pass). */
type Variant = { nodeIntegration?: boolean; annotateOpenExternal?: boolean; fileWideDisable?: string };

/** A minimal app that passes every check (CSP, navigation limits, permission handler) unless a variant breaks it. */
async function appDir(variant: Variant): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'referent-lint-security-test-'));
  dirs.push(dir);
  const lines = [
    "const { app, BrowserWindow, session, shell } = require('electron');",
    'function open(url) {',
    `  if (url.startsWith('https:')) shell.openExternal(url);${variant.annotateOpenExternal ? ' // eng-disable OPEN_EXTERNAL_JS_CHECK' : ''}`,
    '}',
    'app.whenReady().then(() => {',
    '  session.defaultSession.setPermissionRequestHandler((_wc, _p, callback) => callback(false));',
    `  const win = new BrowserWindow({ webPreferences: { contextIsolation: true, ${variant.nodeIntegration ? 'nodeIntegration: true' : 'sandbox: true, nodeIntegration: false'}, disableBlinkFeatures: 'Auxclick' } });`,
    "  win.webContents.on('will-navigate', (event, url) => { event.preventDefault(); open(url); });",
    "  win.webContents.setWindowOpenHandler(({ url }) => { open(url); return { action: 'deny' }; });",
    "  win.loadFile('index.html');",
    '});',
  ];
  if (variant.fileWideDisable) lines.unshift(`// eng-disable ${variant.fileWideDisable}`);
  await writeFile(join(dir, 'main.js'), lines.join('\n') + '\n');
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'sha256-cguzqReI54BSmnmlD0hvep4v5pK8B10HxMSaYxYU//Y=' 'strict-dynamic'; object-src 'none'; base-uri 'none'"></head><body></body></html>\n`,
  );
  return dir;
}

function lintSecurity(dir: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/lint-security.mjs', '--input', dir], (error, stdout) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout });
    });
  });
}

describe.concurrent('npm run lint:security (scripts/lint-security.mjs)', () => {
  it('passes a clean app and lists each eng-disable annotation', async () => {
    const { code, stdout } = await lintSecurity(await appDir({ annotateOpenExternal: true }));
    expect(stdout).toContain('0 findings, 1 eng-disable annotations.');
    expect(stdout).toMatch(/eng-disable\s+main\.js:3\s/);
    expect(code).toBe(0);
  });

  it('fails on a finding: a window with nodeIntegration: true', async () => {
    const { code, stdout } = await lintSecurity(await appDir({ nodeIntegration: true, annotateOpenExternal: true }));
    expect(stdout).toMatch(/FINDING\s+NODE_INTEGRATION_JS_CHECK\s+main\.js:7\s/);
    expect(code).toBe(1);
  });

  it('fails on a manual-review check too (openExternal without an annotation): there is no allowlist', async () => {
    const { code, stdout } = await lintSecurity(await appDir({}));
    expect(stdout).toMatch(/FINDING\s+OPEN_EXTERNAL_JS_CHECK\s+main\.js:3\s/);
    expect(code).toBe(1);
  });

  it('refuses an eng-disable on the first line, which would switch a check off for the whole file', async () => {
    // Electronegativity itself honours it (0 findings); the script refuses it.
    const { code, stdout } = await lintSecurity(await appDir({ fileWideDisable: 'OPEN_EXTERNAL_JS_CHECK' }));
    expect(stdout).toContain('0 findings, 1 eng-disable annotations, 1 refused (file-wide).');
    expect(stdout).toMatch(/REFUSED\s+main\.js:1\s/);
    expect(code).toBe(1);
  });
});
