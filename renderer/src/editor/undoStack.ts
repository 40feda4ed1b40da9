import type { Meeting } from '../../../shared/domain/meeting.ts';

/** One structural change to the agenda (move, delete, duplicate, add) and the call that reverses it. */
export type UndoEntry = {
  meetingId: string;
  message: string;
  undo(): Promise<Meeting>;
  /** The item to select once undone (a restored item, or the one moved back). */
  focusItemId?: string;
};

const MAX = 20;

/**
 * App-level undo for the item list. Text has its own history inside each
 * editor (TipTap); this covers what the server changed on the agenda. The
 * newest entry is the one the toast offers and Ctrl+Z outside a text field runs.
 */
class UndoStack {
  #entries: UndoEntry[] = [];
  #listeners = new Set<() => void>();
  #version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Changes whenever the stack does, for useSyncExternalStore. */
  getVersion = (): number => this.#version;

  push(entry: UndoEntry): void {
    this.#entries = [...this.#entries.filter((e) => e.meetingId === entry.meetingId), entry].slice(-MAX);
    this.#emit();
  }

  peek(meetingId: string): UndoEntry | undefined {
    const last = this.#entries.at(-1);
    return last?.meetingId === meetingId ? last : undefined;
  }

  /** Takes the newest entry off; the caller runs it. */
  pop(meetingId: string): UndoEntry | undefined {
    const last = this.peek(meetingId);
    if (last) {
      this.#entries = this.#entries.slice(0, -1);
      this.#emit();
    }
    return last;
  }

  clear(): void {
    this.#entries = [];
    this.#emit();
  }

  #emit(): void {
    this.#version += 1;
    for (const listener of this.#listeners) listener();
  }
}

export const undoStack = new UndoStack();
