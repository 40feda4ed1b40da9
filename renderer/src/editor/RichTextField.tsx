import { useEffect, useId, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { RichDoc } from '../../../shared/text/richText.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { getDraft, setDraft } from '../save/drafts.ts';
import { extensions } from './extensions.ts';
import { EditorToolbar } from './EditorToolbar.tsx';

type Props = {
  saveKey: string;
  heading: string;
  label: string;
  decision: boolean;
  decisionBadge: string;
  hint?: string;
  initial: RichDoc;
  /** False while the protocol is locked: the text can be read and selected, not changed. */
  editable?: boolean;
  onSave(body: RichDoc): Promise<void>;
};

/**
 * One section of an item. The editor owns its content after mount: answers
 * from the server never reset it, so typing is never interrupted or undone.
 */
export function RichTextField({ saveKey, heading, label, decision, decisionBadge, hint, initial, editable = true, onSave }: Props) {
  const id = useId();
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  const error = useFieldSaveError(saveKey);

  const editor = useEditor(
    {
      extensions,
      editable,
      content: getDraft<RichDoc>(saveKey) ?? initial,
      editorProps: {
        attributes: {
          class: 'rich-content',
          role: 'textbox',
          'aria-multiline': 'true',
          ...(editable ? {} : { 'aria-readonly': 'true' }),
          'aria-label': label,
          ...(hint && editable ? { 'aria-describedby': `${id}-hint` } : {}),
          spellcheck: 'true',
          lang: 'da',
        },
      },
      onUpdate: ({ editor: e }) => {
        const body = e.getJSON() as RichDoc;
        setDraft(saveKey, body);
        saveTracker.schedule(saveKey, () => onSaveRef.current(body));
      },
      onBlur: () => void saveTracker.flush(saveKey),
    },
    // A new editor when the lock changes: its attributes (aria-readonly) are fixed at creation.
    [saveKey, editable],
  );

  useEffect(() => () => void saveTracker.flush(saveKey), [saveKey]);

  return (
    <section className={decision ? 'section decision' : 'section'} aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h3 className="section-heading" id={`${id}-heading`}>
          {heading}
        </h3>
        {decision && <span className="badge decision-badge">{decisionBadge}</span>}
      </div>
      {hint && editable && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={`rich-field${error ? ' has-error' : ''}${editable ? '' : ' readonly'}`}>
        {editable && <EditorToolbar editor={editor} label={label} />}
        <EditorContent editor={editor} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
