import { Fragment, useState, type DragEvent } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { ItemKind } from '../../../shared/domain/committee.ts';
import { decisionSection, isContentLocked, MAX_ITEM_TITLE, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabel } from '../../../shared/domain/numbering.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { routeHref } from '../shell/route.ts';
import { ItemAttachments } from './ItemAttachments.tsx';
import { ItemCaseFlow } from './ItemCaseFlow.tsx';
import { ItemAttendance } from './ItemAttendance.tsx';
import { ItemVote } from './ItemVote.tsx';
import { ItemClosedReason } from './ItemClosedReason.tsx';
import { ItemCaseText, type CaseTextState } from './ItemCaseText.tsx';
import { errorMessage } from '../api/errorMessage.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { ItemActions } from '../agenda/ItemActions.tsx';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys, type ItemField } from '../save/saveKeys.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { getDraft, setDraft } from '../save/drafts.ts';
import { RichTextField } from '../editor/RichTextField.tsx';
import { sectionHeading } from '../../../shared/domain/decisionHeading.ts';
import { proposalSection } from '../../../shared/domain/decisionFlags.ts';
import { ITEM_KINDS, itemKindLabel } from './itemKinds.ts';
import { cancelItemField, flushItemField, importCaseTextFile, saveItemField, scheduleItemField, sectionSaver, type ItemRef } from './itemCommands.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { itemText } from '../../../shared/i18n/item.da.ts';

type Props = { meeting: Meeting; committee: Committee; item: AgendaItem; index: number; state: MeetingState };

export function ItemEditor({ meeting, committee, item, index, state }: Props) {
  const t = itemText;
  const e = itemText.fields;
  const label = itemLabel(meeting, index);
  // Sent or approved: everything printed is read-only; the server would refuse the edit anyway.
  const locked = isContentLocked(meeting);
  const key = (field: ItemField) => saveKeys.itemField(item.id, field);
  const ref: ItemRef = { meetingId: meeting.id, itemId: item.id, state };
  const [title, setTitle] = useState(() => getDraft<string>(key('title')) ?? item.title);
  const [caseNumber, setCaseNumber] = useState(() => getDraft<string>(key('caseNumber')) ?? item.caseNumber);
  const [publicTitle, setPublicTitle] = useState(() => getDraft<string>(key('publicTitle')) ?? item.publicTitle);
  const [titleError, setTitleError] = useState<string>();
  const titleSaveError = useFieldSaveError(key('title'));
  const caseSaveError = useFieldSaveError(key('caseNumber'));
  const closedSaveError = useFieldSaveError(key('closed'));
  const publicSaveError = useFieldSaveError(key('publicTitle'));
  const kindError = useFieldSaveError(key('kind'));
  const subItemError = useFieldSaveError(key('subItem'));
  const kindSaveError = kindError ?? subItemError;
  const [caseText, setCaseText] = useState<CaseTextState>({ busy: false });
  const [dropping, setDropping] = useState(false);
  // The section editors own their text once mounted; a case text read in remounts them with what was stored.
  const [revision, setRevision] = useState(0);

  async function readCaseText(file: File) {
    const c = importText.caseTextScreen;
    setCaseText({ busy: true });
    try {
      const result = await importCaseTextFile(ref, file);
      setRevision((r) => r + 1);
      setCaseText({ busy: false, message: { ok: true, text: [c.done(file.name, result.filled.length), ...result.notices].join(' ') } });
    } catch (error) {
      setCaseText({ busy: false, message: { ok: false, text: c.failed(errorMessage(error)) } });
    }
  }

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const dropProps = locked
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDropping(true);
        },
        onDragLeave: (event: DragEvent) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
        },
        onDrop: (event: DragEvent) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDropping(false);
          const file = event.dataTransfer.files[0];
          if (file) void readCaseText(file);
        },
      };

  function changeTitle(value: string) {
    setTitle(value);
    setDraft(key('title'), value);
    if (value.trim() === '') {
      setTitleError(t.titleRequired);
      return cancelItemField(ref, 'title');
    }
    // Never cut silently (issue 14): a longer title stays on screen with the reason, and is not saved.
    if (value.trim().length > MAX_ITEM_TITLE) {
      setTitleError(t.titleTooLong(value.trim().length, MAX_ITEM_TITLE));
      return cancelItemField(ref, 'title');
    }
    setTitleError(undefined);
    scheduleItemField(ref, 'title', { title: value });
  }

  function changeCaseNumber(value: string) {
    setCaseNumber(value);
    setDraft(key('caseNumber'), value);
    scheduleItemField(ref, 'caseNumber', { caseNumber: value });
  }

  function changePublicTitle(value: string) {
    setPublicTitle(value);
    setDraft(key('publicTitle'), value);
    scheduleItemField(ref, 'publicTitle', { publicTitle: value });
  }

  const titleMessage = titleError ?? titleSaveError;
  // The Sagsgang stands where the template prints it: first, after the Indstilling (at the top without one), or last.
  const placement = committee.template.caseFlowPlacement ?? 'efterIndstilling';
  const proposal = proposalSection(item);
  const flowAt = placement === 'foerst' ? -1 : placement === 'sidst' ? Infinity : proposal ? item.sections.indexOf(proposal) : -1;
  const caseFlow = <ItemCaseFlow meeting={meeting} committee={committee} item={item} state={state} locked={locked} />;

  return (
    <article className={dropping ? 'item-editor dropping' : 'item-editor'} aria-labelledby="item-editor-heading" data-item-id={item.id} {...dropProps}>
      {dropping && (
        <p className="item-drop-overlay" aria-hidden="true">
          {importText.caseTextScreen.dropHere}
        </p>
      )}
      <header className="item-editor-head">
        <h2 id="item-editor-heading" className="item-editor-title" tabIndex={-1}>
          <span className="item-number">{itemText.number(label)}:</span> {item.title}
          {item.closed && <span className="badge closed">{t.closedBadge}</span>}
        </h2>
        {item.postponedTo && (
          <p className="postponed-note" role="note">
            {e.postponedTo(formatDateShort(item.postponedTo.date))}{' '}
            <a href={routeHref({ kind: 'meeting', meetingId: item.postponedTo.meetingId, tab: 'dagsorden' })}>{e.openMeeting}</a>
          </p>
        )}
        {item.postponedFrom && (
          <p className="postponed-note from" role="note">
            {e.postponedFrom(formatDateShort(item.postponedFrom.date))}{' '}
            <a href={routeHref({ kind: 'meeting', meetingId: item.postponedFrom.meetingId, tab: 'dagsorden' })}>{e.openMeeting}</a>
          </p>
        )}
        {!locked && <ItemActions meeting={meeting} item={item} state={state} />}
        <div className="item-fields">
          <div className="field field-grow">
            <label htmlFor="item-title">{t.title}</label>
            <input
              id="item-title"
              type="text"
              value={title}
              disabled={locked}
              aria-invalid={titleMessage ? true : undefined}
              aria-describedby={titleMessage ? 'item-title-error' : undefined}
              onChange={(e) => changeTitle(e.target.value)}
              onBlur={() => void flushItemField(ref, 'title')}
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
              placeholder={t.caseNumberPlaceholder}
              title={e.caseNumberHint}
              aria-describedby={caseSaveError ? 'item-case-error' : undefined}
              onChange={(e) => changeCaseNumber(e.target.value)}
              onBlur={() => void flushItemField(ref, 'caseNumber')}
            />
            <FieldError id="item-case-error" message={caseSaveError} />
          </div>
          <div className="field field-kind">
            <label htmlFor="item-kind">{e.kind}</label>
            <select
              id="item-kind"
              value={item.kind}
              disabled={locked}
              onChange={(ev) => void saveItemField(ref, 'kind', { kind: ev.target.value as ItemKind }).catch(() => undefined)}
            >
              {ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {itemKindLabel(k)}
                </option>
              ))}
            </select>
            <FieldError id="item-kind-error" message={kindSaveError} />
          </div>
          <div className="field field-check">
            <label className="check">
              <input
                type="checkbox"
                checked={item.subItem}
                disabled={locked || index === 0}
                onChange={(ev) => void saveItemField(ref, 'subItem', { subItem: ev.target.checked }).catch(() => undefined)}
              />
              {e.subItem}
            </label>
          </div>
        </div>
        <div className="item-fields">
          <div className="field field-check">
            <label className="check">
              <input
                id="item-closed"
                type="checkbox"
                checked={item.closed}
                disabled={locked}
                aria-describedby="item-closed-hint"
                onChange={(ev) => void saveItemField(ref, 'closed', { closed: ev.target.checked }).catch(() => undefined)}
              />
              {t.closed}
            </label>
            <p className="hint" id="item-closed-hint">
              {t.closedHint}
            </p>
            <FieldError id="item-closed-error" message={closedSaveError} />
          </div>
          {item.closed && (
            <div className="field field-grow">
              <label htmlFor="item-public-title">{e.publicTitle}</label>
              <input
                id="item-public-title"
                type="text"
                value={publicTitle}
                maxLength={500}
                disabled={locked}
                aria-describedby="item-public-title-hint"
                onChange={(ev) => changePublicTitle(ev.target.value)}
                onBlur={() => void flushItemField(ref, 'publicTitle')}
              />
              <p className="hint" id="item-public-title-hint">
                {e.publicTitleHint}
              </p>
              <FieldError id="item-public-title-error" message={publicSaveError} />
            </div>
          )}
          {item.closed && <ItemClosedReason key={item.id} itemRef={ref} item={item} locked={locked} />}
        </div>
      </header>
      {!locked && <ItemCaseText state={caseText} onFile={(file) => void readCaseText(file)} />}
      {flowAt === -1 && caseFlow}
      {item.sections.map((section, index) => (
        <Fragment key={`${section.id}:${revision}`}>
          <RichTextField
            saveKey={saveKeys.section(item.id, section.id)}
            heading={sectionHeading(committee, meeting, section)}
            label={section.title}
            decision={section.kind === 'beslutning'}
            hint={section.kind === 'beslutning' ? t.decisionHint : undefined}
            initial={section.body}
            editable={!locked}
            onSave={sectionSaver(ref, section.id)}
          />
          {flowAt === index && caseFlow}
        </Fragment>
      ))}
      {decisionSection(item) && <ItemVote key={item.id} meeting={meeting} committee={committee} item={item} state={state} locked={locked} />}
      {flowAt === Infinity && caseFlow}
      <ItemAttachments meeting={meeting} item={item} state={state} locked={locked} />
      <ItemAttendance meeting={meeting} committee={committee} item={item} state={state} locked={locked} />
    </article>
  );
}
