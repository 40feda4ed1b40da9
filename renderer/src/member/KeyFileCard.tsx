import { useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/errorMessage.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { memberText } from '../../../shared/i18n/member.da.ts';
import { saveMemberKeyFile } from './memberCommands.ts';

type Result = { ok: boolean; text: string };

/** Step 1: the member saves this installation's key file, once, for the secretary to register. */
export function KeyFileCard() {
  const t = memberText;
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const nameRef = useRef<HTMLInputElement>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    if (name.trim() === '') {
      setNameError(t.nameRequired);
      return nameRef.current?.focus();
    }
    setNameError(undefined);
    setBusy(true);
    try {
      setResult({ ok: true, text: t.keySaved(await saveMemberKeyFile(name.trim())) });
    } catch (e) {
      setResult({ ok: false, text: t.keyFailed(errorMessage(e)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form-stack" onSubmit={save} noValidate aria-labelledby="key-heading">
      <h2 id="key-heading">{t.keyHeading}</h2>
      <p className="hint">{t.keyIntro}</p>
      <div className="field key-name">
        <label htmlFor="member-name">{t.name}</label>
        <input
          id="member-name"
          ref={nameRef}
          type="text"
          maxLength={200}
          autoComplete="name"
          value={name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'member-name-hint member-name-error' : 'member-name-hint'}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="hint" id="member-name-hint">
          {t.nameHint}
        </p>
        <FieldError id="member-name-error" message={nameError} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.savingKey : t.saveKey}
        </button>
        {result && (
          <p className={result.ok ? 'action-ok' : 'action-error'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </p>
        )}
      </div>
    </form>
  );
}
