import type { ImportedParticipant } from '../../../shared/import/importedMeeting.ts';
import { findDate, findTime } from './danishDates.ts';
import { parseParticipants } from './participants.ts';
import { sourcePlainText, type DocBlock } from './sourceDocument.ts';
import { vocabularyDa } from '../../../shared/i18n/vocabulary.da.ts';

export type FrontMatter = {
  documentKind: 'referat' | 'dagsorden' | null;
  bodyName: string;
  date: string | null;
  time: string | null;
  location: string;
  participants: ImportedParticipant[];
  approvedOn: string | null;
};

const TITLE = /^(referat|dagsorden|beslutningsprotokol|protokol|mødereferat|beslutningsreferat|mødeindkaldelse)\b[\s:–-]*(.*)$/i;

type Label = 'dato' | 'sted' | 'deltagere' | 'afbud' | 'fravaerende' | 'godkendt';
const LABELS: [RegExp, Label][] = [
  [/^(mødedato(?:\s+og\s+(?:tid|-tidspunkt))?|mødetidspunkt|mødetid|dato(?:\s+og\s+tid)?|tidspunkt|afholdt)/i, 'dato'],
  [/^(mødested|mødelokale|sted|lokale)/i, 'sted'],
  [/^(mødedeltagere|deltagere|til stede|tilstede|medlemmer|deltog)/i, 'deltagere'],
  [/^(fraværende med afbud|afbud fra|afbud)/i, 'afbud'],
  [/^(fraværende|fravær|ikke til stede)/i, 'fravaerende'],
  [/^(referatet er godkendt|referat godkendt|godkendt)/i, 'godkendt'],
];

const LISTS = new Set<Label>(['deltagere', 'afbud', 'fravaerende']);

/** A front-page line: `Mødedato<tab>Tirsdag …`, `Mødested: …`, `Mødedeltagere Holger …`. */
function labelled(text: string): { label: Label; value: string } | null {
  const line = text.replace(/\u00a0/g, ' ').trim();
  for (const [pattern, label] of LABELS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const after = line.slice(match[0].length);
    // The label is a word of its own: `Sted` is not the start of `Stedfortræder`.
    if (after !== '' && !/^[\s:\t.]/.test(after)) continue;
    return { label, value: after.replace(/^[\s:.\t]+/, '').trim() };
  }
  return null;
}

/** The lines of the blocks before the first item: paragraphs as they are, table rows as `label<tab>value`. */
function lines(blocks: DocBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(...block.text.split('\n'));
    else for (const row of block.rows) out.push(row.cells.map((c) => sourcePlainText(c.blocks).replace(/\n/g, ' ')).join('\t'));
  }
  return out.map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * The protocol's front block: `REFERAT <udvalg> d. 03-02-2026` (or DAGSORDEN),
 * then Mødedato (with `kl.`), Mødested, Mødedeltagere, Afbud, Fraværende, as
 * labelled lines, a two-column table or a label with its value on the next line.
 */
export function parseFrontMatter(blocks: DocBlock[]): FrontMatter {
  const result: FrontMatter = { documentKind: null, bodyName: '', date: null, time: null, location: '', participants: [], approvedOn: null };
  const all = lines(blocks);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (result.documentKind === null) {
      const title = TITLE.exec(line);
      if (title) {
        const kind = title[1]!.toLowerCase();
        result.documentKind = vocabularyDa.agendaTitles.includes(kind) ? 'dagsorden' : 'referat';
        const rest = title[2]!;
        const date = findDate(rest);
        const body = (date ? rest.slice(0, date.index) : rest)
          .replace(/\b(?:d\.|den|for|af|fra|til|mødet i|møde i)\s*$/i, '')
          .replace(/^(?:for|af|fra|til)\s+/i, '')
          .replace(/[\s,:–-]+$/, '')
          .trim();
        if (body !== '') result.bodyName = body;
        if (date) result.date = date.date;
        continue;
      }
    }
    const found = labelled(line);
    if (!found) continue;
    let value = found.value;
    // A label alone on its line has its value on the next one.
    if (value === '' && i + 1 < all.length && !labelled(all[i + 1]!) && !TITLE.test(all[i + 1]!)) value = all[++i]!;
    // A long list of names wraps onto lines of its own (under the value, not the label).
    while (LISTS.has(found.label) && i + 1 < all.length && /,\s*$/.test(value) && !labelled(all[i + 1]!) && !TITLE.test(all[i + 1]!)) value = `${value} ${all[++i]!}`;
    switch (found.label) {
      case 'dato': {
        const date = findDate(value);
        if (date) result.date = date.date;
        result.time = findTime(date ? value.slice(date.index + date.length) : value) ?? findTime(value) ?? result.time;
        break;
      }
      case 'sted':
        if (!result.location) result.location = value;
        break;
      case 'deltagere':
        result.participants.push(...parseParticipants(value, 'til_stede'));
        break;
      case 'afbud':
        result.participants.push(...parseParticipants(value, 'afbud'));
        break;
      case 'fravaerende':
        result.participants.push(...parseParticipants(value, 'fravaerende'));
        break;
      case 'godkendt': {
        const date = findDate(value);
        if (date) result.approvedOn = date.date;
        break;
      }
    }
  }
  return result;
}
