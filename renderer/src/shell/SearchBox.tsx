import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/api/contract.ts';
import { formatDateMedium } from '../../../shared/format/dates.ts';
import { useSearch } from '../data/useSearch.ts';
import { navigate } from './route.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { shellText } from '../../../shared/i18n/shell.da.ts';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Search across all meetings in the top bar: a combobox with its results below it. */
export function SearchBox() {
  const t = shellText.search;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { hits, searching, error, answered } = useSearch(query);
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-hit-${i}`;

  // Ctrl+K anywhere, and "/" outside text fields, as in most tools the secretaries know.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => setActive(0), [hits]);
  // The active option is shown by aria-activedescendant, so the list must scroll it into view itself.
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function openHit(hit: SearchHit) {
    setOpen(false);
    navigate({ kind: 'meeting', meetingId: hit.meetingId, tab: 'dagsorden', itemId: hit.itemId });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (open && query) setOpen(false);
      else {
        setQuery('');
        inputRef.current?.blur();
      }
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % hits.length : (a - 1 + hits.length) % hits.length));
      return;
    }
    if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit && open) {
        e.preventDefault();
        openHit(hit);
      }
    }
  }

  const showPanel = open;
  const pending = searching || answered !== query.trim();
  const showList = showPanel && hits.length > 0;

  return (
    <div className="search-box" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setOpen(false)}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.label}
      </label>
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
        value={query}
        maxLength={200}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={`${id}-hint`}
        aria-activedescendant={showList && hits[active] ? optionId(active) : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t.shortcutHint}
      </span>
      {/* In the tab order so a keyboard user can also scroll the long list itself; ↑/↓ in the field is the quick way. */}
      <div className={showPanel ? 'search-panel' : 'search-panel hidden'} tabIndex={showPanel ? 0 : -1} role="region" aria-label={t.resultsLabel}>
        <p className="search-status" role="status">
          {!showPanel
            ? ''
            : query.trim() === ''
              ? t.empty
              : error
              ? t.failed(error)
              : hits.length > 0
                ? t.count(hits.length)
                : pending
                  ? t.searching
                  : t.noResults(query.trim())}
        </p>
        <ul id={listId} role="listbox" aria-label={t.resultsList} className="search-results" hidden={!showList}>
          {hits.map((hit, i) => (
            <li
              key={`${hit.meetingId}/${hit.itemId}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search-hit active' : 'search-hit'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => openHit(hit)}
            >
              <span className="search-hit-meta">
                {hit.committeeName} · {formatDateMedium(hit.date)}
                {hit.caseNumber && (
                  <>
                    {' · '}
                    <HighlightedText text={t.caseNumber(hit.caseNumber)} query={answered} />
                  </>
                )}
              </span>
              <span className="search-hit-title">
                <HighlightedText text={t.itemLine(hit.itemLabel, hit.title)} query={answered} />
              </span>
              {hit.snippet && (
                <span className="search-hit-snippet">
                  <HighlightedText text={hit.snippet} query={answered} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
