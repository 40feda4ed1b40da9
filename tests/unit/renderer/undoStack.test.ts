import { describe, expect, it } from 'vitest';
import { UndoStack, type UndoEntry } from '../../../renderer/src/agenda/undoStack.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';

const entry = (meetingId: string, message: string): UndoEntry => ({
  meetingId,
  message,
  undo: async () => ({ id: meetingId }) as Meeting,
  redo: async () => ({ id: meetingId }) as Meeting,
});

describe('agenda undo stack', () => {
  it('undoes newest first and keeps what was undone for redo', () => {
    const stack = new UndoStack();
    stack.push(entry('m1', 'Punkt 3 slettet'));
    stack.push(entry('m1', 'Punkt flyttet til 2'));
    expect(stack.peek('m1')?.message).toBe('Punkt flyttet til 2');
    expect(stack.pop('m1')?.message).toBe('Punkt flyttet til 2');
    expect(stack.peek('m1')?.message).toBe('Punkt 3 slettet');
    expect(stack.peekRedo('m1')?.message).toBe('Punkt flyttet til 2');
    expect(stack.popRedo('m1')?.message).toBe('Punkt flyttet til 2');
    expect(stack.peek('m1')?.message).toBe('Punkt flyttet til 2');
    expect(stack.peekRedo('m1')).toBeUndefined();
  });

  it('clears redo when a new change is made, as every editor does', () => {
    const stack = new UndoStack();
    stack.push(entry('m1', 'a'));
    stack.pop('m1');
    expect(stack.peekRedo('m1')).toBeDefined();
    stack.push(entry('m1', 'b'));
    expect(stack.peekRedo('m1')).toBeUndefined();
    expect(stack.popRedo('m1')).toBeUndefined();
  });

  it('offers only the meeting on screen, and a change in another meeting starts afresh', () => {
    const stack = new UndoStack();
    stack.push(entry('m1', 'i møde 1'));
    expect(stack.peek('m2')).toBeUndefined();
    expect(stack.pop('m2')).toBeUndefined();
    stack.push(entry('m2', 'i møde 2'));
    expect(stack.peek('m2')?.message).toBe('i møde 2');
    // Entries of the meeting left behind are dropped: undo never reaches into another meeting.
    expect(stack.peek('m1')).toBeUndefined();
    stack.pop('m2');
    expect(stack.pop('m2')).toBeUndefined();
  });

  it('keeps the newest 20 changes', () => {
    const stack = new UndoStack();
    for (let i = 1; i <= 25; i++) stack.push(entry('m1', `ændring ${i}`));
    const undone: string[] = [];
    for (let e = stack.pop('m1'); e; e = stack.pop('m1')) undone.push(e.message);
    expect(undone).toHaveLength(20);
    expect(undone[0]).toBe('ændring 25');
    expect(undone.at(-1)).toBe('ændring 6');
  });

  it('tells its listeners of every change, with a new version each time', () => {
    const stack = new UndoStack();
    const versions: number[] = [];
    const stop = stack.subscribe(() => versions.push(stack.getVersion()));
    stack.push(entry('m1', 'a'));
    stack.pop('m1');
    stack.popRedo('m1');
    stack.pop('m2');
    stack.clear();
    stop();
    stack.push(entry('m1', 'b'));
    expect(versions).toEqual([1, 2, 3, 4]);
  });
});
