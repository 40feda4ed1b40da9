import type { ImportedItem } from '../../../shared/import/importedMeeting.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

type Props = { item: ImportedItem; index: number; onChange(item: ImportedItem): void };

/** One recognised item: number, title, case number and lukket to correct; its sections, where a wrong boundary can be joined away. */
export function ImportedItemFields({ item, index, onChange }: Props) {
  const t = importText.screen;
  const id = `import-item-${index}`;
  const set = (patch: Partial<ImportedItem>) => onChange({ ...item, ...patch });

  /** A heading read as a section boundary that is none: its text goes on under the section above. */
  function joinWithPrevious(sectionIndex: number) {
    const sections = [...item.sections];
    const above = sections[sectionIndex - 1];
    const section = sections[sectionIndex];
    if (!above || !section) return;
    const heading = section.heading ? [{ type: 'paragraph', content: [{ type: 'text', text: section.heading, marks: [{ type: 'bold' }] }] }] : [];
    sections.splice(sectionIndex - 1, 2, {
      ...above,
      body: { ...above.body, content: [...(above.body.content ?? []), ...heading, ...(section.body.content ?? [])] },
      uncertain: [...above.uncertain, ...section.uncertain],
    });
    set({ sections });
  }

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
          {item.sections.map((section, s) => (
            <li key={s} className={section.uncertain.length ? 'unsure' : undefined}>
              <span className="import-section-heading">{section.heading || section.title}</span>
              {section.kind === 'beslutning' && <span className="badge decision-badge">{t.decision}</span>}
              {section.heading && section.title !== section.heading && <span className="muted"> → {section.title}</span>}
              {s > 0 && (
                <button type="button" className="button small quiet" aria-label={t.joinSectionLabel(section.heading || section.title)} onClick={() => joinWithPrevious(s)}>
                  {t.joinSection}
                </button>
              )}
              {section.uncertain.map((message) => (
                <p key={message} className="import-uncertain-note">
                  {message}
                </p>
              ))}
            </li>
          ))}
        </ol>
        {item.attachments.length > 0 && <p className="muted">{t.attachments(item.attachments.length)}</p>}
      </fieldset>
    </li>
  );
}
