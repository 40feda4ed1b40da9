import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { ItemKind } from '../../../shared/domain/committee.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { undoStack } from './undoStack.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { navigate } from '../shell/route.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { ITEM_KINDS, itemKindLabel } from '../item/itemKinds.ts';
import { FieldError } from '../ui/FieldError.tsx';
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
    setTitleError(undefined);
    setBusy(true);
    try {
      const next = await saveTracker.run(`meeting:${meeting.id}:order`, () =>
        api.call('items.add', { meetingId: meeting.id, title, caseNumber, kind, subItem }),
      );
      state.apply(next);
      setTitle('');
      setCaseNumber('');
      setSubItem(false);
      // New items go in before the closing standard items (Eventuelt …), so the new one is found by id, not by place.
      const before = new Set(meeting.items.map((i) => i.id));
      const addedIndex = next.items.findIndex((i) => !before.has(i.id));
      const added = next.items[addedIndex];
      if (added) {
        undoStack.push({
          meetingId: meeting.id,
          message: agendaText.undo.added(itemLabels(next)[addedIndex] ?? ''),
          undo: () => api.call('items.remove', { meetingId: meeting.id, itemId: added.id }),
          redo: () => api.call('items.restore', { meetingId: meeting.id, item: added, index: addedIndex }),
        });
      }
      navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: added?.id });
      titleRef.current?.focus();
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
          maxLength={500}
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
