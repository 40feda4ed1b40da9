import { useEffect, useRef } from 'react';

type Props = {
  heading: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
};

/** A modal `<dialog>`: the browser traps focus, Esc cancels, and focus returns to the opener. */
export function ConfirmDialog({ heading, text, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
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
      <div className="form-actions">
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
