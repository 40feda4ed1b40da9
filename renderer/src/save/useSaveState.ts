import { useSyncExternalStore } from 'react';
import { saveTracker, type SaveState } from './saveTracker.ts';

export function useSaveState(): SaveState {
  return useSyncExternalStore(saveTracker.subscribe, saveTracker.getState);
}

/** The error of one autosaved field, re-read whenever the tracker changes. */
export function useFieldSaveError(key: string): string | undefined {
  return useSyncExternalStore(saveTracker.subscribe, () => saveTracker.errorFor(key));
}
