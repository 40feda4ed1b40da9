import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

const callsClient = "import { api } from '../api/apiClient.ts';\nexport const list = () => api.call('committees.list', {});\n";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

describe('only commands and reading hooks call the API client (lint)', () => {
  it('refuses the API client in components and other renderer modules', async () => {
    expect(await restricted('renderer/src/agenda/ItemList.tsx', callsClient)).toBe(1);
    expect(await restricted('renderer/src/agenda/useAgendaUndo.ts', callsClient)).toBe(1);
    expect(await restricted('renderer/src/shell/App.tsx', "import { api } from '../api/apiClient';\nexport const a = api;\n")).toBe(1);
    expect(await restricted('renderer/src/ui/x.ts', callsClient)).toBe(1);
  });

  it("lets a feature's commands module and the reading hooks under data/ call it", async () => {
    expect(await restricted('renderer/src/agenda/agendaCommands.ts', callsClient)).toBe(0);
    expect(await restricted('renderer/src/data/useMeeting.ts', callsClient)).toBe(0);
  });

  it('still keeps commands and hooks away from electron/ and Node', async () => {
    expect(await restricted('renderer/src/agenda/agendaCommands.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restricted('renderer/src/data/useMeeting.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toBe(1);
  });

  it('names every commands module after its feature folder, one per folder', () => {
    const root = join(process.cwd(), 'renderer', 'src');
    const commands = sourceFiles(root).filter((f) => /Commands\.tsx?$/.test(f));
    expect(commands.length).toBeGreaterThan(0);
    for (const file of commands) {
      const folder = basename(dirname(file));
      expect(relative(root, file)).toBe(join(folder, `${folder}Commands.ts`));
    }
  });
});
