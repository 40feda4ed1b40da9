import { useRef, useState, type FormEvent } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { readDateField, timeInputError } from './validateDateTime.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { createMeeting } from './meetingCommands.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

export function NewMeetingForm({ committee }: { committee: Committee }) {
  const t = meetingText.newMeeting;
  const { addMeeting } = useAppDataContext();
  const [date, setDate] = useState('');
  const [time, setTime] = useState(committee.template.defaultTime);
  const [location, setLocation] = useState(committee.template.defaultLocation);
  const [dateError, setDateError] = useState<string>();
  const [timeError, setTimeError] = useState<string>();
  const [submitError, setSubmitError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = readDateField(date);
    const dError = parsed.error;
    const tError = timeInputError(timeRef.current, time);
    setDateError(dError);
    setTimeError(tError);
    setSubmitError(undefined);
    if (dError) return dateRef.current?.focus();
    if (tError || !parsed.iso) return timeRef.current?.focus();
    setBusy(true);
    try {
      await createMeeting({ committeeId: committee.id, date: parsed.iso, time, location }, addMeeting);
    } catch (error) {
      setSubmitError(t.failed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card new-meeting" onSubmit={submit} noValidate aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{t.heading}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-meeting-date">{t.date}</label>
          <input
            id="new-meeting-date"
            ref={dateRef}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={meetingText.validation.datePlaceholder}
            title={meetingText.validation.dateHint}
            value={date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? 'new-meeting-date-error' : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
          <FieldError id="new-meeting-date-error" message={dateError} />
        </div>
        <div className="field field-narrow">
          <label htmlFor="new-meeting-time">{t.time}</label>
          <input
            id="new-meeting-time"
            ref={timeRef}
            type="time"
            value={time}
            aria-invalid={timeError ? true : undefined}
            aria-describedby={timeError ? 'new-meeting-time-error' : undefined}
            onChange={(e) => setTime(e.target.value)}
          />
          <FieldError id="new-meeting-time-error" message={timeError} />
        </div>
        <div className="field field-grow">
          <label htmlFor="new-meeting-location">{t.location}</label>
          <input id="new-meeting-location" type="text" value={location} maxLength={300} onChange={(e) => setLocation(e.target.value)} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
        {submitError && (
          <p className="action-error" role="alert">
            {submitError}
          </p>
        )}
      </div>
    </form>
  );
}
