import { useId, useState } from 'react';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import { VOTE_CHOICES, type AgendaItem, type Meeting, type Vote, type VoteChoice } from '../../../shared/domain/meeting.ts';
import { voteText } from '../../../shared/domain/votes.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys } from '../save/saveKeys.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { flushItemField, saveItemField, scheduleItemField, type ItemRef } from './itemCommands.ts';
import { itemText } from '../../../shared/i18n/item.da.ts';
import { recordText } from '../../../shared/i18n/record.da.ts';

type Props = { meeting: Meeting; committee: Committee; item: AgendaItem; state: MeetingState; locked: boolean };
type By = 'ingen' | Vote['by'];

const emptyVote = (by: Vote['by']): Vote => ({ by, for: { who: [], count: 0 }, imod: { who: [], count: 0 }, undlod: { who: [], count: 0 } });
const parties = (text: string) =>
  text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Afstemning: for, imod and undlod per member (a choice per member, F/I/U from
 * the keyboard) or per party (letters and a count per choice). Shown with the
 * line it prints under the decision.
 */
export function ItemVote({ meeting, committee, item, state, locked }: Props) {
  const t = itemText.vote;
  const id = useId();
  const ref: ItemRef = { meetingId: meeting.id, itemId: item.id, state };
  const saveError = useFieldSaveError(saveKeys.itemField(item.id, 'vote'));
  const [vote, setVote] = useState<Vote | null>(item.vote);
  const [partyText, setPartyText] = useState<Record<VoteChoice, string>>(() => ({
    for: item.vote?.by === 'parti' ? item.vote.for.who.join(', ') : '',
    imod: item.vote?.by === 'parti' ? item.vote.imod.who.join(', ') : '',
    undlod: item.vote?.by === 'parti' ? item.vote.undlod.who.join(', ') : '',
  }));
  const present = new Set(meeting.participants.filter((p) => p.attendance === 'til_stede').map((p) => p.memberId));
  const voters = committee.members.filter((m) => present.size === 0 || present.has(m.id));
  const nameOf = (memberId: string) => {
    const member = committee.members.find((m) => m.id === memberId);
    return member ? memberDisplayName(member) : memberId;
  };

  function save(next: Vote | null, debounced = false) {
    setVote(next);
    if (debounced) scheduleItemField(ref, 'vote', { vote: next });
    else void saveItemField(ref, 'vote', { vote: next }).catch(() => undefined);
  }

  function changeBy(by: By) {
    setPartyText({ for: '', imod: '', undlod: '' });
    save(by === 'ingen' ? null : emptyVote(by));
  }

  function changeMember(memberId: string, choice: VoteChoice | 'none') {
    if (!vote) return;
    const next: Vote = { ...vote };
    for (const c of VOTE_CHOICES) next[c] = { ...vote[c], who: vote[c].who.filter((w) => w !== memberId) };
    if (choice !== 'none') next[choice] = { ...next[choice], who: [...next[choice].who, memberId] };
    save(next);
  }

  function changeParty(choice: VoteChoice, text: string) {
    if (!vote) return;
    setPartyText((p) => ({ ...p, [choice]: text }));
    save({ ...vote, [choice]: { ...vote[choice], who: parties(text) } }, true);
  }

  function changeCount(choice: VoteChoice, value: string) {
    if (!vote) return;
    const count = Math.max(0, Math.min(10000, Math.floor(Number(value) || 0)));
    save({ ...vote, [choice]: { ...vote[choice], count } }, true);
  }

  const choiceOf = (memberId: string): VoteChoice | 'none' => VOTE_CHOICES.find((c) => vote?.[c].who.includes(memberId)) ?? 'none';
  const printed = vote ? voteText(vote, nameOf) : '';

  return (
    <section className="section item-vote" aria-labelledby={`${id}-heading`}>
      <h3 className="section-heading" id={`${id}-heading`}>
        {t.heading}
      </h3>
      <div className="field vote-by">
        <label htmlFor="item-vote-by">{t.by}</label>
        <select id="item-vote-by" value={vote?.by ?? 'ingen'} disabled={locked} onChange={(event) => changeBy(event.target.value as By)}>
          {(['ingen', 'medlem', 'parti'] as const).map((by) => (
            <option key={by} value={by}>
              {t.byOptions[by]}
            </option>
          ))}
        </select>
      </div>
      {vote?.by === 'medlem' &&
        (voters.length === 0 ? (
          <p className="muted">{t.noMembers}</p>
        ) : (
          <>
            <p className="hint">{t.hint}</p>
            <ul className="vote-members">
              {voters.map((member) => (
                <li key={member.id}>
                  <label htmlFor={`${id}-m-${member.id}`}>{memberDisplayName(member)}</label>
                  <select
                    id={`${id}-m-${member.id}`}
                    aria-label={t.memberVote(memberDisplayName(member))}
                    value={choiceOf(member.id)}
                    disabled={locked}
                    onChange={(event) => changeMember(member.id, event.target.value as VoteChoice | 'none')}
                  >
                    {(['none', ...VOTE_CHOICES] as const).map((c) => (
                      <option key={c} value={c}>
                        {t.choices[c]}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          </>
        ))}
      {vote?.by === 'parti' && (
        <div className="vote-parties">
          {VOTE_CHOICES.map((c) => (
            <div key={c} className="vote-party-row">
              <span className="vote-party-choice">{recordText.voteLabel[c]}</span>
              <input
                type="text"
                aria-label={t.partyWho(recordText.voteLabel[c])}
                placeholder={t.partyWhoHint}
                value={partyText[c]}
                maxLength={500}
                disabled={locked}
                onChange={(event) => changeParty(c, event.target.value)}
                onBlur={() => void flushItemField(ref, 'vote')}
              />
              <input
                type="number"
                min={0}
                max={10000}
                inputMode="numeric"
                aria-label={t.partyCount(recordText.voteLabel[c])}
                value={vote[c].count || ''}
                disabled={locked}
                onChange={(event) => changeCount(c, event.target.value)}
                onBlur={() => void flushItemField(ref, 'vote')}
              />
            </div>
          ))}
        </div>
      )}
      {vote && (
        <p className="vote-printed" aria-live="polite">
          <span className="muted">{t.printed}</span> {printed || t.nothingCast}
        </p>
      )}
      <FieldError id="item-vote-error" message={saveError} />
    </section>
  );
}
