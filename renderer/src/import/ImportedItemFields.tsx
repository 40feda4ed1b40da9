import { useState } from 'react';
import type { ImportedItem } from '../../../shared/import/importedMeeting.ts';
import { focusWhenReady } from '../ui/focus.ts';
import { HeadingChoice } from './HeadingChoice.tsx';
import { SectionSplit } from './SectionSplit.tsx';
import { joinWithPrevious, MAX_SECTIONS, renameSection, splitSection, type SectionHeading } from './sectionEdits.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

type Props = {
  item: ImportedItem;
  index: number;
  /** The section headings of the committee the meeting goes into. */
  headings: SectionHeading[];
  onChange(item: ImportedItem): void;
  /** Moves the first section to the item above (`up`) or the last to the item below (`down`); absent at the ends. */
  onMoveUp?(): void;
  onMoveDown?(): void;
};

type Open = { section: number; mode: 'split' | 'rename' } | null;

/**
 * One recognised item: number, title, case number and lukket to correct; its
 * sections, whose boundaries can be corrected: split at a paragraph under a
 * heading of the template or a free one, joined with the section above,
 * renamed, or moved to the neighbouring item. All of it stays in the review.
 */
export function ImportedItemFields({ item, index, headings, onChange, onMoveUp, onMoveDown }: Props) {
  const t = importText.screen;
  const id = `import-item-${index}`;
  const [open, setOpen] = useState<Open>(null);
  const set = (patch: Partial<ImportedItem>) => onChange({ ...item, ...patch });
  const sectionId = (s: number) => `${id}-section-${s}`;
  const close = (s: number, control: 'split' | 'rename') => {
    setOpen(null);
    focusWhenReady(`#${sectionId(s)}-${control}`);
  };
  // The template's first heading this item does not have yet is the likeliest for a new part.
  const proposed = headings.find((h) => !item.sections.some((s) => s.title.toLowerCase() === h.title.toLowerCase()))?.title ?? '';

  const unsure = item.uncertain.length > 0 || item.sections.some((s) => s.uncertain.length > 0);
  return (
    <li className={unsure ? 'import-item unsure' : 'import-item'} id={id}>
      <fieldset>
        <legend>
          {t.itemLegend(item.number || String(index + 1), item.title)}
          {unsure && <span className="badge import-unsure">{t.uncertainBadge}</span>}
        </legend>
        {item.uncertain.map((message) => (
          <p key={message} className="import-uncertain-note">
            {message}
          </p>
        ))}
        <div className="import-item-fields">
          <div className="field import-number">
            <label htmlFor={`${id}-number`}>{t.number}</label>
            <input id={`${id}-number`} type="text" maxLength={20} value={item.number} onChange={(e) => set({ number: e.target.value })} />
          </div>
          <div className="field field-grow">
            <label htmlFor={`${id}-title`}>{t.itemTitle}</label>
            <input id={`${id}-title`} type="text" value={item.title} aria-invalid={item.title.trim() === '' ? true : undefined} onChange={(e) => set({ title: e.target.value })} />
          </div>
          <div className="field import-case">
            <label htmlFor={`${id}-case`}>{t.caseNumber}</label>
            <input id={`${id}-case`} type="text" maxLength={100} value={item.caseNumber} onChange={(e) => set({ caseNumber: e.target.value })} />
          </div>
          <label className="check import-closed">
            <input type="checkbox" checked={item.closed} onChange={(e) => set({ closed: e.target.checked })} />
            {t.closed}
          </label>
        </div>
        <ol className="import-sections" aria-label={t.sectionsLabel}>
          {item.sections.map((section, s) => {
            const heading = section.heading || section.title;
            const blocks = section.body.content?.length ?? 0;
            const last = s === item.sections.length - 1;
            return (
              <li key={s} id={sectionId(s)} className={section.uncertain.length ? 'unsure' : undefined}>
                <div className="import-section-line">
                  <span className="import-section-heading">{heading}</span>
                  {section.kind === 'beslutning' && <span className="badge decision-badge">{t.decision}</span>}
                  {section.heading && section.title !== section.heading && <span className="muted"> → {section.title}</span>}
                  <span className="import-section-actions">
                    {/* A section of one paragraph has nowhere to split. */}
                    {blocks > 1 && (
                      <button
                        type="button"
                        id={`${sectionId(s)}-split`}
                        className="button small quiet"
                        aria-label={t.splitSectionLabel(heading)}
                        aria-expanded={open?.section === s && open.mode === 'split'}
                        disabled={item.sections.length >= MAX_SECTIONS}
                        title={item.sections.length >= MAX_SECTIONS ? t.tooManySections : undefined}
                        onClick={() => setOpen(open?.section === s && open.mode === 'split' ? null : { section: s, mode: 'split' })}
                      >
                        {t.splitSection}
                      </button>
                    )}
                    <button
                      type="button"
                      id={`${sectionId(s)}-rename`}
                      className="button small quiet"
                      aria-label={t.renameSectionLabel(heading)}
                      aria-expanded={open?.section === s && open.mode === 'rename'}
                      onClick={() => setOpen(open?.section === s && open.mode === 'rename' ? null : { section: s, mode: 'rename' })}
                    >
                      {t.renameSection}
                    </button>
                    {s > 0 && (
                      <button
                        type="button"
                        className="button small quiet"
                        aria-label={t.joinSectionLabel(heading)}
                        onClick={() => {
                          setOpen(null);
                          onChange(joinWithPrevious(item, s));
                          focusWhenReady([`#${sectionId(s - 1)}-split`, `#${sectionId(s - 1)}-rename`]);
                        }}
                      >
                        {t.joinSection}
                      </button>
                    )}
                    {s === 0 && onMoveUp && (
                      <button type="button" className="button small quiet" aria-label={t.moveUpLabel(heading)} onClick={onMoveUp}>
                        {t.moveUp}
                      </button>
                    )}
                    {last && onMoveDown && (
                      <button type="button" className="button small quiet" aria-label={t.moveDownLabel(heading)} onClick={onMoveDown}>
                        {t.moveDown}
                      </button>
                    )}
                  </span>
                </div>
                {section.uncertain.map((message) => (
                  <p key={message} className="import-uncertain-note">
                    {message}
                  </p>
                ))}
                {open?.section === s && open.mode === 'split' && (
                  <SectionSplit
                    section={section}
                    headings={headings}
                    proposed={proposed}
                    onClose={() => close(s, 'split')}
                    onSplit={(at, next) => {
                      setOpen(null);
                      onChange(splitSection(item, s, at, next));
                      focusWhenReady(`#${sectionId(s + 1)}-rename`);
                    }}
                  />
                )}
                {open?.section === s && open.mode === 'rename' && (
                  <fieldset className="import-split">
                    <legend>{t.renameSectionLabel(heading)}</legend>
                    <HeadingChoice
                      headings={headings}
                      initial={section.title}
                      confirmLabel={t.renameConfirm}
                      onClose={() => close(s, 'rename')}
                      onConfirm={(next: SectionHeading) => {
                        onChange(renameSection(item, s, next));
                        close(s, 'rename');
                      }}
                    />
                  </fieldset>
                )}
              </li>
            );
          })}
        </ol>
        {item.attachments.length > 0 && <p className="muted">{t.attachments(item.attachments.length)}</p>}
      </fieldset>
    </li>
  );
}
