import type { AgendaItem } from './meeting.ts';

/** A new item with every optional part at its default, so callers name only what they set. */
export function newAgendaItem(fields: Pick<AgendaItem, 'id' | 'title' | 'sections'> & Partial<AgendaItem>): AgendaItem {
  return {
    caseNumber: '',
    closed: false,
    publicTitle: '',
    kind: 'beslutning',
    subItem: false,
    attachments: [],
    absences: [],
    remarks: [],
    caseFlow: null,
    postponedTo: null,
    postponedFrom: null,
    vote: null,
    closedReason: null,
    ...fields,
  };
}
