import { moveKeyTarget } from './templateRows.ts';

type Props = {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  index: number;
  count: number;
  onChange(value: string): void;
  /** Alt+↑/↓ in the title moves its row; the caller moves it and puts focus back. */
  onMove(to: number): void;
};

/** The title field that leads every row of a template list (sections, standard items). */
export function TemplateRowTitleInput({ id, label, value, maxLength, index, count, onChange, onMove }: Props) {
  return (
    <input
      id={id}
      type="text"
      className="template-row-title"
      aria-label={label}
      value={value}
      maxLength={maxLength}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        const to = moveKeyTarget(e, index, count);
        if (to !== undefined) onMove(to);
      }}
    />
  );
}
