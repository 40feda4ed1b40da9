import { useEffect, useRef, useState } from 'react';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';
import type { AgendaUndo } from './useAgendaUndo.ts';

const VISIBLE_MS = 12_000;

/**
 * "Punkt slettet – Fortryd": the newest structural change can be undone from
 * the toast (a real button, in the tab order); Ctrl+Z outside text fields does
 * the same (useAgendaUndo).
 */
export function UndoToast({ undo }: { undo: AgendaUndo }) {
  const t = agendaText.undo;
  const { entry, version, message, clearMessage, busy, run } = undo;
  const [hiddenAt, setHiddenAt] = useState(-1);
  const ref = useRef<HTMLDivElement>(null);
  const clearRef = useRef(clearMessage);
  clearRef.current = clearMessage;

  // A new entry shows the toast again; it hides by itself unless the user is in it.
  useEffect(() => {
    clearRef.current();
    const timer = setTimeout(() => {
      if (ref.current?.contains(document.activeElement)) return;
      setHiddenAt(version);
      clearRef.current();
    }, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [version]);

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
              clearMessage();
            }}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
