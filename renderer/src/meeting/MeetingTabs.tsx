import type { KeyboardEvent } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { navigate, type MeetingTab, type Route } from '../shell/route.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

const TABS: { id: MeetingTab; label: string }[] = [
  { id: 'dagsorden', label: meetingText.tabAgenda },
  { id: 'underskrift', label: meetingText.tabSignature },
];

type Props = { meeting: Meeting; route: Extract<Route, { kind: 'meeting' }> };

export function MeetingTabs({ meeting, route }: Props) {
  // Who signs: members present, and the stedfortræder in the seat of an absent member.
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede' || p.substitute);
  const approved = meeting.approvals.filter((a) => present.some((p) => p.memberId === a.memberId)).length;
  const select = (tab: MeetingTab) => navigate({ kind: 'meeting', meetingId: meeting.id, tab });

  // The WAI-ARIA tabs pattern: one tab stop, arrows move between tabs.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = TABS.findIndex((t) => t.id === route.tab);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (!next) return;
    select(next.id);
    requestAnimationFrame(() => document.getElementById(`tab-${next.id}`)?.focus());
  }

  return (
    <div className="tabs" role="tablist" aria-label={meetingText.tabsLabel} onKeyDown={onKeyDown}>
      {TABS.map((tab) => {
        const selected = route.tab === tab.id;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => select(tab.id)}
          >
            {tab.label}
            {/* A historic referat was signed outside Referent: a count of approvals here would read as 0 of n missing. */}
            {(tab.id === 'dagsorden' || !meeting.historic) && <span className="tab-count">{tab.id === 'dagsorden' ? meeting.items.length : `${approved}/${present.length}`}</span>}
          </button>
        );
      })}
    </div>
  );
}
