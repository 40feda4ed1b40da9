import { ICON_PROPS } from './iconProps.ts';

/** The copy tool of the item list, drawn inline like the editor's icons: no icon font, crisp at any zoom. */
const base = ICON_PROPS;

export function CopyIcon() {
  return (
    <svg {...base}>
      <rect x="5.25" y="5.25" width="8.5" height="8.5" rx="1" />
      <path d="M10.75 5.25v-2a1 1 0 0 0-1-1h-6.5a1 1 0 0 0-1 1v6.5a1 1 0 0 0 1 1h2" />
    </svg>
  );
}
