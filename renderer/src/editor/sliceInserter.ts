import type { Editor } from '@tiptap/react';
import { Slice, type Fragment } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/**
 * Puts a large paste in at the cursor a slice at a time (plain text and HTML
 * alike), as one paste would: the first slice opens into the paragraph at
 * the cursor and the last closes into what follows it; the slices between are
 * whole blocks inserted before that rest, so no paragraph is split or joined
 * at a slice boundary. All slices are one undo step.
 */
export function sliceInserter(editor: Editor): (content: Fragment, last: boolean) => void {
  // Counted from the end of the document: a position mapped through the first insertion can land before it
  // (pasting into an empty paragraph replaces its closing token), while the text after the cursor never moves.
  const tail = editor.state.doc.content.size - editor.state.selection.to;
  let first: Transaction | undefined;
  return (content, last) => {
    if (content.childCount === 0) return;
    const opensStart = first === undefined && content.firstChild!.type.name === 'paragraph';
    const opensEnd = last && content.lastChild!.type.name === 'paragraph';
    const slice = new Slice(content, opensStart ? 1 : 0, opensEnd ? 1 : 0);
    const tr = editor.state.tr;
    if (first === undefined) tr.replaceSelection(slice);
    else {
      const rest = editor.state.doc.content.size - tail;
      tr.replaceRange(rest, rest, slice);
    }
    // Scrolling lays the whole field out: once, at the end, not per slice.
    if (last) tr.scrollIntoView();
    // Later slices join the first one's undo step, however long the slices take.
    if (first) tr.setMeta('appendedTransaction', first);
    else first = tr;
    editor.view.dispatch(tr);
  };
}
