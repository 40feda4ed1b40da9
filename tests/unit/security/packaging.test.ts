import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type BuilderConfig = { asarUnpack?: string[]; npmRebuild?: boolean; asar?: boolean; electronFuses?: Record<string, boolean>; linux?: { target?: unknown[] }; win?: { target?: unknown[] } };

describe('packaging (electron-builder.yml)', () => {
  it('sets the fuses the security checklist asks for', async () => {
    const config = load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds AppImage and deb for Linux and an NSIS installer for Windows', async () => {
    const config = load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('unpacks the worker bundles, and better-sqlite3 that the search worker loads, and rebuilds it for Electron', async () => {
    const config = load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['dist/electron/exportWorker.cjs', 'dist/electron/searchWorker.cjs', 'node_modules/better-sqlite3/**', 'node_modules/bindings/**', 'node_modules/file-uri-to-path/**']),
    );
    expect(config.npmRebuild).toBe(true);
  });

  it('the Electron window keeps isolation, the sandbox and no Node in the page', async () => {
    const main = await readFile('electron/main/main.ts', 'utf8');
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) expect(main).toContain(setting);
    const preload = await readFile('electron/preload/preload.ts', 'utf8');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).toContain('isChannelName(channel)');
  });
});
