import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { LinkForm } from './LinkForm.tsx';
import { BulletListIcon, HeadingIcon, LinkIcon, OrderedListIcon, TableIcon } from './icons.tsx';
import type { FieldKind } from './extensions.ts';
import { editorText } from '../../../shared/i18n/editor.da.ts';

type Props = { editor: Editor; label: string; kind?: FieldKind };

export function EditorToolbar({ editor, label, kind = 'tekst' }: Props) {
  // Only the tools the field's schema has: a decision has no sub-headings or tables.
  const rich = kind === 'tekst';
  const t = editorText;
  const [linkOpen, setLinkOpen] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      heading: rich && e.isActive('heading', { level: 3 }),
      link: e.isActive('link'),
      table: rich && e.isActive('table'),
    }),
  });

  // One tab stop for the whole toolbar (WAI-ARIA toolbar pattern); arrows move within it.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length;
    buttons.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  }

  let first = true;
  const button = (name: string, pressed: boolean | undefined, run: () => void, content: ReactNode, className = '') => {
    const tabIndex = first ? 0 : -1;
    first = false;
    return (
      <button
        type="button"
        className={`tool ${className}`}
        aria-label={name}
        title={name}
        aria-pressed={pressed}
        tabIndex={tabIndex}
        // Keeps the selection in the editor when clicked with the mouse.
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
      >
        {content}
      </button>
    );
  };
  const chain = () => editor.chain().focus();

  return (
    <>
      <div className="toolbar" role="toolbar" aria-label={t.toolbar(label)} onKeyDown={onKeyDown}>
        {button(t.bold, active?.bold, () => chain().toggleBold().run(), <b>F</b>)}
        {button(t.italic, active?.italic, () => chain().toggleItalic().run(), <i>K</i>)}
        {button(t.underline, active?.underline, () => chain().toggleUnderline().run(), <u>U</u>)}
        <span className="tool-sep" aria-hidden="true" />
        {button(t.bulletList, active?.bulletList, () => chain().toggleBulletList().run(), <BulletListIcon />)}
        {button(t.orderedList, active?.orderedList, () => chain().toggleOrderedList().run(), <OrderedListIcon />)}
        {rich && button(t.subheading, active?.heading, () => chain().toggleHeading({ level: 3 }).run(), <HeadingIcon />)}
        <span className="tool-sep" aria-hidden="true" />
        {button(t.link, active?.link, () => setLinkOpen(true), <LinkIcon />)}
        {rich && button(t.table, undefined, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), <TableIcon />)}
        {rich && active?.table && (
          <>
            <span className="tool-sep" aria-hidden="true" />
            {button(t.addRow, undefined, () => chain().addRowAfter().run(), t.addRow, 'text-tool')}
            {button(t.addColumn, undefined, () => chain().addColumnAfter().run(), t.addColumn, 'text-tool')}
            {button(t.deleteRow, undefined, () => chain().deleteRow().run(), t.deleteRow, 'text-tool')}
            {button(t.deleteColumn, undefined, () => chain().deleteColumn().run(), t.deleteColumn, 'text-tool')}
            {button(t.deleteTable, undefined, () => chain().deleteTable().run(), t.deleteTable, 'text-tool')}
          </>
        )}
      </div>
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
    </>
  );
}
