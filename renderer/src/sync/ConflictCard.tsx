import { useState } from 'react';
import type { SyncConflictView } from '../../../shared/domain/syncConflict.ts';
import { docFromParagraphs, docToPlainText, type RichDoc } from '../../../shared/text/richText.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';

type Props = { conflict: SyncConflictView; busy: boolean; onResolve(choice: 'mine' | 'theirs' | 'merged', value?: string | RichDoc): void };

const isRich = (v: unknown): v is RichDoc => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (isRich(value)) return docToPlainText(value);
  if (typeof value === 'object' && value !== null && 'title' in value) return String((value as { title: unknown }).title);
  return JSON.stringify(value, null, 1);
}

/** One conflict side by side: this machine's version and the other's; keep one, or write a merge. */
export function ConflictCard({ conflict, busy, onResolve }: Props) {
  const t = syncText.conflicts;
  const here = conflict.mineIsHere ? conflict.mine : conflict.theirs;
  const there = conflict.mineIsHere ? conflict.theirs : conflict.mine;
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(shown(here));
  const textual = conflict.kind === 'tekst' && (typeof here === 'string' || isRich(here));
  const where = [conflict.meetingDate ? formatDateShort(conflict.meetingDate) : null, conflict.itemTitle].filter(Boolean).join(' · ');
  // `mine` and `theirs` are as the machine that found the conflict saw them; the buttons speak of this machine.
  const keepHere = conflict.mineIsHere ? 'mine' : 'theirs';
  const keepThere = conflict.mineIsHere ? 'theirs' : 'mine';

  return (
    <article className="card sync-conflict" aria-label={t.field(conflict.label)}>
      <p className="muted small-text">
        {where} {conflict.kind === 'laast' ? `· ${t.locked}` : `· ${t.field(conflict.label)}`}
      </p>
      <div className="sync-versions">
        <section>
          <h3>{t.thisMachine}</h3>
          <pre className="sync-version">{shown(here)}</pre>
        </section>
        <section>
          <h3>{t.otherMachine}</h3>
          <pre className="sync-version">{shown(there)}</pre>
        </section>
      </div>
      {merging ? (
        <div className="sync-merge">
          <label htmlFor={`merge-${conflict.id}`}>{t.editMerge}</label>
          <textarea id={`merge-${conflict.id}`} rows={6} value={merged} onChange={(e) => setMerged(e.target.value)} />
          <button type="button" className="button primary" disabled={busy || merged.trim() === ''} onClick={() => onResolve('merged', isRich(here) ? docFromParagraphs(...merged.split('\n')) : merged)}>
            {t.saveMerge}
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => onResolve(keepHere)}>
            {t.keepMine}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onResolve(keepThere)}>
            {t.keepTheirs}
          </button>
          {textual && (
            <button type="button" className="button" disabled={busy} onClick={() => setMerging(true)}>
              {t.editMerge}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
