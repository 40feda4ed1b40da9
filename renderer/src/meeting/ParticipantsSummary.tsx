import { useState } from 'react';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import { isContentLocked, type Meeting, type Participant } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { participantName } from '../committee/memberLine.ts';
import { roleLabel } from '../committee/roleLabel.ts';
import { SubstituteField } from './SubstituteField.tsx';
import { saveParticipants } from './meetingCommands.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

type Props = { meeting: Meeting; committee: Committee; state: MeetingState };
type Attendance = Participant['attendance'];
const ATTENDANCE: Attendance[] = ['til_stede', 'afbud', 'fravaerende'];

export function ParticipantsSummary({ meeting, committee, state }: Props) {
  const t = meetingText;
  const [opened, setOpen] = useState(false);
  // The participants are printed in the protocol: locked with the rest of it.
  const locked = isContentLocked(meeting);
  const open = opened && !locked;
  const [error, setError] = useState<string>();
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede');
  const presentNames = present.map((p) => participantName(committee, p.memberId)).join(', ');
  const away = meeting.participants.filter((p) => p.attendance !== 'til_stede');
  const substitutes = away.filter((p) => p.substitute);
  const substituteName = (s: NonNullable<Participant['substitute']>) => (s.label ? `${s.name} (${s.label})` : s.name);
  const outside = committee.members.filter((m) => !meeting.participants.some((p) => p.memberId === m.id));

  async function save(participants: Participant[]) {
    setError(undefined);
    try {
      await saveParticipants(meeting, state, participants);
    } catch (e) {
      setError(t.participantsFailed(errorMessage(e)));
    }
  }

  // A member back at the table needs no stedfortræder.
  const setAttendance = (memberId: string, attendance: Attendance) =>
    save(meeting.participants.map((p) => (p.memberId === memberId ? { ...p, attendance, substitute: attendance === 'til_stede' ? null : p.substitute } : p)));
  const setSubstitute = (memberId: string, substitute: Participant['substitute']) =>
    save(meeting.participants.map((p) => (p.memberId === memberId ? { ...p, substitute } : p)));

  return (
    <div className={open ? 'participants open' : 'participants'}>
      <dl className="participants-summary">
        <div>
          <dt>{t.participants}</dt>
          <dd title={presentNames}>{present.length === 0 ? t.noParticipants : presentNames}</dd>
        </div>
        {away.length > 0 && (
          <div>
            <dt>{t.absentees}</dt>
            <dd>
              {away.map((p) => `${participantName(committee, p.memberId)} (${t.attendance[p.attendance].toLowerCase()})`).join(', ')}
            </dd>
          </div>
        )}
        {substitutes.length > 0 && (
          <div>
            <dt>{t.substitutes.substitutesHeading}</dt>
            <dd>
              {substitutes
                .map((p) => t.substitutes.substituteLine(substituteName(p.substitute!), participantName(committee, p.memberId)))
                .join(', ')}
            </dd>
          </div>
        )}
      </dl>
      {!locked && (
        <button type="button" className="button small" aria-expanded={open} aria-controls="participants-editor" onClick={() => setOpen(!open)}>
          {open ? t.closeParticipants : t.editParticipants}
        </button>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div id="participants-editor" className="participants-editor">
          <table className="compact-table" aria-label={t.participants}>
            <thead>
              <tr>
                <th scope="col">{t.table.member}</th>
                <th scope="col">{t.table.role}</th>
                <th scope="col">{t.table.attendance}</th>
                <th scope="col">{t.substitutes.substitute}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.table.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {meeting.participants.map((p) => {
                const member = committee.members.find((m) => m.id === p.memberId);
                const name = participantName(committee, p.memberId);
                return (
                  <tr key={p.memberId}>
                    <th scope="row">{name}</th>
                    <td>{member ? roleLabel(member.role) : ''}</td>
                    <td>
                      <select aria-label={t.attendanceFor(name)} value={p.attendance} onChange={(e) => void setAttendance(p.memberId, e.target.value as Attendance)}>
                        {ATTENDANCE.map((a) => (
                          <option key={a} value={a}>
                            {t.attendance[a]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {p.attendance === 'til_stede' ? (
                        <span className="muted small-text">{t.substitutes.onlyWhenAbsent}</span>
                      ) : (
                        <SubstituteField memberName={name} substitute={p.substitute} onSave={(sub) => void setSubstitute(p.memberId, sub)} />
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button small quiet"
                        aria-label={t.removeParticipant(name)}
                        onClick={() => void save(meeting.participants.filter((x) => x.memberId !== p.memberId))}
                      >
                        {t.table.remove}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {outside.length > 0 && (
            <div className="participants-outside">
              <p className="hint">{t.notParticipating}</p>
              {outside.map((m) => (
                <button
                  key={m.id}
                  type="button"
                  className="button small"
                  onClick={() => void save([...meeting.participants, { memberId: m.id, attendance: 'til_stede', substitute: null }])}
                >
                  + {t.addParticipant(memberDisplayName(m))}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
