import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { docToPlainText, isDocEmpty, type RichNode } from '../../../shared/text/richText.ts';
import type { Combo } from './seedInputs.ts';

/**
 * What a document variant must contain, worked out from the model alone (not
 * from the exporter's code): per item the heading and its section headings,
 * the numbers of list items, ordered lists and tables, the text in order, and
 * the text it must leave out.
 */
export type ExpectedModel = {
  title: string;
  headings: string[];
  bookmarks: string[];
  sectionHeadings: string[][];
  listItems: number;
  orderedLists: number;
  tables: number;
  /** Lines of text in the order they must appear. */
  text: string[];
  /** Text of sections and bilag the variant leaves out (where that text is not also printed elsewhere). */
  absent: string[];
  signaturePage: boolean;
};

export function countNodes(node: RichNode, type: string): number {
  return (node.type === type ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + countNodes(child, type), 0);
}

export const isSignatureTitle = (title: string): boolean => /^(lukket\s*:\s*)?underskrifts(side|blad)$/i.test(title.trim());

export function expectedItemTitle(item: Meeting['items'][number], audience: Combo['audience'] = 'fuld'): string {
  if (item.closed && audience === 'offentlig' && item.publicTitle.trim() !== '') return item.publicTitle.trim();
  const title = item.title.trim();
  return item.closed && !/^lukket\s*:/i.test(title) ? `Lukket: ${title}` : title;
}

const lines = (text: string): string[] =>
  text
    .split(/[\n\t]/)
    .map((l) => l.trim())
    .filter(Boolean);

export function expectedModel(committee: Committee, meeting: Meeting, { variant, audience }: Combo): ExpectedModel {
  const decisionHeading =
    committee.template.decisionHeading === 'medUdvalgOgDato' ? `Beslutning i ${committee.name} den ${formatDateShort(meeting.date)}` : 'Beslutning';
  const model: ExpectedModel = {
    title: `${variant === 'dagsorden' ? 'DAGSORDEN' : 'REFERAT'} ${committee.name} d. ${formatDateShort(meeting.date)}`,
    headings: [],
    bookmarks: [],
    sectionHeadings: [],
    listItems: 0,
    orderedLists: 0,
    tables: 0,
    text: [],
    absent: [],
    signaturePage: false,
  };
  const omitted: string[] = [];
  const labels = itemLabels(meeting);
  meeting.items.forEach((item, index) => {
    const heading = `Punkt ${labels[index]}: ${expectedItemTitle(item, audience)}`;
    model.headings.push(heading);
    model.bookmarks.push(`punkt_${index + 1}`);
    model.text.push(heading, ...lines(item.caseNumber));
    const hidden = item.closed && audience === 'offentlig';
    const shown = item.sections.filter((s) => !isDocEmpty(s.body) && !hidden && !(variant === 'dagsorden' && s.kind === 'beslutning'));
    for (const s of item.sections) if (!shown.includes(s)) omitted.push(...lines(docToPlainText(s.body)));
    // The public protocol leaves out a closed item's bilag and every closed bilag.
    const attachments = item.attachments.filter((a) => !hidden && !(audience === 'offentlig' && a.closed)).map((a) => a.name);
    omitted.push(...item.attachments.map((a) => a.name).filter((name) => !attachments.includes(name)));
    model.sectionHeadings.push([...shown.map((s) => (s.kind === 'beslutning' ? decisionHeading : s.title)), ...(attachments.length ? ['Bilag'] : [])]);
    for (const s of shown) {
      model.text.push(s.kind === 'beslutning' ? decisionHeading : s.title, ...lines(docToPlainText(s.body)));
      model.listItems += countNodes(s.body, 'listItem');
      model.orderedLists += countNodes(s.body, 'orderedList');
      model.tables += countNodes(s.body, 'table');
    }
    if (attachments.length) model.text.push('Bilag', ...attachments);
    model.listItems += attachments.length;
  });
  const present = meeting.participants.some((p) => p.attendance === 'til_stede' && committee.members.some((m) => m.id === p.memberId));
  if (variant === 'referat') {
    model.signaturePage = true;
    if (!meeting.items.some((i) => isSignatureTitle(i.title))) {
      model.headings.push('Underskriftsside');
      model.bookmarks.push('underskriftsside');
      model.text.push('Underskriftsside');
    }
    if (present) model.tables += 1;
  }
  const printed = model.text.join('\n');
  model.absent = [...new Set(omitted)].filter((line) => line.length > 12 && !printed.includes(line));
  return model;
}
