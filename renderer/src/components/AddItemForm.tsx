import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { navigate } from '../routing/route.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { FieldError } from './FieldError.tsx';
import { ui } from '../ui.ts';

export function AddItemForm({ meeting, state }: { meeting: Meeting; state: MeetingState }) {
  const t = ui.items;
  const [title, setTitle] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
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
        api.call('items.add', { meetingId: meeting.id, title, caseNumber }),
      );
      state.apply(next);
      setTitle('');
      setCaseNumber('');
      const added = next.items[next.items.length - 1];
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
