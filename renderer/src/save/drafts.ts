/**
 * The latest local value of each autosaved field. A field that remounts (the
 * user returns to an item) starts from here, so an edit whose save is still in
 * flight, or has failed, is never replaced by the older copy from the server.
 */
type Entry = { value: unknown } | { read: () => unknown };

const drafts = new Map<string, Entry>();

export function setDraft(key: string, value: unknown): void {
  drafts.set(key, { value });
}

/**
 * A draft made only when it is read: a rich-text field records its immutable
 * document on every keystroke and serialises it once, when a remount or a
 * save asks, not per keystroke (a 1 MB field costs milliseconds to serialise).
 */
export function setLazyDraft(key: string, read: () => unknown): void {
  drafts.set(key, { read });
}

export function getDraft<T>(key: string): T | undefined {
  const entry = drafts.get(key);
  if (!entry) return undefined;
  if ('value' in entry) return entry.value as T;
  const value = entry.read();
  if (drafts.get(key) === entry) drafts.set(key, { value });
  return value as T;
}
