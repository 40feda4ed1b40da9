import { DEFAULT_CASE_FLOW_STEPS, DEFAULT_DECISION_PHRASES, MAX_CASE_FLOW_STEPS, type CommitteeTemplate, type SectionTemplate, type StandardItem } from '../../../shared/domain/committee.ts';
import type { ImportedMeeting } from '../../../shared/import/importedMeeting.ts';
import { normaliseHeading } from './sectionHeadings.ts';

const FIRST_STANDARD = /^godkendelse af (dagsorden|dagsorden og referat|referat)$/i;
const LAST_STANDARD = /^(eventuelt|gensidig orientering|orientering fra formanden|underskriftsside|underskriftsblad|temaer til kommende møder og eventuelt)$/i;

/**
 * A committee template made from what a document shows: its section headings
 * in the order the items use them (each item's order merged into one), the
 * decision heading style, time and place, numbering that runs on when the first
 * item is not number 1, the standard items it opens and closes with, and the
 * Sagsgang as the document prints it: where it stands, and its rows when they
 * are the body's own rather than the usual four.
 */
export function templateFromImport(meeting: ImportedMeeting): CommitteeTemplate {
  const order: SectionTemplate[] = [];
  const seen = new Map<string, SectionTemplate>();
  for (const item of meeting.items) {
    let at = -1;
    for (const section of item.sections) {
      const key = `${section.kind}:${normaliseHeading(section.title)}`;
      const known = seen.get(key);
      if (known) {
        at = Math.max(at, order.indexOf(known));
        continue;
      }
      const entry: SectionTemplate = { title: section.title, kind: section.kind, defaultText: '', required: false };
      seen.set(key, entry);
      order.splice(at + 1, 0, entry);
      at += 1;
    }
  }
  if (!order.some((s) => s.kind === 'beslutning')) order.push({ title: 'Beslutning', kind: 'beslutning', defaultText: '', required: false });
  if (!order.some((s) => s.kind === 'tekst')) order.unshift({ title: 'Sagsfremstilling', kind: 'tekst', defaultText: '', required: false });

  const titles = meeting.items.map((i) => i.title.trim());
  const standardItems: StandardItem[] = [];
  if (titles[0] && FIRST_STANDARD.test(titles[0])) standardItems.push({ title: titles[0], placement: 'foerst', kind: 'beslutning' });
  const closing: StandardItem[] = [];
  for (let i = titles.length - 1; i > 0 && LAST_STANDARD.test(titles[i]!); i--) {
    closing.unshift({ title: titles[i]!, placement: 'sidst', kind: /eventuelt|orientering|temaer/i.test(titles[i]!) ? 'orientering' : 'beslutning' });
  }
  standardItems.push(...closing);

  const first = Number.parseInt(meeting.items.find((i) => !i.subItem)?.number ?? '1', 10);
  const steps = caseFlowSteps(meeting);
  return {
    sections: order.slice(0, 50),
    decisionHeading: meeting.decisionHeading,
    defaultLocation: meeting.location.slice(0, 300),
    defaultTime: meeting.time ?? '14:00',
    numbering: Number.isFinite(first) && first > 1 ? { mode: 'loebende', startNumber: 1 } : { mode: 'perMoede', startNumber: 1 },
    standardItems: standardItems.slice(0, 20),
    decisionPhrases: [...DEFAULT_DECISION_PHRASES],
    ...(meeting.caseFlowPlacement && meeting.caseFlowPlacement !== 'efterIndstilling' ? { caseFlowPlacement: meeting.caseFlowPlacement } : {}),
    ...(steps ? { caseFlowSteps: steps } : {}),
    ...(meeting.tocItemNumbers ? { tocItemNumbers: true } : {}),
  };
}

/** The Sagsgang rows the items use, in their order (each item's merged in); none when they are all among the usual ones. */
function caseFlowSteps(meeting: ImportedMeeting): string[] | null {
  const order: string[] = [];
  for (const item of meeting.items) {
    let at = -1;
    for (const { step } of item.caseFlow?.steps ?? []) {
      const known = order.findIndex((s) => normaliseHeading(s) === normaliseHeading(step));
      if (known !== -1) {
        at = Math.max(at, known);
        continue;
      }
      order.splice(at + 1, 0, step);
      at += 1;
    }
  }
  const usual = new Set(DEFAULT_CASE_FLOW_STEPS.map(normaliseHeading));
  return order.length > 0 && order.some((s) => !usual.has(normaliseHeading(s))) ? order.slice(0, MAX_CASE_FLOW_STEPS) : null;
}
