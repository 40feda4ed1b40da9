import { useContext, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { StoreReadOnlyContext } from '../data/StoreReadOnlyContext.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { useFieldSaveError } from '../save/useSaveState.ts';
import { getDraft, setLazyDraft } from '../save/drafts.ts';
import { extensionsFor } from './extensions.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { MAX_PASTE_CHARS, pasteSize, transformPastedHtml } from './pasteGuard.ts';
import { pastePlainText } from './plainTextPaste.ts';
import { pasteHtml, SLICED_HTML_CHARS } from './htmlPaste.ts';
import { editorText } from '../../../shared/i18n/editor.da.ts';

type Props = {
  saveKey: string;
  heading: string;
  label: string;
  decision: boolean;
  hint?: string;
  initial: RichDoc;
  /** False while the protocol is locked: the text can be read and selected, not changed. */
  editable?: boolean;
  onSave(body: RichDoc): Promise<void>;
  /** Gives the editor to a parent that inserts text itself (meeting mode's standard phrases). */
  editorRef?: RefObject<Editor | null>;
  /** Hides the visible heading where the surrounding panel already names the field. */
  hideHeading?: boolean;
};

/** Above this size (ProseMirror positions, about characters) a field lays out only the blocks on screen (`.large-doc` in editor.css). */
const LARGE_DOC = 100_000;

/**
 * Chromium's typing in a contenteditable walks and lays out the whole editing
 * host on every keystroke (about 100 ms in a 1 MB Sagsfremstilling, nearly
 * all of it in Blink's selection sync). With `content-visibility: auto` on its
 * blocks, the blocks off screen are skipped. Only large fields get it, so an
 * ordinary field looks exactly as before. ProseMirror recomputes the
 * attributes on each update, which costs a comparison.
 */
const contentClass = (state: EditorState) => (state.doc.content.size > LARGE_DOC ? 'rich-content large-doc' : 'rich-content');

/**
 * One section of an item. The editor owns its content after mount: answers
 * from the server never reset it, so typing is never interrupted or undone.
 */
export function RichTextField({ saveKey, heading, label, decision, hint, initial, editable: editableProp = true, onSave, editorRef, hideHeading }: Props) {
  const editable = editableProp && !useContext(StoreReadOnlyContext);
  const id = useId();
  const [pasteError, setPasteError] = useState<string>();
  const [pasteProgress, setPasteProgress] = useState<number>();
  const editorInstance = useRef<Editor | null>(null);
  // While a long paste goes in slice by slice, the draft and the save wait for its end: one copy of the document, not one per slice.
  const pasting = useRef(false);
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  const error = useFieldSaveError(saveKey);

  /**
   * Records an edit: the draft and the debounced save hold ProseMirror's
   * immutable document and serialise it once, when they are used. Serialising
   * on every keystroke cost several milliseconds per keystroke in a 1 MB field.
   */
  function keep(doc: ProseMirrorNode) {
    let body: RichDoc | undefined;
    const read = () => (body ??= doc.toJSON() as RichDoc);
    setLazyDraft(saveKey, read);
    saveTracker.schedule(saveKey, () => onSaveRef.current(read()));
  }

  const editor = useEditor(
    {
      // Decisions get their own, smaller schema (no headings, no tables).
      extensions: extensionsFor(decision ? 'beslutning' : 'tekst'),
      editable,
      content: getDraft<RichDoc>(saveKey) ?? initial,
      editorProps: {
        attributes: (state) => ({
          class: contentClass(state),
          role: 'textbox',
          'aria-multiline': 'true',
          ...(editable ? {} : { 'aria-readonly': 'true' }),
          'aria-label': label,
          ...(hint && editable ? { 'aria-describedby': `${id}-hint` } : {}),
          spellcheck: 'true',
          lang: 'da',
        }),
        transformPastedHTML: transformPastedHtml,
        handleDOMEvents: {
          // Checked before ProseMirror parses the clipboard: a huge paste is refused whole, and the window stays responsive.
          paste: (_view, event) => {
            if (pasteSize(event.clipboardData) > MAX_PASTE_CHARS) {
              event.preventDefault();
              setPasteError(editorText.paste.tooLarge(Math.round(MAX_PASTE_CHARS / 1024 / 1024)));
              return true;
            }
            setPasteError(undefined);
            // Plain text (a PDF, an e-mail) becomes lists and tables, a slice at a time; a large HTML paste goes in a slice at a time too; smaller HTML goes to ProseMirror's own parser.
            const data = event.clipboardData;
            const plain = data?.getData('text/plain') ?? '';
            const html = data?.getData('text/html') ?? '';
            const current = editorInstance.current;
            if (!current || (html === '' ? plain === '' : html.length <= SLICED_HTML_CHARS)) return false;
            event.preventDefault();
            setPasteProgress(0);
            pasting.current = true;
            const done = html === '' ? pastePlainText(current, plain, { tables: !decision, onProgress: setPasteProgress }) : pasteHtml(current, html, { onProgress: setPasteProgress });
            void done.finally(() => {
              pasting.current = false;
              setPasteProgress(undefined);
              if (current.isDestroyed) return;
              keep(current.state.doc);
            });
            return true;
          },
        },
      },
      onUpdate: ({ editor: e }) => {
        if (pasting.current) return;
        keep(e.state.doc);
      },
      onBlur: () => void saveTracker.flush(saveKey),
    },
    // A new editor when the lock changes: its attributes (aria-readonly) are fixed at creation.
    [saveKey, editable],
  );

  useEffect(() => {
    editorInstance.current = editor;
  }, [editor]);
  useEffect(() => () => void saveTracker.flush(saveKey), [saveKey]);
  // A refused save (a full disk, say) marks the text itself as not saved until a save succeeds; what was typed stays.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (error) {
      dom.setAttribute('aria-invalid', 'true');
      dom.setAttribute('aria-errormessage', `${id}-save-error`);
    } else {
      dom.removeAttribute('aria-invalid');
      dom.removeAttribute('aria-errormessage');
    }
  }, [editor, error, id]);
  useEffect(() => {
    if (!editorRef) return;
    editorRef.current = editor;
    return () => {
      editorRef.current = null;
    };
  }, [editor, editorRef]);

  return (
    <section className={decision ? 'section decision' : 'section'} aria-labelledby={`${id}-heading`} data-save-key={saveKey}>
      <div className="section-head">
        <h3 className={hideHeading ? 'section-heading visually-hidden' : 'section-heading'} id={`${id}-heading`}>
          {heading}
        </h3>
        {decision && <span className="badge decision-badge">{editorText.decisionBadge}</span>}
        {error && <span className="badge unsaved-badge">{editorText.notSaved}</span>}
      </div>
      {hint && editable && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={`rich-field${error ? ' has-error' : ''}${editable ? '' : ' readonly'}`}>
        {editable && <EditorToolbar editor={editor} label={label} kind={decision ? 'beslutning' : 'tekst'} />}
        <EditorContent editor={editor} />
      </div>
      {error && (
        <p className="field-error" role="alert" id={`${id}-save-error`}>
          {error}
        </p>
      )}
      {pasteProgress !== undefined && (
        <p className="paste-progress" role="status">
          <progress value={pasteProgress} max={1} aria-label={editorText.paste.progressLabel} /> {editorText.paste.progress(Math.round(pasteProgress * 100))}
        </p>
      )}
      {pasteError && (
        <p className="field-error" role="alert">
          {pasteError}
        </p>
      )}
    </section>
  );
}
