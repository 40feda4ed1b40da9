import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { isContentLocked, type Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort, formatMeetingDateLong } from '../../../shared/format/dates.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys, type MeetingField } from '../save/saveKeys.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { getDraft, setDraft } from '../save/drafts.ts';
import { readDateField, timeInputError } from './validateDateTime.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { FieldError } from '../ui/FieldError.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { ParticipantsSummary } from './ParticipantsSummary.tsx';
import { ApprovalActions } from '../approval/ApprovalActions.tsx';
import { StatusControl } from './StatusControl.tsx';
import { HistoricNote } from './HistoricNote.tsx';
import { cancelMeetingField, flushMeetingField, scheduleMeetingField } from './meetingCommands.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';
import { defaultCheckVariant } from '../../../shared/domain/publishCheck/publishCheck.ts';

type Props = { meeting: Meeting; committee: Committee; state: MeetingState; onLogged(): void };
type Field = MeetingField;

export function MeetingHeader({ meeting, committee, state, onLogged }: Props) {
  const t = meetingText;
  const locked = isContentLocked(meeting);
  const key = (field: Field) => saveKeys.meetingField(meeting.id, field);
  const initial = (field: Field, fallback: string) => getDraft<string>(key(field)) ?? fallback;
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    date: initial('date', formatDateShort(meeting.date)),
    time: initial('time', meeting.time),
    location: initial('location', meeting.location),
    firstItemNumber: initial('firstItemNumber', String(meeting.firstItemNumber)),
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const dateRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const saveErrors: Record<Field, string | undefined> = {
    date: useFieldSaveError(key('date')),
    time: useFieldSaveError(key('time')),
    location: useFieldSaveError(key('location')),
    firstItemNumber: useFieldSaveError(key('firstItemNumber')),
  };

  function change(field: Field, value: string, input: HTMLInputElement) {
    setValues((v) => ({ ...v, [field]: value }));
    setDraft(key(field), value);
    const date = field === 'date' ? readDateField(value) : undefined;
    const error =
      field === 'date'
        ? date?.error
        : field === 'time'
          ? timeInputError(input, value)
          : field === 'firstItemNumber' && !/^[1-9]\d{0,5}$/.test(value)
            ? t.firstItemNumberHint
            : undefined;
    setErrors((e) => ({ ...e, [field]: error }));
    // An invalid value stays on screen for the user to fix; the last valid one stays stored.
    if (error) return cancelMeetingField(meeting, field);
    scheduleMeetingField(meeting, state, field, date?.iso ?? value);
  }

  const field = (name: Field, label: string, input: ReactNode) => {
    const message = errors[name] ?? saveErrors[name];
    return (
      <div className={`field field-${name}`}>
        <label htmlFor={`meeting-${name}`}>{label}</label>
        {input}
        <FieldError id={`meeting-${name}-error`} message={message} />
      </div>
    );
  };
  const common = (name: Field) => ({
    id: `meeting-${name}`,
    value: values[name],
    'aria-invalid': errors[name] || saveErrors[name] ? true : undefined,
    'aria-describedby': errors[name] || saveErrors[name] ? `meeting-${name}-error` : undefined,
    // The server refuses these while the protocol is locked; the lock notice says why.
    disabled: locked,
    onBlur: () => void flushMeetingField(meeting, name),
    onChange: (e: ChangeEvent<HTMLInputElement>) => change(name, e.target.value, e.target),
  });

  return (
    <header className="meeting-header">
      <div className="meeting-title-row">
        <div className="meeting-title">
          <p className="kicker">
            {t.kicker[defaultCheckVariant(meeting)]} <StatusBadge status={meeting.status} />
          </p>
          <h1 id="meeting-heading" tabIndex={-1}>
            {committee.name}
          </h1>
          <p className="meeting-subtitle">
            {formatMeetingDateLong(meeting.date, meeting.time)}
            {meeting.location && <span className="sep"> · {meeting.location}</span>}
          </p>
          {meeting.historic ? <HistoricNote meeting={meeting} /> : <StatusControl meeting={meeting} state={state} />}
        </div>
        <div className="meeting-actions">
          <div className="meeting-action-buttons">
            <ExportButton meeting={meeting} primary={locked} onExported={onLogged} />
            {/* Approved outside Referent: nothing to send or reopen here (the note offers a draft copy). */}
            {!meeting.historic && <ApprovalActions meeting={meeting} state={state} />}
          </div>
        </div>
      </div>
      <section className="meeting-info" aria-label={t.infoHeading}>
        <div className="meeting-fields">
          {field(
            'date',
            t.date,
            <input type="text" inputMode="numeric" autoComplete="off" placeholder={t.validation.datePlaceholder} title={t.validation.dateHint} ref={dateRef} {...common('date')} />,
          )}
          {field('time', t.time, <input type="time" ref={timeRef} {...common('time')} />)}
          {field('location', t.location, <input type="text" maxLength={300} placeholder={t.locationPlaceholder} {...common('location')} />)}
          {field(
            'firstItemNumber',
            t.firstItemNumber,
            <input type="number" min={1} max={100000} inputMode="numeric" title={t.firstItemNumberHint} {...common('firstItemNumber')} />,
          )}
        </div>
        <ParticipantsSummary meeting={meeting} committee={committee} state={state} />
      </section>
    </header>
  );
}
