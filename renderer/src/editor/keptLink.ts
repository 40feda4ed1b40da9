import Link from '@tiptap/extension-link';
import { PasteRule } from '@tiptap/react';

/**
 * The link mark, whose paste rule never rewrites a link that came with the
 * paste: Word or a web page pasting `<a href="https://www.klimatilpasning.dk/">klimatilpasning.dk</a>`
 * keeps its address, where the stock rule would make it `http://klimatilpasning.dk`.
 * Bare addresses in pasted text are still linked.
 */
export const KeptLink = Link.extend({
  addPasteRules() {
    const rules = this.parent?.() ?? [];
    const type = this.type;
    return rules.map(
      (rule) =>
        new PasteRule({
          find: rule.find,
          handler: (props) => {
            if (props.state.doc.rangeHasMark(props.range.from, props.range.to, type)) return null;
            return rule.handler(props);
          },
        }),
    );
  },
});
