import type { MemberRole } from '../../../shared/domain/committee.ts';
import { emptyMemberRow, type MemberRow } from './memberRows.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

const ROLES: MemberRole[] = ['formand', 'naestformand', 'medlem'];

type Props = {
  rows: MemberRow[];
  errors: Record<string, string>;
  onChange(rows: MemberRow[]): void;
};

export function MembersEditor({ rows, errors, onChange }: Props) {
  const t = committeeText.form;
  const update = (key: string, patch: Partial<MemberRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="members-editor">
      <legend>{t.members}</legend>
      <p className="hint">{t.membersHint}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.noMembers}</p>
      ) : (
        <table className="members-table">
          <thead>
            <tr>
              <th scope="col" className="col-num">
                #
              </th>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colLabel}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{t.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const n = index + 1;
              const errorId = `member-error-${row.key}`;
              return (
                <tr key={row.key}>
                  <td className="col-num">{n}</td>
                  <td>
                    <input
                      type="text"
                      aria-label={t.memberName(n)}
                      value={row.name}
                      maxLength={200}
                      aria-invalid={errors[row.key] ? true : undefined}
                      aria-describedby={errors[row.key] ? errorId : undefined}
                      onChange={(e) => update(row.key, { name: e.target.value })}
                    />
                    <FieldError id={errorId} message={errors[row.key]} />
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={t.memberLabel(n)}
                      value={row.label}
                      maxLength={200}
                      onChange={(e) => update(row.key, { label: e.target.value })}
                    />
                  </td>
                  <td>
                    <select aria-label={t.memberRole(n)} value={row.role} onChange={(e) => update(row.key, { role: e.target.value as MemberRole })}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {committeeText.roles[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="col-actions">
                    <button
                      type="button"
                      className="button small quiet"
                      aria-label={t.removeMember(n)}
                      onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                    >
                      {t.remove}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={() => onChange([...rows, emptyMemberRow()])}>
        + {t.addMember}
      </button>
    </fieldset>
  );
}
