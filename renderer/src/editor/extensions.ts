import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Extension, type Extensions } from '@tiptap/react';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { KeptLink } from './keptLink.ts';

export type FieldKind = 'tekst' | 'beslutning';

/**
 * One schema per kind of field. Code marks and blocks are left out everywhere:
 * protocols never use them, and text pasted from Word would otherwise pick them up.
 */
const starter = (kind: FieldKind) =>
  StarterKit.configure({
    // A decision is a phrase or a few paragraphs and a list: sub-headings would break the protocol's outline there.
    heading: kind === 'beslutning' ? false : { levels: [2, 3, 4] },
    blockquote: kind === 'beslutning' ? false : undefined,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: kind === 'beslutning' ? false : undefined,
    // Our own link mark (keptLink.ts): a pasted link keeps its address.
    link: false,
  });

const link = KeptLink.configure({ openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['mailto'] });

/**
 * Start and end of the field by our own commands, not the browser's: a large
 * field skips laying out the blocks off screen (`.large-doc`), and Chromium's
 * own Ctrl+End then stops at the last block it has laid out.
 */
const DocumentEnds = Extension.create({
  name: 'documentEnds',
  addKeyboardShortcuts() {
    const to = (end: boolean, extend: boolean) => () =>
      this.editor.commands.command(({ tr, dispatch }) => {
        const target = end ? Selection.atEnd(tr.doc) : Selection.atStart(tr.doc);
        if (dispatch) tr.setSelection(extend ? TextSelection.between(tr.selection.$anchor, target.$head) : target).scrollIntoView();
        return true;
      });
    return {
      'Ctrl-Home': to(false, false),
      'Ctrl-End': to(true, false),
      'Shift-Ctrl-Home': to(false, true),
      'Shift-Ctrl-End': to(true, true),
      'Meta-ArrowUp': to(false, false),
      'Meta-ArrowDown': to(true, false),
      'Shift-Meta-ArrowUp': to(false, true),
      'Shift-Meta-ArrowDown': to(true, true),
    };
  },
});

/** Sagsfremstilling, Indstilling …: sub-headings and tables as in the real protocols. */
export const textExtensions: Extensions = [starter('tekst'), link, DocumentEnds, Table.configure({ resizable: false }), TableRow, TableHeader, TableCell];

/** Beslutning: paragraphs, bold/italic/underline, lists and links; no headings, no tables. */
export const decisionExtensions: Extensions = [starter('beslutning'), link, DocumentEnds];

export function extensionsFor(kind: FieldKind): Extensions {
  return kind === 'beslutning' ? decisionExtensions : textExtensions;
}

/** The schema of a text section; kept for callers that predate per-kind schemas. */
export const extensions = textExtensions;
