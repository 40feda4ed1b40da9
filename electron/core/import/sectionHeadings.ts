import { vocabularyDa } from '../../../shared/i18n/vocabulary.da.ts';
import { findDate } from './danishDates.ts';

/** Lower case, single spaces, no trailing colon or full stop, `é` as `e`: how two headings are compared. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/[\u00a0\s]+/g, ' ')
    .trim()
    .replace(/[:.]+$/, '')
    .trim()
    .toLocaleLowerCase('da-DK')
    .replace(/é/g, 'e');
}

/**
 * Section headings seen in Danish protocols (REFERAT-FORMAT.md and councils'
 * published protocols). A committee's own template titles are added to these
 * when a document is imported into it. Free sub-headings (`Økonomiske forhold`,
 * `Baggrund`, `Tidsplan`) are deliberately absent: inside a Sagsfremstilling
 * they stay sub-headings.
 */
export const KNOWN_SECTION_TITLES: readonly string[] = vocabularyDa.sectionTitles;

export type SectionVocabulary = { title(text: string): string | null };

/** The known titles plus a committee's own; returns the title as the vocabulary spells it. */
export function sectionVocabulary(extra: string[] = []): SectionVocabulary {
  const map = new Map<string, string>();
  for (const title of [...KNOWN_SECTION_TITLES, ...extra]) map.set(normaliseHeading(title), title);
  return {
    title(text) {
      return map.get(normaliseHeading(text)) ?? null;
    },
  };
}

export type DecisionHeading = { body: string | null; date: string | null };

const DECISION = /^(?:beslutning(?:er)?|afgørelse)(?:\s+(?:i|fra)\s+(.+?))?(?:\s+(?:den|d\.)\s+(.+?))?\s*[:.]?$/i;
const BODY_DECISION = /^(.+?)s\s+beslutning(?:\s+(?:den|d\.)\s+(.+?))?\s*[:.]?$/i;

/** `Beslutning`, `Beslutning i Økonomiudvalget den 03-02-2026`, `Udvalgets beslutning`. */
export function parseDecisionHeading(text: string): DecisionHeading | null {
  const clean = text.replace(/[\u00a0\s]+/g, ' ').trim();
  if (clean.length > 200) return null;
  const match = DECISION.exec(clean) ?? BODY_DECISION.exec(clean);
  if (!match) return null;
  // `Beslutning om …` is a title, not this heading: only `i`/`fra` and `den` may follow the word.
  const body = match[1]?.trim() ?? null;
  const dateText = match[2] ?? '';
  const date = dateText ? findDate(dateText)?.date ?? null : null;
  if (dateText && !date) return null;
  return { body, date };
}

export const isBilagHeading = (text: string): boolean => /^(bilag|bilagsliste|bilagsfortegnelse|vedhæftede bilag)$/.test(normaliseHeading(text));
export const isCaseFlowHeading = (text: string): boolean => /^sagsgang$/.test(normaliseHeading(text));
export const isRemarksHeading = (text: string): boolean => /^protokolbemærkning(er)?$/.test(normaliseHeading(text));
export const isTocHeading = (text: string): boolean => /^(indholdsfortegnelse|indhold)$/.test(normaliseHeading(text));
export const isSignatureTitle = (text: string): boolean => /^(underskriftsside|underskriftsblad|underskrifter)$/.test(normaliseHeading(text.replace(/^lukket\s*:\s*/i, '')));
