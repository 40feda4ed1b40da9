import { useId, useState } from 'react';
import type { ImportedSection } from '../../../shared/import/importedMeeting.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';
import { HeadingChoice } from './HeadingChoice.tsx';
import type { SectionHeading } from './sectionEdits.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

type Props = {
  section: ImportedSection;
  headings: SectionHeading[];
  /** The heading offered first: the template's first heading the item does not have yet. */
  proposed: string;
  onSplit(blockIndex: number, heading: SectionHeading): void;
  onClose(): void;
};

const PREVIEW = 160;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

/** Where a section is split: a radio per top-level block (from the second on), then the new part's heading. */
export function SectionSplit({ section, headings, proposed, onSplit, onClose }: Props) {
  const t = importText.screen;
  const id = useId();
  const blocks = section.body.content ?? [];
  const [at, setAt] = useState(1);
  const heading = section.heading || section.title;
  return (
    <fieldset className="import-split">
      <legend>{t.splitWhere(heading)}</legend>
      <ol className="import-split-blocks">
        {blocks.map((block, i) => {
          const text = preview(docToPlainText(block)) || t.emptyBlock;
          return i === 0 ? (
            <li key={i} className="muted">
              {t.splitBefore(1, text)}
            </li>
          ) : (
            <li key={i}>
              <label className="check">
                <input type="radio" name={`${id}-at`} checked={at === i} onChange={() => setAt(i)} />
                {t.splitBefore(i + 1, text)}
              </label>
            </li>
          );
        })}
      </ol>
      <HeadingChoice headings={headings} initial={proposed} confirmLabel={t.splitConfirm} onConfirm={(h) => onSplit(at, h)} onClose={onClose} />
    </fieldset>
  );
}
