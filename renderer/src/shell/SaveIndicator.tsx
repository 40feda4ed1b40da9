import { useSaveState } from '../save/useSaveState.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { ui } from '../ui.ts';

export function SaveIndicator() {
  const state = useSaveState();
  const text =
    state.kind === 'saving' ? ui.save.saving : state.kind === 'error' ? ui.save.failed(state.message) : ui.save.saved;
  return (
    <div className={`save-indicator save-${state.kind}`}>
      <span className="save-dot" aria-hidden="true" />
      <span role="status" aria-label={ui.save.region} aria-live="polite" className="save-text">
        {text}
      </span>
      {state.kind === 'error' && (
        <button type="button" className="button small" onClick={() => saveTracker.retryFailed()}>
          {ui.save.retry}
        </button>
      )}
    </div>
  );
}
