import { ICON_PROPS } from '../ui/iconProps.ts';

/** Small stroke icons drawn inline: no icon font, no remote resource, crisp at any zoom. */
const base = ICON_PROPS;

export function BulletListIcon() {
  return (
    <svg {...base}>
      <circle cx="2.5" cy="4" r="1" fill="currentColor" stroke="none" />
      <circle cx="2.5" cy="8" r="1" fill="currentColor" stroke="none" />
      <circle cx="2.5" cy="12" r="1" fill="currentColor" stroke="none" />
      <path d="M6 4h8M6 8h8M6 12h8" />
    </svg>
  );
}

export function OrderedListIcon() {
  return (
    <svg {...base}>
      <path d="M6 4h8M6 8h8M6 12h8" />
      <path d="M1.8 2.8 2.8 2.2v3.3M1.6 9.2c.3-.6 1.8-.7 1.8.2 0 .7-1.8 1.3-1.8 2.1h1.9" strokeWidth="1.1" />
    </svg>
  );
}

export function HeadingIcon() {
  return (
    <svg {...base}>
      <path d="M3 3v10M10 3v10M3 8h7M12.5 13V9.5l-1.2.7" />
    </svg>
  );
}

export function LinkIcon() {
  return (
    <svg {...base}>
      <path d="M6.8 9.2a2.8 2.8 0 0 0 4 0l2.1-2.1a2.8 2.8 0 0 0-4-4l-.9.9" />
      <path d="M9.2 6.8a2.8 2.8 0 0 0-4 0L3.1 8.9a2.8 2.8 0 0 0 4 4l.9-.9" />
    </svg>
  );
}

export function TableIcon() {
  return (
    <svg {...base}>
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1" />
      <path d="M1.75 6.25h12.5M1.75 9.75h12.5M6 6.25v7M10 6.25v7" />
    </svg>
  );
}
