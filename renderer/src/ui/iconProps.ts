/** What every inline stroke icon shares: 16 px, drawn in the text colour, hidden from screen readers. */
export const ICON_PROPS = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};
