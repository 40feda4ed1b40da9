/**
 * The latest local value of each autosaved field. A field that remounts (the
 * user returns to an item) starts from here, so an edit whose save is still in
 * flight, or has failed, is never replaced by the older copy from the server.
 */
const drafts = new Map<string, unknown>();

export function setDraft(key: string, value: unknown): void {
  drafts.set(key, value);
}

export function getDraft<T>(key: string): T | undefined {
  return drafts.get(key) as T | undefined;
}
