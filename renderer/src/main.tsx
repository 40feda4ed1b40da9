import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App.tsx';
import { saveTracker } from './save/saveTracker.ts';
// The stylesheets in cascade order, fixed here once: the tokens and primitives first, then one sheet per feature.
import './base.css';
import './ui/ui.css';
import './shell/shell.css';
import './committee/committee.css';
import './template/template.css';
import './meeting/meeting.css';
import './agenda/agenda.css';
import './item/item.css';
import './editor/editor.css';
import './approval/approval.css';
import './review/review.css';
import './member/member.css';
import './export/export.css';
import './backups/backups.css';
import './import/import.css';
import './sync/sync.css';

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
