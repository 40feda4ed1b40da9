import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('runtime boundaries (lint)', () => {
  it('keeps shared/ pure', async () => {
    expect(await violations('shared/x.ts', "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n")).toHaveLength(1);
    expect(await violations('shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await violations('shared/x.ts', "import { Store } from '../electron/core/store/store.ts';\nexport type S = Store;\n")).toHaveLength(1);
    expect(await violations('shared/x.ts', 'export const w = window.location;\n')).toHaveLength(1);
    expect(await violations('shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
  });

  it('keeps renderer/ away from electron/ and Node', async () => {
    expect(await violations('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import { Store } from '../../electron/core/store/store.ts';\nexport type S = Store;\n")).toHaveLength(1);
    expect(await violations('renderer/src/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toHaveLength(1);
  });

  it('keeps the core runnable without Electron', async () => {
    expect(await violations('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await violations('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });
});
