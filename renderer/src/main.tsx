import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App.tsx';
import { saveTracker } from './save/saveTracker.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/meeting.css';
import './styles/editor.css';
import './styles/approval.css';
import './styles/itemEditor.css';
import './styles/admin.css';
import './styles/export.css';

// Debounced edits must leave before the window goes: pagehide is the last event
// a closing Electron window or browser tab reliably delivers.
window.addEventListener('pagehide', () => void saveTracker.flushAll());
window.addEventListener('beforeunload', () => void saveTracker.flushAll());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
