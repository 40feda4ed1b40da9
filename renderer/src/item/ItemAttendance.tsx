import { useId, useState, type FormEvent } from 'react';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import type { AgendaItem, ItemAbsence, Meeting, ProtocolRemark } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { saveItemField, type ItemRef } from './itemCommands.ts';
import { itemText } from '../../../shared/i18n/item.da.ts';

type Props = { meeting: Meeting; committee: Committee; item: AgendaItem; state: MeetingState; locked: boolean };
type Reason = ItemAbsence['reason'];
const REASONS = Object.keys(itemText.attendance.reasons) as Reason[];

/** Per item: who did not take part (inhabil, left, absent) and each member's protokolbemærkning. */
export function ItemAttendance({ meeting, committee, item, state, locked }: Props) {
  const t = itemText.attendance;
  const id = useId();
  const ref: ItemRef = { meetingId: meeting.id, itemId: item.id, state };
  const [error, setError] = useState<string>();
  const [member, setMember] = useState('');
  const [reason, setReason] = useState<Reason>('inhabil');
  const [note, setNote] = useState('');
  const [remarkMember, setRemarkMember] = useState('');
  const [remarkText, setRemarkText] = useState('');
  const [remarkError, setRemarkError] = useState<string>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  const nameOf = (memberId: string) => {
    const m = committee.members.find((x) => x.id === memberId);
    const p = meeting.participants.find((x) => x.memberId === memberId);
    const name = m ? memberDisplayName(m) : memberId;
    // A substitute sits in the member's place: name them both so the protocol is unambiguous.
    return p?.substitute ? t.substitute(p.substitute.name, name) : name;
  };
  // Only those at the meeting can leave it, be inhabil or make a remark.
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede' || p.substitute).map((p) => p.memberId);
  const freeForAbsence = present.filter((m) => !item.absences.some((a) => a.memberId === m));
  const freeForRemark = present.filter((m) => !item.remarks.some((r) => r.memberId === m));

  async function saveAbsences(absences: ItemAbsence[]) {
    setError(undefined);
    try {
      await saveItemField(ref, 'absences', { absences });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function saveRemarks(remarks: ProtocolRemark[]) {
    setError(undefined);
    try {
      await saveItemField(ref, 'remarks', { remarks });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  function addAbsence(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const chosen = member || freeForAbsence[0];
    if (!chosen) return;
    setMember('');
    setNote('');
    void saveAbsences([...item.absences, { memberId: chosen, reason, note: note.trim() }]);
  }

  function addRemark(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const chosen = remarkMember || freeForRemark[0];
    if (!chosen) return;
    if (remarkText.trim() === '') return setRemarkError(t.remarkRequired);
    setRemarkError(undefined);
    setRemarkMember('');
    setRemarkText('');
    void saveRemarks([...item.remarks, { memberId: chosen, text: remarkText.trim() }]);
  }

  function commitRemark(memberId: string) {
    const text = drafts[memberId];
    if (text === undefined) return;
    const current = item.remarks.find((r) => r.memberId === memberId);
    if (text.trim() === '') return setRemarkError(t.remarkRequired);
    setRemarkError(undefined);
    if (current?.text === text.trim()) return;
    void saveRemarks(item.remarks.map((r) => (r.memberId === memberId ? { ...r, text: text.trim() } : r)));
  }

  if (locked && item.absences.length === 0 && item.remarks.length === 0) return null;

  return (
    <section className="section item-attendance" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h3 className="section-heading" id={`${id}-heading`}>
          {t.heading}
        </h3>
      </div>
      <p className="hint">{t.hint}</p>
      {item.absences.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="absence-list" aria-label={t.heading}>
          {item.absences.map((a) => (
            <li key={a.memberId}>
              <span className="absence-name">{nameOf(a.memberId)}</span>
              <select
                aria-label={`${t.reason}: ${nameOf(a.memberId)}`}
                value={a.reason}
                disabled={locked}
                onChange={(event) => void saveAbsences(item.absences.map((x) => (x.memberId === a.memberId ? { ...x, reason: event.target.value as Reason } : x)))}
              >
                {REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t.reasons[r]}
                  </option>
                ))}
              </select>
              <input
                type="text"
                aria-label={`${t.note}: ${nameOf(a.memberId)}`}
                defaultValue={a.note}
                maxLength={1000}
                disabled={locked}
                onBlur={(event) => {
                  if (event.target.value.trim() !== a.note) void saveAbsences(item.absences.map((x) => (x.memberId === a.memberId ? { ...x, note: event.target.value.trim() } : x)));
                }}
              />
              {!locked && (
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={t.removeLabel(nameOf(a.memberId))}
                  title={t.removeLabel(nameOf(a.memberId))}
                  onClick={() => void saveAbsences(item.absences.filter((x) => x.memberId !== a.memberId))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && present.length === 0 && <p className="muted">{t.noParticipants}</p>}
      {!locked && freeForAbsence.length > 0 && (
        <form className="inline-form" onSubmit={addAbsence} noValidate aria-label={t.add}>
          <label htmlFor={`${id}-member`}>{t.member}</label>
          <select id={`${id}-member`} value={member || freeForAbsence[0]} onChange={(event) => setMember(event.target.value)}>
            {freeForAbsence.map((m) => (
              <option key={m} value={m}>
                {nameOf(m)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-reason`}>{t.reason}</label>
          <select id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value as Reason)}>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t.reasons[r]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>{t.note}</label>
          <input id={`${id}-note`} type="text" value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
          <button type="submit" className="button small">
            {t.add}
          </button>
        </form>
      )}

      <h4 className="subsection-heading">{t.remarksHeading}</h4>
      <p className="hint">{t.remarksHint}</p>
      {item.remarks.map((r) => (
        <div key={r.memberId} className="remark">
          <label htmlFor={`${id}-remark-${r.memberId}`}>{t.remarkFor(nameOf(r.memberId))}</label>
          <textarea
            id={`${id}-remark-${r.memberId}`}
            rows={2}
            maxLength={5000}
            disabled={locked}
            value={drafts[r.memberId] ?? r.text}
            onChange={(event) => setDrafts({ ...drafts, [r.memberId]: event.target.value })}
            onBlur={() => commitRemark(r.memberId)}
          />
          {!locked && (
            <button type="button" className="button small quiet danger-text" onClick={() => void saveRemarks(item.remarks.filter((x) => x.memberId !== r.memberId))}>
              {t.removeRemark(nameOf(r.memberId))}
            </button>
          )}
        </div>
      ))}
      {!locked && freeForRemark.length > 0 && (
        <form className="remark-add" onSubmit={addRemark} noValidate aria-label={t.addRemark}>
          <label htmlFor={`${id}-remark-member`}>{t.member}</label>
          <select id={`${id}-remark-member`} value={remarkMember || freeForRemark[0]} onChange={(event) => setRemarkMember(event.target.value)}>
            {freeForRemark.map((m) => (
              <option key={m} value={m}>
                {nameOf(m)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-remark-text`}>{t.remarksHeading}</label>
          <textarea
            id={`${id}-remark-text`}
            rows={2}
            maxLength={5000}
            value={remarkText}
            aria-invalid={remarkError ? true : undefined}
            onChange={(event) => setRemarkText(event.target.value)}
          />
          <button type="submit" className="button small">
            {t.addRemark}
          </button>
        </form>
      )}
      {remarkError && (
        <p className="field-error" role="alert">
          {remarkError}
        </p>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
