import { vocabularyDa } from '../../i18n/vocabulary.da.ts';
/**
 * What personal data looks like in Danish case text. Patterns only: they find
 * candidates for a person to look at, and err towards finding too much.
 */

export type Match = { text: string; index: number };

function matches(text: string, pattern: RegExp): Match[] {
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], index: m.index }));
}

const CPR = /(?<![\d-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d-])/g;

/**
 * The century a CPR number's birth year falls in, from its seventh digit
 * (CPR-kontoret's table): 0–3 the 1900s; 4 and 9 the 2000s up to 36, else the
 * 1900s; 5–8 the 2000s up to 57, else the 1800s.
 */
export function cprBirthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * CPR numbers: DDMMYY-XXXX with a dash, a space or nothing, whose date is a
 * real date. No modulus-11 test: numbers without it have been issued since 2007.
 */
export function findCprNumbers(text: string): Match[] {
  return [...text.matchAll(CPR)]
    .filter((m) => isValidDate(cprBirthYear(Number(m[3]), Number(m[4]![0])), Number(m[2]), Number(m[1])))
    .map((m) => ({ text: m[0], index: m.index }));
}

/** `010203-1234` → `010203-xxxx`: the finding shows where, not the number itself. */
export function maskCpr(cpr: string): string {
  const digits = cpr.replace(/\D/g, '');
  return `${digits.slice(0, 6)}-xxxx`;
}

export function findEmails(text: string): Match[] {
  return matches(text, /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu);
}

/**
 * Danish phone numbers: eight digits, written together or in pairs or fours,
 * optionally after +45. Not inside longer digit runs (a CPR, an account).
 */
export function findPhoneNumbers(text: string): Match[] {
  return matches(text, /(?<!\d[.,/ -]?)(?:\+45[ ]?)?(?:\d{8}|\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})(?![.,/ -]?\d)/g).filter(
    // Eight digits that are a date (DDMMYYYY) or a year range are not phone numbers.
    (m) => {
      const digits = m.text.replace(/\D/g, '').slice(-8);
      return !/^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(19|20)\d\d$/.test(digits) && !/^(19|20)\d\d(19|20)\d\d$/.test(digits);
    },
  );
}

const STREET_SUFFIXES = vocabularyDa.streetSuffixes.join('|');

const capitalized = (word: string): string => word.charAt(0).toLocaleUpperCase('da-DK') + word.slice(1);
const SUFFIX_LIST = vocabularyDa.streetSuffixes;

/**
 * `Skolevej 14`, `Nørre Allé 12B`, `H.C. Andersens Boulevard 3`: a capitalised
 * word ending in a street word (or the street word itself, capitalised), and a
 * house number of one to three digits (so `Danmark 2030` is a year, not an address).
 */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\d])(?:\\p{Lu}[\\p{L}.'-]*[ ]+)*(?:\\p{Lu}\\p{Ll}*(?:${STREET_SUFFIXES})|${SUFFIX_LIST.map(capitalized).join('|')})[ ]+\\d{1,3}[ ]?[A-Z]?(?![\\p{L}\\d]|[ ]?%)`,
  'gu',
);

export function findAddresses(text: string): Match[] {
  return matches(text, ADDRESS);
}

/**
 * Common Danish first names (Danmarks Statistik's most used), to tell a
 * person's name in a title from a capitalised place or body: a first name
 * followed by a capitalised word.
 */
const FIRST_NAMES = new Set(vocabularyDa.firstNames);

/** `Jens Hansen`, `Birthe Fiktivsen`: a known first name, or one of `extraFirstNames`, followed by a capitalised word. */
export function findPersonNames(text: string, extraFirstNames: Iterable<string> = []): Match[] {
  const first = new Set([...FIRST_NAMES, ...extraFirstNames]);
  return matches(text, /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:[ -]\p{Lu}\p{Ll}+)*\s+\p{Lu}\p{Ll}+/gu).filter((m) => first.has(m.text.split(/[\s-]/)[0]!));
}
