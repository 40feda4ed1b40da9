type Props = {
  index: number;
  count: number;
  upLabel: string;
  downLabel: string;
  removeLabel: string;
  /** Why removing is not possible, as a tooltip and accessible description (the decision section, say). */
  removeBlockedReason?: string;
  onMove(from: number, to: number): void;
  onRemove(): void;
};

/** Up, down and remove for one row of a reorderable list; every button is named after its row. */
export function RowButtons({ index, count, upLabel, downLabel, removeLabel, removeBlockedReason, onMove, onRemove }: Props) {
  return (
    <div className="row-buttons">
      <button type="button" className="icon-button" aria-label={upLabel} title={upLabel} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" aria-label={downLabel} title={downLabel} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="icon-button danger"
        aria-label={removeLabel}
        title={removeBlockedReason ?? removeLabel}
        disabled={removeBlockedReason !== undefined}
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
