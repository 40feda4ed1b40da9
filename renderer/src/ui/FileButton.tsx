import { useId, type ChangeEvent } from 'react';

type Props = {
  label: string;
  /** The accessible name when the visible label alone is ambiguous (one button per member, say). */
  ariaLabel?: string;
  busy?: boolean;
  busyLabel?: string;
  className?: string;
  accept?: string;
  onText(text: string, fileName: string): void;
};

/**
 * A file picker that looks like a button: a real `<input type=file>` (keyboard,
 * screen readers and tests reach it) hidden behind its label.
 */
export function FileButton({ label, ariaLabel, busy, busyLabel, className = 'button', accept = '.json,application/json', onText }: Props) {
  const id = useId();
  async function change(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared at once, so picking the same file again (after fixing something) fires again.
    input.value = '';
    if (file) onText(await file.text(), file.name);
  }
  return (
    <span className={busy ? `${className} file-button busy` : `${className} file-button`}>
      <input id={id} type="file" className="file-input" accept={accept} aria-label={ariaLabel} disabled={busy} onChange={(e) => void change(e)} />
      <label htmlFor={id}>{busy && busyLabel ? busyLabel : label}</label>
    </span>
  );
}
