import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';
import { errorMessage } from '../api/errorMessage.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { undoAgendaChange } from './agendaCommands.ts';
import { undoStack, type UndoEntry } from './undoStack.ts';

export type AgendaUndo = {
  /** The newest change that can be undone, while the protocol is editable. */
  entry?: UndoEntry;
  /** Changes whenever the undo stack does: a new entry shows the toast again. */
  version: number;
  /** What the last undo or redo came to (Fortrudt., or why it failed). */
  message?: string;
  clearMessage(): void;
  busy: boolean;
  run(direction?: 'undo' | 'redo'): Promise<void>;
};

/** Where Ctrl+Z belongs to a field of its own (text, rich text), the agenda's undo stays out of the way. */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The agenda's undo: the newest structural change, undone from the toast or
 * with Ctrl+Z outside text fields, and made again with Ctrl+Shift+Z or Ctrl+Y.
 */
export function useAgendaUndo(meeting: Meeting, state: MeetingState, locked: boolean): AgendaUndo {
  const t = agendaText.undo;
  const version = useSyncExternalStore(undoStack.subscribe, undoStack.getVersion);
  const entry = locked ? undefined : undoStack.peek(meeting.id);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(direction: 'undo' | 'redo' = 'undo') {
    if (busy) return;
    if (!(direction === 'undo' ? undoStack.peek(meeting.id) : undoStack.peekRedo(meeting.id))) return;
    setBusy(true);
    try {
      await undoAgendaChange(meeting.id, state, direction);
      setMessage(direction === 'undo' ? t.undone : t.redone);
    } catch (error) {
      setMessage(t.failed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  }
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      // Ctrl+Z undoes; Ctrl+Shift+Z or Ctrl+Y redoes, as in Word.
      const direction = key === 'z' && !event.shiftKey ? 'undo' : (key === 'z' && event.shiftKey) || key === 'y' ? 'redo' : undefined;
      if (!direction) return;
      if (isTextTarget(event.target) || document.querySelector('dialog[open]')) return;
      if (!(direction === 'undo' ? undoStack.peek(meeting.id) : undoStack.peekRedo(meeting.id))) return;
      event.preventDefault();
      void runRef.current(direction);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [meeting.id]);

  return { entry, version, message, clearMessage: () => setMessage(undefined), busy, run };
}
