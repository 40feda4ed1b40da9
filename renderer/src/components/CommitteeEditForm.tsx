import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { membersFromRows, rowsFromMembers, type MemberRow } from './memberRows.ts';
import { rowsFromTemplate, sectionsFromRows, type SectionRow } from './templateRows.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { FieldError } from './FieldError.tsx';
import { ui } from '../ui.ts';

export function CommitteeEditForm({ committee }: { committee: Committee }) {
  const t = ui.committeeForm;
  const { putCommittee } = useAppDataContext();
  const [name, setName] = useState(committee.name);
  const [rows, setRows] = useState<MemberRow[]>(() => rowsFromMembers(committee.members));
  const [sections, setSections] = useState<SectionRow[]>(() => rowsFromTemplate(committee.template));
  const [settings, setSettings] = useState(() => ({
    decisionHeading: committee.template.decisionHeading,
    defaultLocation: committee.template.defaultLocation,
    defaultTime: committee.template.defaultTime,
  }));
  const [nameError, setNameError] = useState<string>();
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
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
    if (sections.some((s) => s.title.trim() === '')) return setResult({ ok: false, text: ui.template.sectionRequired });
    setBusy(true);
    try {
      const saved = await api.call('committees.update', {
        committeeId: committee.id,
        name,
        members,
        template: { ...settings, sections: sectionsFromRows(sections) },
      });
      putCommittee(saved);
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
      <TemplateEditor rows={sections} settings={settings} onRows={setSections} onSettings={setSettings} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.savingChanges : t.saveChanges}
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
