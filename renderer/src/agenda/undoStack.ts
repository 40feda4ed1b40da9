import type { Meeting } from '../../../shared/domain/meeting.ts';

/** One structural change to the agenda (move, delete, duplicate, add) and the call that reverses it. */
export type UndoEntry = {
  meetingId: string;
  message: string;
  undo(): Promise<Meeting>;
  /** Makes the change again after an undo. */
  redo(): Promise<Meeting>;
  /** The item to select once undone (a restored item, or the one moved back). */
  focusItemId?: string;
};

const MAX = 20;

/**
 * App-level undo for the item list. Text has its own history inside each
 * editor (TipTap); this covers what the server changed on the agenda. The
 * newest entry is the one the toast offers and Ctrl+Z outside a text field runs.
 */
export class UndoStack {
  #entries: UndoEntry[] = [];
  /** Undone entries, newest last; any new change clears them, as in every editor. */
  #redone: UndoEntry[] = [];
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
    this.#redone = [];
    this.#emit();
  }

  peek(meetingId: string): UndoEntry | undefined {
    const last = this.#entries.at(-1);
    return last?.meetingId === meetingId ? last : undefined;
  }

  /** Takes the newest entry off and keeps it for redo; the caller runs its undo. */
  pop(meetingId: string): UndoEntry | undefined {
    const last = this.peek(meetingId);
    if (last) {
      this.#entries = this.#entries.slice(0, -1);
      this.#redone = [...this.#redone.filter((e) => e.meetingId === meetingId), last];
      this.#emit();
    }
    return last;
  }

  peekRedo(meetingId: string): UndoEntry | undefined {
    const last = this.#redone.at(-1);
    return last?.meetingId === meetingId ? last : undefined;
  }

  /** Takes the newest undone entry back onto the undo list; the caller runs its redo. */
  popRedo(meetingId: string): UndoEntry | undefined {
    const last = this.peekRedo(meetingId);
    if (last) {
      this.#redone = this.#redone.slice(0, -1);
      this.#entries = [...this.#entries, last].slice(-MAX);
      this.#emit();
    }
    return last;
  }

  clear(): void {
    this.#entries = [];
    this.#redone = [];
    this.#emit();
  }

  #emit(): void {
    this.#version += 1;
    for (const listener of this.#listeners) listener();
  }
}

export const undoStack = new UndoStack();
