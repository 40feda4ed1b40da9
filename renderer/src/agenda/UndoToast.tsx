import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { undoStack } from './undoStack.ts';
import { navigate } from '../shell/route.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';

type Props = { meeting: Meeting; state: MeetingState; locked: boolean };

/** Where Ctrl+Z belongs to a field of its own (text, rich text), the agenda's undo stays out of the way. */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const VISIBLE_MS = 12_000;

/**
 * "Punkt slettet – Fortryd": the newest structural change can be undone from
 * the toast (a real button, in the tab order) or with Ctrl+Z outside text fields.
 */
export function UndoToast({ meeting, state, locked }: Props) {
  const t = agendaText.undo;
  const version = useSyncExternalStore(undoStack.subscribe, undoStack.getVersion);
  const entry = locked ? undefined : undoStack.peek(meeting.id);
  const [hiddenAt, setHiddenAt] = useState(-1);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const ref = useRef<HTMLDivElement>(null);

  // A new entry shows the toast again; it hides by itself unless the user is in it.
  useEffect(() => {
    setMessage(undefined);
    const timer = setTimeout(() => {
      if (ref.current?.contains(document.activeElement)) return;
      setHiddenAt(version);
      setMessage(undefined);
    }, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [version]);

  async function run(direction: 'undo' | 'redo' = 'undo') {
    if (busy) return;
    const next = direction === 'undo' ? undoStack.pop(meeting.id) : undoStack.popRedo(meeting.id);
    if (!next) return;
    setBusy(true);
    try {
      const updated = await saveTracker.run(`meeting:${meeting.id}:order`, () => (direction === 'undo' ? next.undo() : next.redo()));
      stateRef.current.apply(updated);
      if (next.focusItemId && updated.items.some((i) => i.id === next.focusItemId)) {
        navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: next.focusItemId }, { replace: true });
      }
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

  const visible = (entry && hiddenAt !== version) || message;
  return (
    <div className="undo-toast-region" role="status" aria-live="polite" aria-label={t.region} ref={ref}>
      {visible && (
        <div className="undo-toast">
          <span>{message ?? entry?.message}</span>
          {!message && entry && (
            <button type="button" className="button small undo-button" onClick={() => void run()} disabled={busy} aria-keyshortcuts="Control+Z">
              {t.undo}
              <kbd>{t.shortcut}</kbd>
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t.dismiss}
            title={t.dismiss}
            onClick={() => {
              setHiddenAt(version);
              setMessage(undefined);
            }}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
