import { refocusById } from '../ui/focus.ts';

type Props = {
  /** Stable per row, so focus can follow the row after it moves. */
  rowKey: string;
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
export function RowButtons({ rowKey, index, count, upLabel, downLabel, removeLabel, removeBlockedReason, onMove, onRemove }: Props) {
  // The pressed button may end up disabled (first or last place): keep focus on the row's other arrow then.
  const move = (to: number) => {
    onMove(index, to);
    const atEdge = to === 0 || to === count - 1;
    const pressed = to < index ? 'up' : 'down';
    const other = pressed === 'up' ? 'down' : 'up';
    refocusById(`row-${rowKey}-${atEdge ? other : pressed}`);
  };
  return (
    <div className="row-buttons">
      <button id={`row-${rowKey}-up`} type="button" className="icon-button" aria-label={upLabel} title={upLabel} disabled={index === 0} onClick={() => move(index - 1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button
        id={`row-${rowKey}-down`}
        type="button"
        className="icon-button"
        aria-label={downLabel}
        title={downLabel}
        disabled={index === count - 1}
        onClick={() => move(index + 1)}
      >
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
