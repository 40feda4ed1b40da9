export type MeetingTab = 'dagsorden' | 'underskrift';

export type Route =
  | { kind: 'home' }
  | { kind: 'newCommittee' }
  /** The member's side: own key file and approving a package offline. */
  | { kind: 'memberApproval' }
  /** Backups of the data directory: take one, restore one. */
  | { kind: 'backups' }
  /** Importing a referat or dagsorden (DOCX or PDF): pick, review, commit. */
  | { kind: 'import' }
  /** Sharing through CouchDB: the server, the committees shared, the conflicts. */
  | { kind: 'sync' }
  | { kind: 'committee'; committeeId: string }
  | { kind: 'meeting'; meetingId: string; tab: MeetingTab; itemId?: string };

/** Hash routes keep the place across a reload and work from file:// in Electron. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id, sub, subId] = parts;
  if (head === 'udvalg' && id === 'nyt') return { kind: 'newCommittee' };
  if (head === 'godkend') return { kind: 'memberApproval' };
  if (head === 'sikkerhedskopier') return { kind: 'backups' };
  if (head === 'importer') return { kind: 'import' };
  if (head === 'deling') return { kind: 'sync' };
  if (head === 'udvalg' && id) return { kind: 'committee', committeeId: id };
  if (head === 'moede' && id) {
    if (sub === 'underskrift') return { kind: 'meeting', meetingId: id, tab: 'underskrift' };
    return { kind: 'meeting', meetingId: id, tab: 'dagsorden', itemId: sub === 'punkt' ? subId : undefined };
  }
  return { kind: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '#/';
    case 'newCommittee':
      return '#/udvalg/nyt';
    case 'memberApproval':
      return '#/godkend';
    case 'backups':
      return '#/sikkerhedskopier';
    case 'import':
      return '#/importer';
    case 'sync':
      return '#/deling';
    case 'committee':
      return `#/udvalg/${encodeURIComponent(route.committeeId)}`;
    case 'meeting': {
      const base = `#/moede/${encodeURIComponent(route.meetingId)}`;
      if (route.tab === 'underskrift') return `${base}/underskrift`;
      return route.itemId ? `${base}/punkt/${encodeURIComponent(route.itemId)}` : base;
    }
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href.slice(1);
}
