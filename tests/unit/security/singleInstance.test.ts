import { describe, expect, it } from 'vitest';
import { claimSingleInstance, type FocusableWindow, type SingleInstanceApp } from '../../../electron/main/singleInstance.ts';

// A small fake of Electron's app and BrowserWindow: only what claimSingleInstance touches.

function fakeApp(gotLock: boolean) {
  const calls: string[] = [];
  let onSecondInstance: (() => void) | undefined;
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return gotLock;
    },
    quit: () => {
      calls.push('quit');
    },
    on: (event, listener) => {
      calls.push(`on:${event}`);
      onSecondInstance = listener;
    },
  };
  const startSecondInstance = () => {
    if (!onSecondInstance) throw new Error('no second-instance handler');
    onSecondInstance();
  };
  return { app, calls, startSecondInstance };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isMinimized: () => minimized,
    restore: () => {
      calls.push('restore');
      minimized = false;
    },
    show: () => {
      calls.push('show');
    },
    focus: () => {
      calls.push('focus');
    },
  };
  return { win, calls };
}

describe('single instance (electron/main/singleInstance.ts)', () => {
  it('quits and tells the caller not to start when another instance holds the lock', () => {
    const { app, calls } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(calls).toEqual(['requestSingleInstanceLock', 'quit']);
  });

  it('keeps running with the lock, and a second start focuses the existing window', () => {
    const { app, calls, startSecondInstance } = fakeApp(true);
    const { win, calls: winCalls } = fakeWindow(false);
    expect(claimSingleInstance(app, () => win)).toBe(true);
    expect(calls).toEqual(['requestSingleInstanceLock', 'on:second-instance']);
    startSecondInstance();
    expect(winCalls).toEqual(['show', 'focus']);
  });

  it('restores a minimized window before showing and focusing it', () => {
    const { app, startSecondInstance } = fakeApp(true);
    const { win, calls } = fakeWindow(true);
    claimSingleInstance(app, () => win);
    startSecondInstance();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('uses the window that exists when the second instance starts, and does nothing before there is one', () => {
    const { app, calls, startSecondInstance } = fakeApp(true);
    let current: FocusableWindow | null = null;
    claimSingleInstance(app, () => current);
    expect(() => startSecondInstance()).not.toThrow();
    const { win, calls: winCalls } = fakeWindow(false);
    current = win;
    startSecondInstance();
    expect(winCalls).toEqual(['show', 'focus']);
    expect(calls).not.toContain('quit');
  });
});
