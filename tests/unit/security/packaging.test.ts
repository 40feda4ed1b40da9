import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type BuilderConfig = { asar?: boolean; electronFuses?: Record<string, boolean>; linux?: { target?: unknown[] }; win?: { target?: unknown[] } };

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

  it('the Electron window keeps isolation, the sandbox and no Node in the page', async () => {
    const main = await readFile('electron/main/main.ts', 'utf8');
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) expect(main).toContain(setting);
    const preload = await readFile('electron/preload/preload.ts', 'utf8');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).toContain('isChannelName(channel)');
  });
});
