import { useState } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { copyTemplate } from './templateCommands.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { templateText } from '../../../shared/i18n/template.da.ts';

type Props = { committee: Committee; onCopied(committee: Committee, fromName: string): void };

/** Replaces this committee's template with a copy of another's, after a confirmation. */
export function CopyTemplatePanel({ committee, onCopied }: Props) {
  const t = templateText;
  const { committees, putCommittee } = useAppDataContext();
  const others = committees.filter((c) => c.id !== committee.id).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const [fromId, setFromId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const selected = others.find((c) => c.id === fromId) ?? others[0];

  async function copy() {
    if (!selected) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await copyTemplate(selected.id, committee.id, putCommittee);
      onCopied(saved, selected.name);
    } catch (e) {
      setError(t.copyFailed(errorMessage(e)));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <fieldset className="template-block copy-template">
      <legend>{t.copyHeading}</legend>
      <p className="hint" id="copy-template-hint">
        {t.copyHint}
      </p>
      {others.length === 0 ? (
        <p className="muted">{t.copyNoOthers}</p>
      ) : (
        <div className="field-row align-end">
          <div className="field field-grow">
            <label htmlFor="copy-template-from">{t.copyFrom}</label>
            <select id="copy-template-from" value={selected?.id ?? ''} onChange={(e) => setFromId(e.target.value)} aria-describedby="copy-template-hint">
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={busy}>
            {t.copyButton}
          </button>
        </div>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
      {confirming && selected && (
        <ConfirmDialog
          heading={t.copyConfirmHeading}
          text={t.copyConfirmText(selected.name, committee.name)}
          confirmLabel={t.copyConfirm}
          tone="primary"
          busy={busy}
          onConfirm={() => void copy()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </fieldset>
  );
}
