import { useCallback, useEffect, useState } from 'react';
import type { SyncConflictView, SyncStatus } from '../../../shared/domain/syncConflict.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { configureSync, loadConflicts, resolveConflict, stopSharing } from './syncCommands.ts';
import { ConflictCard } from './ConflictCard.tsx';
import { ArrivalsSection } from './ArrivalsSection.tsx';

type Props = { status?: SyncStatus | undefined };

/** Deling: the CouchDB server, the user and password, the committees shared; and the conflicts waiting. */
export function SyncView({ status }: Props) {
  const t = syncText.settings;
  const { committees, reload } = useAppDataContext();
  const [remote, setRemote] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [joinId, setJoinId] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [conflicts, setConflicts] = useState<SyncConflictView[]>([]);

  useEffect(() => {
    if (loaded || !status) return;
    setRemote(status.remote ?? '');
    setUser(status.user ?? '');
    setChosen(status.committees);
    setLoaded(true);
  }, [status, loaded]);

  const refreshConflicts = useCallback(async () => {
    try {
      setConflicts(await loadConflicts());
    } catch {
      // Shown again at the next status.
    }
  }, []);
  useEffect(() => {
    void refreshConflicts();
  }, [refreshConflicts, status?.conflicts]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      const shared = [...new Set([...chosen, ...(joinId.trim() ? [joinId.trim()] : [])])];
      const next = await configureSync({ remote: remote.trim(), user: user.trim() || null, password, committees: shared });
      setPassword('');
      setJoinId('');
      setChosen(next.committees);
      await reload();
      setMessage(next.state === 'fejl' || next.state === 'offline' ? { ok: false, text: next.message } : { ok: true, text: t.saved });
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  async function stop() {
    setBusy(true);
    try {
      await stopSharing();
      setChosen([]);
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  async function resolve(id: string, choice: 'mine' | 'theirs' | 'merged', value?: string | RichDoc) {
    setBusy(true);
    try {
      setConflicts(await resolveConflict(id, choice, value));
      await reload();
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p className="muted">{t.intro}</p>
      </header>
      <form className="card sync-settings" onSubmit={(e) => void save(e)}>
        <label htmlFor="sync-remote">{t.address}</label>
        <input id="sync-remote" type="url" value={remote} placeholder="https://" onChange={(e) => setRemote(e.target.value)} required />
        <label htmlFor="sync-user">{t.user}</label>
        <input id="sync-user" type="text" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} />
        <label htmlFor="sync-password">{t.password}</label>
        <input id="sync-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        {status?.hasPassword && <p className="muted small-text">{t.passwordKept}</p>}
        <fieldset className="sync-committees">
          <legend>{t.committees}</legend>
          {committees.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} /> {c.name}
            </label>
          ))}
        </fieldset>
        <label htmlFor="sync-join">{t.joinId}</label>
        <input id="sync-join" type="text" value={joinId} onChange={(e) => setJoinId(e.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t.save}
          </button>
          {status?.remote && (
            <button type="button" className="button" disabled={busy} onClick={() => void stop()}>
              {t.stop}
            </button>
          )}
        </div>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? "action-ok" : "action-error"}>
            {message.text}
          </p>
        )}
      </form>
      {status && <ArrivalsSection status={status} />}
      <section className="sync-conflicts" aria-labelledby="sync-conflicts-heading">
        <h2 id="sync-conflicts-heading">{syncText.conflicts.title}</h2>
        {conflicts.length === 0 ? <p className="muted">{syncText.conflicts.none}</p> : <p className="muted">{syncText.conflicts.intro}</p>}
        {conflicts.map((c) => (
          <ConflictCard key={c.id} conflict={c} busy={busy} onResolve={(choice, value) => void resolve(c.id, choice, value)} />
        ))}
      </section>
    </div>
  );
}
