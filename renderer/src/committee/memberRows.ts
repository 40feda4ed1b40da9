import type { MemberInput } from '../../../shared/api/contract.ts';
import type { Member, MemberRole } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

export type MemberRow = { key: string; id?: string; name: string; label: string; role: MemberRole };

export function emptyMemberRow(): MemberRow {
  return { key: newId(), name: '', label: '', role: 'medlem' };
}

export function rowsFromMembers(members: Member[]): MemberRow[] {
  return members.map((m) => ({ key: m.id, id: m.id, name: m.name, label: m.label, role: m.role }));
}

/** Blank rows are dropped silently; a row with a party or title but no name is a mistake worth saying. */
export function membersFromRows(rows: MemberRow[]): { members: MemberInput[]; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const members: MemberInput[] = [];
  rows.forEach((row, index) => {
    const name = row.name.trim();
    if (name === '') {
      if (row.label.trim() !== '') errors[row.key] = committeeText.form.memberNameRequired(index + 1);
      return;
    }
    members.push({ id: row.id, name, label: row.label.trim(), role: row.role });
  });
  return { members, errors };
}
