import { SaveIndicator } from './SaveIndicator.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ui } from '../ui.ts';

export function AppHeader() {
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <span className="brand-name">{ui.appName}</span>
        <span className="brand-tagline">{ui.appTagline}</span>
      </a>
      <SearchBox />
      <SaveIndicator />
    </header>
  );
}
