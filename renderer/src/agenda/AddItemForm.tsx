import { useRef, useState, type FormEvent } from 'react';
import { MAX_ITEM_TITLE, type Meeting } from '../../../shared/domain/meeting.ts';
import type { ItemKind } from '../../../shared/domain/committee.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { ITEM_KINDS, itemKindLabel } from '../item/itemKinds.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { addItem } from './agendaCommands.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';

export function AddItemForm({ meeting, state }: { meeting: Meeting; state: MeetingState }) {
  const t = agendaText.items;
  const [title, setTitle] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [kind, setKind] = useState<ItemKind>('beslutning');
  const [subItem, setSubItem] = useState(false);
  const [titleError, setTitleError] = useState<string>();
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    if (title.trim() === '') {
      setTitleError(t.titleRequired);
      titleRef.current?.focus();
      return;
    }
    if (title.trim().length > MAX_ITEM_TITLE) {
      setTitleError(t.titleTooLong(title.trim().length, MAX_ITEM_TITLE));
      titleRef.current?.focus();
      return;
    }
    setTitleError(undefined);
    setBusy(true);
    try {
      await addItem({ meeting, state }, { title, caseNumber, kind, subItem });
      setTitle('');
      setCaseNumber('');
      setSubItem(false);
    } catch (error) {
      setSubmitError(t.addFailed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-item" onSubmit={submit} noValidate aria-labelledby="add-item-heading">
      <h3 id="add-item-heading">{t.addHeading}</h3>
      <div className="field">
        <label htmlFor="add-item-title">{t.title}</label>
        <input
          id="add-item-title"
          ref={titleRef}
          type="text"
          value={title}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? 'add-item-title-error' : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <FieldError id="add-item-title-error" message={titleError} />
      </div>
      <div className="field">
        <label htmlFor="add-item-case">{t.caseNumber}</label>
        <input
          id="add-item-case"
          type="text"
          value={caseNumber}
          maxLength={100}
          placeholder={t.caseNumberHint}
          onChange={(e) => setCaseNumber(e.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="add-item-kind">{agendaText.add.kind}</label>
          <select id="add-item-kind" value={kind} onChange={(e) => setKind(e.target.value as ItemKind)}>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {itemKindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <label className="check add-item-sub" title={agendaText.add.subItemHint}>
          <input type="checkbox" checked={subItem} disabled={meeting.items.length === 0} onChange={(e) => setSubItem(e.target.checked)} />
          {agendaText.add.subItem}
        </label>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t.adding : `+ ${t.add}`}
      </button>
      {submitError && (
        <p className="action-error" role="alert">
          {submitError}
        </p>
      )}
    </form>
  );
}
