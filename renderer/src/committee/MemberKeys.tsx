import { useState } from 'react';
import { memberDisplayName, type Committee } from '../../../shared/domain/committee.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { readJsonField } from '../ui/readJsonField.ts';
import { importMemberKey, retireMemberKey } from './committeeCommands.ts';
import { FileButton } from '../ui/FileButton.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

type Result = { memberId: string; ok: boolean; text: string; warning?: string };

/**
 * Each member's public key, registered once from the member file their own
 * Referent exports; answers signed with any other key are refused.
 */
export function MemberKeys({ committee }: { committee: Committee }) {
  const t = committeeText.memberKeys;
  const { putCommittee } = useAppDataContext();
  const [busy, setBusy] = useState<string>();
  const [result, setResult] = useState<Result>();
  const [reasons, setReasons] = useState<Record<string, string>>({});

  async function retire(memberId: string, name: string) {
    setBusy(memberId);
    setResult(undefined);
    try {
      await retireMemberKey(committee.id, memberId, reasons[memberId] ?? '', putCommittee);
      setReasons((r) => ({ ...r, [memberId]: '' }));
      setResult({ memberId, ok: true, text: t.retired(name) });
    } catch (e) {
      setResult({ memberId, ok: false, text: t.retireFailed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
    }
  }

  async function importKey(memberId: string, name: string, text: string) {
    setBusy(memberId);
    setResult(undefined);
    try {
      await importMemberKey(committee.id, memberId, text, putCommittee, reasons[memberId]?.trim() || undefined);
      const fileName = readJsonField(text, 'name') ?? '';
      const member = committee.members.find((m) => m.id === memberId);
      // A key file made by someone else is accepted (names are spelled differently), but said out loud.
      const differs = fileName !== '' && member && fileName.trim().toLocaleLowerCase('da') !== member.name.trim().toLocaleLowerCase('da');
      setResult({ memberId, ok: true, text: t.imported(fileName, name), warning: differs ? t.nameDiffers(fileName, name) : undefined });
    } catch (e) {
      setResult({ memberId, ok: false, text: t.failed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="card member-keys" aria-labelledby="member-keys-heading">
      <h2 id="member-keys-heading">{t.heading}</h2>
      <p className="hint member-keys-intro">{t.intro}</p>
      {committee.members.length === 0 ? (
        <p className="muted">{t.noMembers}</p>
      ) : (
        <table className="compact-table keys-table" aria-labelledby="member-keys-heading">
          <thead>
            <tr>
              <th scope="col">{t.colMember}</th>
              <th scope="col">{t.colKey}</th>
              <th scope="col">
                <span className="visually-hidden">{t.colAction}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {committee.members.map((member) => {
              const name = memberDisplayName(member);
              const mine = result?.memberId === member.id ? result : undefined;
              return (
                <tr key={member.id}>
                  <th scope="row">{name}</th>
                  <td>
                    {member.publicKey ? (
                      <span className="approved" title={member.publicKey}>
                        <span aria-hidden="true">✓ </span>
                        {member.keyVault ? t.registeredHere : t.registeredOwn}
                      </span>
                    ) : (
                      <span className="muted">{t.none}</span>
                    )}
                    {member.publicKey && (
                      <div className="field key-reason">
                        <label htmlFor={`key-reason-${member.id}`} className="visually-hidden">
                          {t.reasonFor(name)}
                        </label>
                        <input
                          id={`key-reason-${member.id}`}
                          type="text"
                          maxLength={2000}
                          placeholder={t.reason}
                          title={t.reasonHint}
                          value={reasons[member.id] ?? ''}
                          onChange={(e) => setReasons((r) => ({ ...r, [member.id]: e.target.value }))}
                        />
                      </div>
                    )}
                    {mine && (
                      <p className={mine.ok ? 'action-ok' : 'action-error'} role={mine.ok ? 'status' : 'alert'}>
                        {mine.text}
                      </p>
                    )}
                    {mine?.warning && <p className="hint warning-text">{mine.warning}</p>}
                  </td>
                  <td className="action-cell">
                    <FileButton
                      label={member.publicKey ? t.replaceKey : t.importKey}
                      ariaLabel={t.keyActionFor(member.publicKey ? t.replaceKey : t.importKey, name)}
                      className="button small"
                      busy={busy === member.id}
                      busyLabel={uiText.loading}
                      onText={(text) => void importKey(member.id, name, text)}
                    />
                    {member.publicKey && (
                      <button type="button" className="button small quiet" aria-label={t.retireFor(name)} disabled={busy === member.id} onClick={() => void retire(member.id, name)}>
                        {t.retire}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
