import { useSaveState } from '../save/useSaveState.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { shellText } from '../../../shared/i18n/shell.da.ts';

export function SaveIndicator() {
  const state = useSaveState();
  const text =
    state.kind === 'saving' ? shellText.save.saving : state.kind === 'error' ? shellText.save.failed(state.message) : shellText.save.saved;
  return (
    <div className={`save-indicator save-${state.kind}`}>
      <span className="save-dot" aria-hidden="true" />
      <span role="status" aria-label={shellText.save.region} aria-live="polite" className="save-text">
        {text}
      </span>
      {state.kind === 'error' && (
        <button type="button" className="button small" onClick={() => saveTracker.retryFailed()}>
          {shellText.save.retry}
        </button>
      )}
    </div>
  );
}
