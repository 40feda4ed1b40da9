import { SaveIndicator } from './SaveIndicator.tsx';
import { SearchBox } from './SearchBox.tsx';
import { shellText } from '../../../shared/i18n/shell.da.ts';
import { SyncStatusBadge } from './SyncStatusBadge.tsx';
import type { SyncStatus } from '../../../shared/domain/syncConflict.ts';

export function AppHeader({ sync }: { sync?: SyncStatus | undefined }) {
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <span className="brand-name">{shellText.appName}</span>
        <span className="brand-tagline">{shellText.appTagline}</span>
      </a>
      <SearchBox />
      <SyncStatusBadge status={sync} />
      <SaveIndicator />
    </header>
  );
}
