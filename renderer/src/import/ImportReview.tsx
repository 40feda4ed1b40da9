import { useState } from 'react';
import type { ImportAnalysis } from '../../../shared/import/importAnalysis.ts';
import { listUncertainties, type ImportedItem, type ImportedMeeting } from '../../../shared/import/importedMeeting.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { commitImport, type PickedFile } from './importCommands.ts';
import { ImportedItemFields } from './ImportedItemFields.tsx';
import { moveSectionAcross, type SectionHeading } from './sectionEdits.ts';
import { focusWhenReady } from '../ui/focus.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

type Props = { picked: PickedFile; analysis: ImportAnalysis; onCancel(): void };

/**
 * The review before anything is stored: the recognised meeting beside the
 * original's text, uncertain places marked, titles, numbers and section
 * boundaries to correct, and the committee to store it in.
 */
export function ImportReview({ picked, analysis, onCancel }: Props) {
  const t = importText.screen;
  const app = useAppDataContext();
  const [meeting, setMeeting] = useState<ImportedMeeting>(analysis.meeting);
  const [target, setTarget] = useState<string>(analysis.committeeId ?? 'ny');
  const [newName, setNewName] = useState(analysis.proposedCommittee.name || meeting.bodyName);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const uncertainties = listUncertainties(meeting);
  // The headings a split or a renamed section can take: the chosen committee's template, or the one proposed from the document.
  const headings: SectionHeading[] = (
    (target === 'ny' ? null : app.committees.find((c) => c.id === target)?.template) ?? analysis.proposedCommittee.template
  ).sections.map((s) => ({ title: s.title, kind: s.kind }));
  const moveAcross = (index: number, direction: 'up' | 'down') => {
    setMeeting((m) => moveSectionAcross(m, index, direction));
    focusWhenReady(`#import-item-${direction === 'up' ? index - 1 : index + 1}-title`);
  };
  const set = (patch: Partial<ImportedMeeting>) => setMeeting((m) => ({ ...m, ...patch }));
  const setItem = (index: number, item: ImportedItem) => setMeeting((m) => ({ ...m, items: m.items.map((it, i) => (i === index ? item : it)) }));

  function problems(): string[] {
    const out: string[] = [];
    if (!meeting.date) out.push(t.dateRequired);
    meeting.items.forEach((item, i) => {
      if (item.title.trim() === '') out.push(t.titleRequired(item.number || String(i + 1)));
    });
    if (target === 'ny' && newName.trim() === '') out.push(t.nameRequired);
    return out;
  }

  async function commit() {
    const found = problems();
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await commitImport(
        picked,
        meeting,
        target === 'ny'
          ? // No template: the core makes it from the meeting as corrected here, so a heading given in the review is in it.
            { kind: 'ny', name: newName.trim(), members: analysis.proposedCommittee.members }
          : { kind: 'eksisterende', committeeId: target },
        app,
      );
    } catch (error) {
      setErrors([t.failed(errorMessage(error))]);
      setBusy(false);
    }
  }

  return (
    <section className="page-pad import-review" aria-labelledby="import-review-heading">
      <h1 id="import-review-heading" tabIndex={-1}>
        {t.reviewHeading(analysis.fileName)}
      </h1>
      <p className="muted">{t.nothingStored}</p>
      <section className={uncertainties.length ? 'import-uncertainties unsure' : 'import-uncertainties'} aria-labelledby="import-uncertain-heading">
        <h2 id="import-uncertain-heading">{uncertainties.length ? t.uncertainHeading(uncertainties.length) : t.noUncertain}</h2>
        {uncertainties.length > 0 && (
          <ul>
            {uncertainties.map((u, i) => (
              <li key={i}>
                {u.itemIndex !== null ? <a href={`#import-item-${u.itemIndex}`} onClick={(e) => jump(e, u.itemIndex!)}>{u.where}</a> : <strong>{u.where}</strong>}: {u.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="import-columns">
        <div className="import-structure">
          <fieldset className="import-meeting">
            <legend className="visually-hidden">{t.kind}</legend>
            <div className="field">
              <label htmlFor="import-kind">{t.kind}</label>
              <select id="import-kind" value={meeting.documentKind} onChange={(e) => set({ documentKind: e.target.value as ImportedMeeting['documentKind'] })}>
                <option value="referat">{t.kinds.referat}</option>
                <option value="dagsorden">{t.kinds.dagsorden}</option>
              </select>
            </div>
            <div className="import-meeting-fields">
              <div className="field field-grow">
                <label htmlFor="import-body">{t.bodyName}</label>
                <input id="import-body" type="text" maxLength={200} value={meeting.bodyName} onChange={(e) => set({ bodyName: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor="import-date">{t.date}</label>
                <input id="import-date" type="date" value={meeting.date ?? ''} aria-invalid={meeting.date ? undefined : true} onChange={(e) => set({ date: e.target.value || null })} />
              </div>
              <div className="field">
                <label htmlFor="import-time">{t.time}</label>
                <input id="import-time" type="time" value={meeting.time ?? ''} onChange={(e) => set({ time: e.target.value || null })} />
              </div>
              <div className="field field-grow">
                <label htmlFor="import-location">{t.location}</label>
                <input id="import-location" type="text" maxLength={300} value={meeting.location} onChange={(e) => set({ location: e.target.value })} />
              </div>
            </div>
            <p className="import-participants">
              <strong>{t.participants(meeting.participants.length)}:</strong>{' '}
              {meeting.participants.map((p) => `${p.name}${p.label ? ` (${p.label})` : ''}${p.attendance === 'til_stede' ? '' : ` – ${t.attendance[p.attendance]}`}`).join(', ')}
            </p>
          </fieldset>
          <h2>{t.itemsHeading(meeting.items.length)}</h2>
          <ol className="import-items">
            {meeting.items.map((item, i) => (
              <ImportedItemFields
                key={i}
                item={item}
                index={i}
                headings={headings}
                onChange={(next) => setItem(i, next)}
                onMoveUp={i > 0 ? () => moveAcross(i, 'up') : undefined}
                onMoveDown={i < meeting.items.length - 1 ? () => moveAcross(i, 'down') : undefined}
              />
            ))}
          </ol>
        </div>
        <section className="import-original" aria-labelledby="import-original-heading">
          <h2 id="import-original-heading">{t.original}</h2>
          <pre tabIndex={0}>{analysis.plainText}</pre>
        </section>
      </div>
      <fieldset className="import-target">
        <legend>{t.committeeHeading}</legend>
        {app.committees.length > 0 && (
          <label className="check">
            <input type="radio" name="import-target" checked={target !== 'ny'} onChange={() => setTarget(analysis.committeeId ?? app.committees[0]!.id)} />
            {t.existing}
          </label>
        )}
        {target !== 'ny' && (
          <select aria-label={t.existing} value={target} onChange={(e) => setTarget(e.target.value)}>
            {app.committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
        <label className="check">
          <input type="radio" name="import-target" checked={target === 'ny'} onChange={() => setTarget('ny')} />
          {t.create(newName || meeting.bodyName)}
        </label>
        {target === 'ny' && (
          <div className="field">
            <label htmlFor="import-new-name">{t.newName}</label>
            <input id="import-new-name" type="text" maxLength={200} value={newName} onChange={(e) => setNewName(e.target.value)} />
            <p className="hint">{t.newMembers(analysis.proposedCommittee.members.length)}</p>
          </div>
        )}
      </fieldset>
      {errors.length > 0 && (
        <ul className="action-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void commit()}>
          {busy ? t.committing : t.commit}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}

/** Uncertainty links scroll to the item without changing the route (the hash is the route). */
function jump(event: { preventDefault(): void }, itemIndex: number) {
  event.preventDefault();
  const target = document.getElementById(`import-item-${itemIndex}`);
  target?.scrollIntoView({ block: 'start' });
  target?.querySelector<HTMLInputElement>('input')?.focus();
}
