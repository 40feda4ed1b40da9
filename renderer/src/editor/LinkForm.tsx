import { useId, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { normalizeLinkUrl } from './linkUrl.ts';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { editorText } from '../../../shared/i18n/editor.da.ts';

type Props = { editor: Editor; onDone(): void };

/** An inline form, because Electron does not implement window.prompt. */
export function LinkForm({ editor, onDone }: Props) {
  const t = editorText;
  const id = useId();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [url, setUrl] = useState(current);
  const [error, setError] = useState<string>();

  function apply(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const href = normalizeLinkUrl(url);
    if (!href) return setError(t.linkInvalid);
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    onDone();
  }

  return (
    <form className="link-form" onSubmit={apply} noValidate>
      <label htmlFor={`${id}-url`}>{t.linkUrl}</label>
      <input
        id={`${id}-url`}
        type="url"
        value={url}
        autoFocus
        placeholder="https://"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
            editor.commands.focus();
          }
        }}
      />
      <button type="submit" className="button small primary">
        {t.linkApply}
      </button>
      {current && (
        <button
          type="button"
          className="button small"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onDone();
          }}
        >
          {t.linkRemove}
        </button>
      )}
      <button
        type="button"
        className="button small quiet"
        onClick={() => {
          onDone();
          editor.commands.focus();
        }}
      >
        {uiText.cancel}
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
