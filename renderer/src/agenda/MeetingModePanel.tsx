import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { decisionSection, isContentLocked, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { navigate } from '../shell/route.ts';
import { getDraft } from '../save/drafts.ts';
import { saveKeys } from '../save/saveKeys.ts';
import { sectionSaver } from '../item/itemCommands.ts';
import { RichTextField } from '../editor/RichTextField.tsx';
import { ItemVote } from '../item/ItemVote.tsx';
import { decisionState } from '../../../shared/domain/decisionState.ts';
import { proposalSection } from '../../../shared/domain/decisionFlags.ts';
import { sectionHeading } from '../../../shared/domain/decisionHeading.ts';
import { RichDocView } from '../review/RichDocView.tsx';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';

type Props = { meeting: Meeting; committee: Committee; item: AgendaItem; index: number; state: MeetingState; onExit(): void };

function isTextTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Track which panel last moved items, so the next item's decision field takes the focus. */
let focusDecisionNext = false;

/**
 * Mødetilstand: one item at a time, the Indstilling beside the decision field,
 * standard phrases on keys 1–9 and next/previous item from the keyboard.
 */
export function MeetingModePanel({ meeting, committee, item, index, state, onExit }: Props) {
  const t = agendaText.meetingMode;
  const editorRef = useRef<Editor | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const labels = itemLabels(meeting);
  const label = labels[index] ?? '';
  const phrases = committee.template.decisionPhrases.slice(0, 9);
  const decision = decisionSection(item);
  const recommendation = proposalSection(item);
  const done = meeting.items.filter((i) => decisionState(i, committee.template) === 'decided').length;
  const total = meeting.items.filter((i) => decisionState(i, committee.template) !== 'none').length;

  useEffect(() => {
    if (!focusDecisionNext) return;
    focusDecisionNext = false;
    // The new item's editor is created after this render; wait a frame for it.
    requestAnimationFrame(() => (editorRef.current ? editorRef.current.commands.focus('end') : panelRef.current?.focus()));
  }, [item.id]);

  function insertPhrase(phrase: string) {
    const editor = editorRef.current;
    if (!editor || !editor.isEditable) return;
    if (editor.isEmpty) editor.chain().focus('end').insertContent(phrase).run();
    else editor.chain().focus('end').insertContent({ type: 'paragraph', content: [{ type: 'text', text: phrase }] }).run();
  }

  function go(delta: number) {
    const next = meeting.items[index + delta];
    if (!next) return;
    focusDecisionNext = true;
    navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: next.id });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey && (event.key === 'PageDown' || event.key === 'PageUp')) {
      event.preventDefault();
      go(event.key === 'PageDown' ? 1 : -1);
      return;
    }
    // Digits type as digits inside a field; there Alt+digit inserts the phrase instead.
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
    if (!digit || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!event.altKey && isTextTarget(event.target)) return;
    const phrase = phrases[Number(digit) - 1];
    if (!phrase) return;
    event.preventDefault();
    insertPhrase(phrase);
  }

  return (
    <div className="meeting-mode" ref={panelRef} tabIndex={-1} onKeyDown={onKeyDown} aria-labelledby="meeting-mode-heading" role="region">
      <div className="meeting-mode-bar">
        <h2 id="meeting-mode-heading" className="meeting-mode-title">
          <span className="kicker">{t.heading}</span>
          <span>
            <span className="item-number">{agendaText.list.number(label)}:</span> {item.title}
          </span>
        </h2>
        <div className="meeting-mode-nav">
          <span className="muted meeting-mode-progress">{t.progress(done, total)}</span>
          <button type="button" className="button small" onClick={() => go(-1)} disabled={index === 0} aria-keyshortcuts="Alt+PageUp">
            ← {t.previous}
          </button>
          <button type="button" className="button small" onClick={() => go(1)} disabled={index === meeting.items.length - 1} aria-keyshortcuts="Alt+PageDown">
            {t.next} →
          </button>
          <button type="button" className="button small quiet" onClick={onExit}>
            {t.exit}
          </button>
        </div>
      </div>
      <p className="hint meeting-mode-intro">{t.intro}</p>
      {item.postponedTo && <p className="postponed-note">{agendaText.list.postponedTo(formatDateShort(item.postponedTo.date))}</p>}
      <div className="meeting-mode-columns">
        <section className="meeting-mode-recommendation" aria-labelledby="mm-recommendation">
          <h3 id="mm-recommendation" className="section-heading">
            {recommendation?.title ?? t.recommendation}
          </h3>
          {recommendation ? (
            <RichDocView doc={getDraft<RichDoc>(saveKeys.section(item.id, recommendation.id)) ?? recommendation.body} />
          ) : (
            <p className="muted">{t.noRecommendation}</p>
          )}
        </section>
        <div className="meeting-mode-decision">
          {decision ? (
            <>
              <div className="phrase-bar" role="group" aria-label={t.phrases}>
                {phrases.map((phrase, i) => (
                  <button
                    key={phrase}
                    type="button"
                    className="button small phrase"
                    aria-label={t.phraseLabel(i + 1, phrase)}
                    aria-keyshortcuts={`${i + 1} Alt+${i + 1}`}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => insertPhrase(phrase)}
                  >
                    <kbd>{i + 1}</kbd> {phrase}
                  </button>
                ))}
              </div>
              <RichTextField
                key={decision.id}
                saveKey={saveKeys.section(item.id, decision.id)}
                heading={sectionHeading(committee, meeting, decision)}
                label={decision.title}
                decision
                initial={decision.body}
                onSave={sectionSaver({ meetingId: meeting.id, itemId: item.id, state }, decision.id)}
                editorRef={editorRef}
              />
              <ItemVote key={item.id} meeting={meeting} committee={committee} item={item} state={state} locked={isContentLocked(meeting)} />
            </>
          ) : (
            <p className="muted">{t.noDecisionSection}</p>
          )}
        </div>
      </div>
    </div>
  );
}
