import { useRef, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { ItemPatch } from '../../../shared/api/contract.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { isContentLocked, itemNumber, type AgendaItem, type Meeting, type Section } from '../../../shared/domain/meeting.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { getDraft, setDraft } from '../save/drafts.ts';
import { RichTextField } from '../editor/RichTextField.tsx';
import { sectionHeading } from '../lib/sectionHeading.ts';
import { FieldError } from './FieldError.tsx';
import { ui } from '../ui.ts';

type Props = { meeting: Meeting; committee: Committee; item: AgendaItem; index: number; state: MeetingState };

export function ItemEditor({ meeting, committee, item, index, state }: Props) {
  const t = ui.itemEditor;
  const n = itemNumber(meeting, index);
  // Sent or approved: everything printed is read-only; the server would refuse the edit anyway.
  const locked = isContentLocked(meeting);
  const key = (field: string) => `item:${item.id}:${field}`;
  const [title, setTitle] = useState(() => getDraft<string>(key('title')) ?? item.title);
  const [caseNumber, setCaseNumber] = useState(() => getDraft<string>(key('caseNumber')) ?? item.caseNumber);
  const [attachments, setAttachments] = useState(() => getDraft<string>(key('attachments')) ?? item.attachments.map((a) => a.name).join('\n'));
  const [titleError, setTitleError] = useState<string>();
  const titleSaveError = useFieldSaveError(key('title'));
  const caseSaveError = useFieldSaveError(key('caseNumber'));
  const closedSaveError = useFieldSaveError(key('closed'));
  // Saves outlive a re-render; they must see the newest meeting callbacks, not the ones from when they were scheduled.
  const stateRef = useRef(state);
  stateRef.current = state;

  const patch = (p: ItemPatch) => async () =>
    stateRef.current.apply(await api.call('items.update', { meetingId: meeting.id, itemId: item.id, patch: p }));

  function changeTitle(value: string) {
    setTitle(value);
    setDraft(key('title'), value);
    if (value.trim() === '') {
      setTitleError(t.titleRequired);
      return saveTracker.cancel(key('title'));
    }
    setTitleError(undefined);
    saveTracker.schedule(key('title'), patch({ title: value }));
  }

  function changeCaseNumber(value: string) {
    setCaseNumber(value);
    setDraft(key('caseNumber'), value);
    saveTracker.schedule(key('caseNumber'), patch({ caseNumber: value }));
  }

  function changeAttachments(value: string) {
    setAttachments(value);
    setDraft(key('attachments'), value);
    const list = value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    // A line that keeps an existing bilag's name keeps that bilag (its file and its closed mark).
    const existing = [...item.attachments];
    const next = list.map((name) => {
      const at = existing.findIndex((a) => a.name === name);
      const kept = at >= 0 ? existing.splice(at, 1)[0] : undefined;
      return kept ? { id: kept.id, name, closed: kept.closed } : { name, closed: false };
    });
    saveTracker.schedule(key('attachments'), patch({ attachments: next }));
  }

  const saveSection = (section: Section) => async (body: RichDoc) =>
    stateRef.current.apply(await api.call('items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId: section.id, body }));

  const titleMessage = titleError ?? titleSaveError;

  return (
    <article className="item-editor" aria-labelledby="item-editor-heading">
      <header className="item-editor-head">
        <h2 id="item-editor-heading" className="item-editor-title">
          <span className="item-number">{ui.items.number(n)}:</span> {item.title}
          {item.closed && <span className="badge closed">{ui.items.closed}</span>}
        </h2>
        <div className="item-fields">
          <div className="field field-grow">
            <label htmlFor="item-title">{t.title}</label>
            <input
              id="item-title"
              type="text"
              value={title}
              maxLength={500}
              disabled={locked}
              aria-invalid={titleMessage ? true : undefined}
              aria-describedby={titleMessage ? 'item-title-error' : undefined}
              onChange={(e) => changeTitle(e.target.value)}
              onBlur={() => void saveTracker.flush(key('title'))}
            />
            <FieldError id="item-title-error" message={titleMessage} />
          </div>
          <div className="field field-case">
            <label htmlFor="item-case">{t.caseNumber}</label>
            <input
              id="item-case"
              type="text"
              value={caseNumber}
              maxLength={100}
              disabled={locked}
              placeholder={ui.items.caseNumberHint}
              aria-describedby={caseSaveError ? 'item-case-error' : undefined}
              onChange={(e) => changeCaseNumber(e.target.value)}
              onBlur={() => void saveTracker.flush(key('caseNumber'))}
            />
            <FieldError id="item-case-error" message={caseSaveError} />
          </div>
          <div className="field field-check">
            <label className="check">
              <input
                type="checkbox"
                checked={item.closed}
                disabled={locked}
                aria-describedby="item-closed-hint"
                onChange={(e) => void saveTracker.run(key('closed'), patch({ closed: e.target.checked })).catch(() => undefined)}
              />
              {t.closed}
            </label>
            <p className="hint" id="item-closed-hint">
              {t.closedHint}
            </p>
            <FieldError id="item-closed-error" message={closedSaveError} />
          </div>
        </div>
      </header>
      {item.sections.map((section) => (
        <RichTextField
          key={section.id}
          saveKey={`section:${item.id}:${section.id}`}
          heading={sectionHeading(committee, meeting, section)}
          label={section.title}
          decision={section.kind === 'beslutning'}
          decisionBadge={t.decisionBadge}
          hint={section.kind === 'beslutning' ? t.decisionHint : undefined}
          initial={section.body}
          editable={!locked}
          onSave={saveSection(section)}
        />
      ))}
      <section className="section attachments" aria-labelledby="item-attachments-label">
        <h3 className="section-heading" id="item-attachments-label">
          <label htmlFor="item-attachments">{t.attachments}</label>
        </h3>
        <p className="hint" id="item-attachments-hint">
          {t.attachmentsHint}
        </p>
        <textarea
          id="item-attachments"
          rows={Math.min(8, Math.max(2, attachments.split('\n').length + 1))}
          value={attachments}
          disabled={locked}
          aria-describedby="item-attachments-hint"
          onChange={(e) => changeAttachments(e.target.value)}
          onBlur={() => void saveTracker.flush(key('attachments'))}
        />
      </section>
    </article>
  );
}
