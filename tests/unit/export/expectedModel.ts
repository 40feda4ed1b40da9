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
  /** The attendance lines of the front block (`Mødedeltagere\t…`), stedfortrædere among those present. */
  front: string[];
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
    // As printed: the date never breaks (a no-break space after `d.`, non-breaking hyphens).
    title: `${variant === 'dagsorden' ? 'DAGSORDEN' : 'REFERAT'} ${committee.name} d.\u00a0${formatDateShort(meeting.date).replace(/-/g, '\u2011')}`,
    front: [],
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
  const members = new Map(committee.members.map((m) => [m.id, m]));
  const display = (m: { name: string; label: string }): string => (m.label ? `${m.name} (${m.label})` : m.name);
  const inCommitteeOrder = (attendance: string) =>
    committee.members.flatMap((m) => meeting.participants.filter((p) => p.memberId === m.id && p.attendance === attendance).map((p) => ({ member: m, participant: p })));
  const substitutes = [...inCommitteeOrder('afbud'), ...inCommitteeOrder('fravaerende')]
    .sort((a, b) => committee.members.indexOf(a.member) - committee.members.indexOf(b.member))
    .flatMap(({ member, participant }) => (participant.substitute ? [`${display(participant.substitute)} (stedfortræder for ${member.name})`] : []));
  const frontLine = (label: string, names: string[]): string[] => (names.length ? [`${label}\t${names.join(', ')}`] : []);
  model.front.push(
    ...frontLine('Mødedeltagere', [...inCommitteeOrder('til_stede').map(({ member }) => display(member)), ...substitutes]),
    ...frontLine('Afbud', inCommitteeOrder('afbud').map(({ member }) => display(member))),
    ...frontLine('Fraværende', inCommitteeOrder('fravaerende').map(({ member }) => display(member))),
  );

  const omitted: string[] = [];
  const labels = itemLabels(meeting);
  meeting.items.forEach((item, index) => {
    const heading = `Punkt ${labels[index]}: ${expectedItemTitle(item, audience)}`;
    model.headings.push(heading);
    model.bookmarks.push(`punkt_${index + 1}`);
    model.text.push(heading, ...lines(item.caseNumber));
    const hidden = item.closed && audience === 'offentlig';

    const postponed = [
      ...(item.postponedFrom ? [`Punktet blev udsat fra mødet den ${formatDateShort(item.postponedFrom.date)}.`] : []),
      ...(item.postponedTo ? [`Punktet blev udsat til mødet den ${formatDateShort(item.postponedTo.date)}.`] : []),
    ];
    // Behandling / Sagsgang: a grid when asked for and there are steps, else the bodies on one line.
    const flow = item.caseFlow;
    const flowTable = !!flow && flow.bodies.length > 0 && flow.asTable && flow.steps.length > 0;
    const flowHeading = !flow || flow.bodies.length === 0 ? undefined : flowTable ? 'Sagsgang' : 'Behandling';
    const flowText = !flow || !flowHeading
      ? []
      : flowTable
        ? [flowHeading, ...flow.bodies, ...flow.steps.flatMap((s) => [s.step, ...flow.bodies.filter((b) => s.bodies.includes(b)).map(() => 'X')])]
        : [flowHeading, `${flow.bodies.join(', ')}.`];
    const placement = committee.template.caseFlowPlacement ?? 'efterIndstilling';
    const flowAt = placement === 'efterIndstilling' ? item.sections.findIndex((s) => s.kind === 'tekst' && /^indstilling(er)?$/i.test(s.title.trim())) : -2;
    const reasonNames = { personalesag: 'Personalesag', koeb_salg_fast_ejendom: 'Køb og salg af fast ejendom', tilbud_udbud: 'Tilbud og udbud', enkeltpersoners_forhold: 'Enkeltpersoners forhold', andet: '' };
    const reasonLine = item.closed && item.closedReason
      ? [`Lukket punkt. Begrundelse: ${item.closedReason.ground === 'andet' ? item.closedReason.text : reasonNames[item.closedReason.ground]}`]
      : [];
    // Attendance notes and protokolbemærkninger happen at the meeting: the referat prints them under the decision.
    const reasons = {
      inhabil: 'deltog ikke i behandlingen af punktet (inhabil).',
      forlod_moedet: 'forlod mødet under behandlingen af punktet.',
      deltog_ikke: 'deltog ikke i behandlingen af punktet.',
    };
    const absenceLines = item.absences.flatMap((a) => {
      const m = members.get(a.memberId);
      // The note prints as a sentence of its own: capital first letter, full stop at the end.
      const text = a.note.trim();
      const note = text === '' ? '' : ` ${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?:)]$/.test(text) ? '' : '.'}`;
      return m ? [`${display(m)} ${reasons[a.reason]}${note}`] : [];
    });
    const remarkLines = item.remarks.flatMap((r) => {
      const m = members.get(r.memberId);
      const [first = '', ...rest] = lines(r.text);
      return [m ? `${display(m)}: ${first}` : first, ...rest];
    });
    // The vote first, under the decision: `For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).`
    const labels3 = { for: 'For stemte', imod: 'Imod stemte', undlod: 'Undlod' } as const;
    const voteLines = item.vote
      ? [
          (['for', 'imod', 'undlod'] as const)
            .filter((c) => item.vote![c].count > 0 || item.vote![c].who.length > 0)
            .map((c) => {
              const g = item.vote![c];
              const names = item.vote!.by === 'medlem' ? g.who.map((id) => members.get(id)?.name ?? id) : g.who;
              return `${labels3[c]}: ${names.length ? `${names.join(', ')} ` : ''}(${g.count || names.length}).`;
            })
            .join(' '),
        ]
      : [];
    const notes = [...voteLines, ...absenceLines, ...(remarkLines.length ? [item.remarks.length > 1 ? 'Protokolbemærkninger' : 'Protokolbemærkning', ...remarkLines] : [])];
    const notesShown = variant === 'referat' && !hidden;
    if (!notesShown) omitted.push(...voteLines, ...absenceLines, ...item.remarks.flatMap((r) => lines(r.text)));
    if (hidden) omitted.push(...reasonLine);
    if (hidden) omitted.push(...postponed, ...(flow?.bodies.length ? [`${flow.bodies.join(', ')}.`] : []));

    const shown = item.sections.filter((s) => !isDocEmpty(s.body) && !hidden && !(variant === 'dagsorden' && s.kind === 'beslutning'));
    for (const s of item.sections) if (!shown.includes(s)) omitted.push(...lines(docToPlainText(s.body)));
    // The public protocol leaves out a closed item's bilag and every closed bilag.
    const attachments = item.attachments.filter((a) => !hidden && !(audience === 'offentlig' && a.closed)).map((a) => a.name);
    omitted.push(...item.attachments.map((a) => a.name).filter((name) => !attachments.includes(name)));

    const sectionHeadings: string[] = [];
    if (!hidden) {
      model.text.push(...reasonLine, ...postponed);
      const pushFlow = (): void => {
        if (!flowHeading) return;
        sectionHeadings.push(flowHeading);
        model.text.push(...flowText);
        if (flowTable) model.tables += 1;
      };
      if (placement === 'foerst' || flowAt === -1) pushFlow();
      let notesDone = !notesShown;
      item.sections.forEach((s, i) => {
        if (shown.includes(s)) {
          const title = s.kind === 'beslutning' ? decisionHeading : s.title;
          sectionHeadings.push(title);
          model.text.push(title, ...lines(docToPlainText(s.body)));
          model.listItems += countNodes(s.body, 'listItem');
          model.orderedLists += countNodes(s.body, 'orderedList');
          model.tables += countNodes(s.body, 'table');
          if (s.kind === 'beslutning' && !notesDone) {
            model.text.push(...notes);
            notesDone = true;
          }
        }
        if (i === flowAt) pushFlow();
      });
      if (!notesDone) model.text.push(...notes);
      if (placement === 'sidst') pushFlow();
    }
    if (attachments.length) sectionHeadings.push('Bilag');
    model.sectionHeadings.push(sectionHeadings);
    if (attachments.length) model.text.push('Bilag', ...attachments);
    // The app's approval sentence gets a heading of its own on the Underskriftsside item, unless the item already says it.
    if (variant === 'referat' && isSignatureTitle(item.title) && !item.sections.some((s) => /godkende (beslutnings)?protokollen|godkende referatet/i.test(docToPlainText(s.body)))) {
      sectionHeadings.push('Godkendelse af beslutningsprotokollen');
      model.text.push('Godkendelse af beslutningsprotokollen');
    }
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
