import { SaveIndicator } from './SaveIndicator.tsx';
import { SearchBox } from './SearchBox.tsx';
import { shellText } from '../../../shared/i18n/shell.da.ts';

export function AppHeader() {
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
      <SaveIndicator />
    </header>
  );
}
