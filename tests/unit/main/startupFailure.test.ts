import { describe, expect, it } from 'vitest';
import { reportStartupFailure, startupFailureText, type ErrorDialog, type ExitingApp } from '../../../electron/main/startupFailure.ts';
import { Store } from '../../../electron/core/store/store.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { tempDir } from '../helpers/tempDir.ts';

// Fakes of Electron's dialog and app: only what reportStartupFailure touches.
function fakes() {
  const calls: string[] = [];
  const shown: { title: string; content: string }[] = [];
  const dialog: ErrorDialog = {
    showErrorBox: (title, content) => {
      calls.push('showErrorBox');
      shown.push({ title, content });
    },
  };
  const app: ExitingApp = {
    exit: (code) => {
      calls.push(`exit:${code}`);
    },
  };
  return { dialog, app, calls, shown };
}

describe('start-up failure in Electron (electron/main/startupFailure.ts)', () => {
  it('a store that cannot open: a Danish dialog says what happened and where the data is, then the app exits with 1', async () => {
    const dir = await tempDir();
    const first = await Store.open(dir);
    let failure: unknown;
    try {
      await Store.open(dir);
    } catch (error) {
      failure = error;
    }
    await first.close();
    const { dialog, app, calls, shown } = fakes();
    reportStartupFailure(dialog, app, failure, dir);
    expect(calls).toEqual(['showErrorBox', 'exit:1']);
    expect(shown[0]!.title).toBe('Referent kunne ikke starte');
    expect(shown[0]!.content).toContain('i brug af et andet Referent-vindue');
    expect(shown[0]!.content).toContain(`Dine data ligger i mappen:\n${dir}`);
    expect(shown[0]!.content).toContain('Intet er slettet');
  });

  it('an unexpected error is named as such, with its message', () => {
    const { title, content } = startupFailureText(new Error('EACCES: permission denied, mkdir'), '/home/sekretær/.config/Referent');
    expect(title).toBe('Referent kunne ikke starte');
    expect(content).toContain('Der opstod en uventet fejl under start: EACCES: permission denied, mkdir');
    expect(content).toContain('/home/sekretær/.config/Referent');
  });

  it('exits even when the dialog itself fails', () => {
    const calls: string[] = [];
    const dialog: ErrorDialog = {
      showErrorBox: () => {
        throw new Error('no display');
      },
    };
    const app: ExitingApp = { exit: (code) => void calls.push(`exit:${code}`) };
    expect(() => reportStartupFailure(dialog, app, new ReferentError('konflikt', 'Låst.'), '/data')).toThrow('no display');
    expect(calls).toEqual(['exit:1']);
  });
});
