import { useEffect, useRef, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { SearchHit } from '../../../shared/api/contract.ts';
import { errorMessage } from '../api/errorMessage.ts';

export type SearchState = { hits: SearchHit[]; searching: boolean; error?: string; /** The query the hits answer. */ answered: string };

/** Keystrokes closer together than this make one request: fast enough to feel live. */
const DEBOUNCE_MS = 150;

/** Results as you type; only the newest request's answer is shown, however the answers arrive. */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], searching: false, answered: '' });
  const latest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    const seq = ++latest.current;
    if (text === '') {
      setState({ hits: [], searching: false, answered: '' });
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    const timer = window.setTimeout(() => {
      api.call('search.query', { text, limit: 30 }).then(
        (hits) => {
          if (seq === latest.current) setState({ hits, searching: false, answered: text });
        },
        (error: unknown) => {
          if (seq === latest.current) setState({ hits: [], searching: false, answered: text, error: errorMessage(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  return state;
}
