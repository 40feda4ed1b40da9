import { useEffect, useRef, type ReactNode } from 'react';
import { uiText } from '../../../shared/i18n/ui.da.ts';

type Props = {
  heading: string;
  text: string;
  confirmLabel: string;
  /** Annullér unless the dialog needs its own word. */
  cancelLabel?: string;
  /** `danger` for what cannot be undone; `primary` for a step forward, such as sending for approval. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  /** Fields the confirmation needs (a reason, say), between the text and the buttons. */
  children?: ReactNode;
  onConfirm(): void;
  onCancel(): void;
};

/** A modal `<dialog>`: the browser traps focus, Esc cancels, and focus returns to the opener. */
export function ConfirmDialog({ heading, text, confirmLabel, cancelLabel = uiText.cancel, tone = 'danger', busy, children, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="confirm-heading" aria-describedby="confirm-text" onCancel={onCancel}>
      <h2 id="confirm-heading">{heading}</h2>
      <p id="confirm-text">{text}</p>
      {children}
      <div className="form-actions">
        <button type="button" className={`button ${tone}`} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus={!children}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
