import { useState } from 'react';
import type { BackupView } from '../../../shared/api/contract.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { useBackups } from '../data/useBackups.ts';
import { createBackup, restoreBackup } from './backupsCommands.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { backupsText } from '../../../shared/i18n/backups.da.ts';

type Props = { readOnly: boolean; dataDir?: string };
type Message = { ok: boolean; text: string };

/** The data directory's backups: take one now, or restore one (which first backs up the present state). */
export function BackupsView({ readOnly, dataDir }: Props) {
  const t = backupsText;
  const { reload } = useAppDataContext();
  const { backups, loadError: readError, show } = useBackups();
  const loadError = readError === undefined ? undefined : t.loadFailed(readError);
  const [busy, setBusy] = useState<'create' | 'restore'>();
  const [message, setMessage] = useState<Message>();
  const [confirm, setConfirm] = useState<BackupView>();

  async function create() {
    setBusy('create');
    setMessage(undefined);
    try {
      show(await createBackup());
      setMessage({ ok: true, text: t.created });
    } catch (e) {
      setMessage({ ok: false, text: t.createFailed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
    }
  }

  async function restore(backup: BackupView) {
    setBusy('restore');
    setMessage(undefined);
    try {
      const result = await restoreBackup(backup.id, reload);
      show(result.backups);
      setMessage({ ok: true, text: result.message });
    } catch (e) {
      setMessage({ ok: false, text: t.restoreFailed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
      setConfirm(undefined);
    }
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.heading}</h1>
        <p className="muted">{t.intro}</p>
        {dataDir && <p className="muted small-text">{t.dataDir(dataDir)}</p>}
      </header>
      <section className="card" aria-labelledby="backups-list-heading">
        <div className="card-head">
          <h2 id="backups-list-heading">{t.listLabel}</h2>
          <button type="button" className="button primary" onClick={() => void create()} disabled={readOnly || busy !== undefined}>
            {busy === 'create' ? t.creating : t.createNow}
          </button>
        </div>
        {readOnly && <p className="note-box">{t.readOnly}</p>}
        {message && (
          <p className={message.ok ? 'action-ok message-box' : 'action-error message-box'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        {loadError && (
          <p className="action-error" role="alert">
            {loadError}
          </p>
        )}
        {!backups && !loadError && <p className="muted">{t.loading}</p>}
        {backups && backups.length === 0 && <p className="muted">{t.none}</p>}
        {backups && backups.length > 0 && (
          <table className="compact-table backups-table" aria-labelledby="backups-list-heading">
            <thead>
              <tr>
                <th scope="col">{t.colTime}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col">{t.colMeetings}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.colActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => {
                const when = formatTimestamp(b.createdAt);
                return (
                  <tr key={b.id}>
                    <th scope="row">{when}</th>
                    <td>{b.label}</td>
                    <td>{t.meetings(b.meetings)}</td>
                    <td className="col-actions">
                      <button
                        type="button"
                        className="button small"
                        aria-label={t.restoreAria(when, b.label)}
                        disabled={readOnly || busy !== undefined}
                        onClick={() => setConfirm(b)}
                      >
                        {t.restore}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {confirm && (
        <ConfirmDialog
          heading={t.restoreHeading}
          text={t.restoreText(formatTimestamp(confirm.createdAt))}
          confirmLabel={busy === 'restore' ? t.restoring : t.restoreConfirm}
          tone="primary"
          busy={busy === 'restore'}
          onConfirm={() => void restore(confirm)}
          onCancel={() => setConfirm(undefined)}
        />
      )}
    </div>
  );
}
