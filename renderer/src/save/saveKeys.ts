import type { ItemPatch } from '../../../shared/api/contract.ts';

export type ItemField = keyof ItemPatch;
export type MeetingField = 'date' | 'time' | 'location' | 'firstItemNumber';

/**
 * Every autosave is tracked under a key naming what it writes; writes to one key
 * run in order, and a field shows the failure of its own key. The keys are made
 * here only, so a field and the command that saves it can never disagree.
 */
export const saveKeys = {
  itemField: (itemId: string, field: ItemField) => `item:${itemId}:${field}`,
  section: (itemId: string, sectionId: string) => `section:${itemId}:${sectionId}`,
  /** A case text imported into the item: it writes several sections at once. */
  caseText: (itemId: string) => `item:${itemId}:caseText`,
  meetingField: (meetingId: string, field: MeetingField) => `meeting:${meetingId}:${field}`,
  participants: (meetingId: string) => `meeting:${meetingId}:participants`,
  /** Adding, moving, copying, deleting and restoring items: one queue per agenda. */
  agendaOrder: (meetingId: string) => `meeting:${meetingId}:order`,
  approval: (meetingId: string, memberId: string) => `approval:${meetingId}:${memberId}`,
};
