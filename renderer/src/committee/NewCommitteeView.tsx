import { useRef, useState, type FormEvent } from 'react';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { useReadyTemplates } from '../data/useReadyTemplates.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { emptyMemberRow, membersFromRows, type MemberRow } from './memberRows.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { FieldError } from '../ui/FieldError.tsx';
import { BLANK_TEMPLATE, TemplatePicker } from '../template/TemplatePicker.tsx';
import { createCommittee } from './committeeCommands.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

export function NewCommitteeView() {
  const t = committeeText.form;
  const { putCommittee } = useAppDataContext();
  const [name, setName] = useState('');
  const [rows, setRows] = useState<MemberRow[]>(() => [emptyMemberRow()]);
  const [nameError, setNameError] = useState<string>();
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const ready = useReadyTemplates();
  const templatesError = ready.error === undefined ? undefined : t.templatesFailed(ready.error);
  // Blank by default: the plainest start, and what a secretary who skips the choice expects.
  const [templateId, setTemplateId] = useState(BLANK_TEMPLATE);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { members, errors } = membersFromRows(rows);
    const missingName = name.trim() === '' ? t.nameRequired : undefined;
    setNameError(missingName);
    setRowErrors(errors);
    setSubmitError(undefined);
    if (missingName) {
      nameRef.current?.focus();
      return;
    }
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      await createCommittee({ name, members, templateId }, putCommittee);
    } catch (error) {
      setSubmitError(t.failed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.createHeading}</h1>
      </header>
      <form className="card form-stack" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="committee-name">{t.name}</label>
          <input
            id="committee-name"
            ref={nameRef}
            type="text"
            value={name}
            maxLength={200}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'committee-name-error committee-name-hint' : 'committee-name-hint'}
            onChange={(e) => setName(e.target.value)}
          />
          <p className="hint" id="committee-name-hint">
            {t.nameHint}
          </p>
          <FieldError id="committee-name-error" message={nameError} />
        </div>
        <MembersEditor rows={rows} errors={rowErrors} onChange={setRows} />
        <TemplatePicker templates={ready.templates} value={templateId} error={templatesError} onChange={setTemplateId} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t.creating : t.create}
          </button>
          <a className="button quiet" href="#/">
            {t.cancel}
          </a>
          {submitError && (
            <p className="action-error" role="alert">
              {submitError}
            </p>
          )}
        </div>
      </form>
    </div>
  );
}
