import { useRef, useState, type FormEvent } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { membersFromRows, rowsFromMembers, type MemberRow } from './memberRows.ts';
import { draftFromTemplate, templateDraftErrors, templateFromDraft, type TemplateDraft } from '../template/templateRows.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { TemplateEditor } from '../template/TemplateEditor.tsx';
import { CopyTemplatePanel } from '../template/CopyTemplatePanel.tsx';
import { FieldError } from '../ui/FieldError.tsx';
import { updateCommittee } from './committeeCommands.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

type Result = { ok: boolean; text: string; lines?: string[] };

export function CommitteeEditForm({ committee }: { committee: Committee }) {
  const t = committeeText.form;
  const { putCommittee } = useAppDataContext();
  const [name, setName] = useState(committee.name);
  const [rows, setRows] = useState<MemberRow[]>(() => rowsFromMembers(committee.members));
  const [draft, setDraft] = useState<TemplateDraft>(() => draftFromTemplate(committee.template));
  const [nameError, setNameError] = useState<string>();
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Result>();
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { members, errors } = membersFromRows(rows);
    const missingName = name.trim() === '' ? t.nameRequired : undefined;
    setNameError(missingName);
    setRowErrors(errors);
    setResult(undefined);
    if (missingName) return nameRef.current?.focus();
    if (Object.keys(errors).length > 0) return;
    const templateErrors = templateDraftErrors(draft);
    if (templateErrors.length > 0) return setResult({ ok: false, text: t.failed(''), lines: templateErrors });
    setBusy(true);
    try {
      const saved = await updateCommittee(committee.id, { name, members, template: templateFromDraft(draft) }, putCommittee);
      setRows(rowsFromMembers(saved.members));
      setResult({ ok: true, text: t.saved });
    } catch (error) {
      setResult({ ok: false, text: t.failed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form-stack" onSubmit={submit} noValidate aria-labelledby="committee-edit-heading">
      <h2 id="committee-edit-heading">{t.editHeading}</h2>
      <div className="field">
        <label htmlFor="committee-edit-name">{t.name}</label>
        <input
          id="committee-edit-name"
          ref={nameRef}
          type="text"
          value={name}
          maxLength={200}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'committee-edit-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        <FieldError id="committee-edit-name-error" message={nameError} />
      </div>
      <MembersEditor rows={rows} errors={rowErrors} onChange={setRows} />
      <TemplateEditor draft={draft} committeeName={name} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      <CopyTemplatePanel
        committee={committee}
        onCopied={(saved, fromName) => {
          setDraft(draftFromTemplate(saved.template));
          setResult({ ok: true, text: t.templateCopied(fromName) });
        }}
      />
      <div className="form-actions sticky-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.savingChanges : t.saveChanges}
        </button>
        {result && (
          <div className={result.ok ? 'action-ok' : 'action-error'} role={result.ok ? 'status' : 'alert'}>
            {result.lines ? (
              <ul className="error-lines">
                {result.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              result.text
            )}
          </div>
        )}
      </div>
    </form>
  );
}
