import { useId, useState } from 'react';
import type { SectionHeading } from './sectionEdits.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

type Props = {
  /** The committee template's section headings, in template order. */
  headings: SectionHeading[];
  /** What is chosen first: a template heading by its title, or free text. */
  initial: string;
  confirmLabel: string;
  onConfirm(heading: SectionHeading): void;
  onClose(): void;
};

const FREE = 'fri';

/** A section heading: one of the template's, or a free heading (a text section). */
export function HeadingChoice({ headings, initial, confirmLabel, onConfirm, onClose }: Props) {
  const t = importText.screen;
  const id = useId();
  const known = headings.findIndex((h) => h.title.toLowerCase() === initial.trim().toLowerCase());
  const [choice, setChoice] = useState(known === -1 ? FREE : String(known));
  const [free, setFree] = useState(known === -1 ? initial : '');
  const [error, setError] = useState(false);

  function confirm() {
    const heading = choice === FREE ? { title: free.trim(), kind: 'tekst' as const } : headings[Number(choice)];
    if (!heading || heading.title === '') {
      setError(true);
      return;
    }
    onConfirm(heading);
  }

  return (
    <div className="import-heading-choice">
      <div className="field">
        <label htmlFor={`${id}-choice`}>{t.headingChoice}</label>
        <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {headings.map((h, i) => (
            <option key={`${h.kind}:${h.title}`} value={String(i)}>
              {h.kind === 'beslutning' ? `${h.title} (${t.decision})` : h.title}
            </option>
          ))}
          <option value={FREE}>{t.headingFree}</option>
        </select>
      </div>
      {choice === FREE && (
        <div className="field field-grow">
          <label htmlFor={`${id}-free`}>{t.headingFreeLabel}</label>
          <input
            id={`${id}-free`}
            type="text"
            maxLength={200}
            value={free}
            aria-invalid={error || undefined}
            aria-errormessage={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setFree(e.target.value);
              setError(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                confirm();
              }
            }}
          />
          {error && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {t.headingRequired}
            </p>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button primary small" onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button small" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </div>
  );
}
