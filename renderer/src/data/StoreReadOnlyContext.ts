import { createContext } from 'react';

/**
 * True when the data directory is open read-only (written by a newer Referent).
 * A disabled fieldset reaches form controls but not contenteditable editors, so
 * they read this instead.
 */
export const StoreReadOnlyContext = createContext(false);
