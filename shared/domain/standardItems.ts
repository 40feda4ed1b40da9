import type { CommitteeTemplate } from './committee.ts';
import { decisionSection, type AgendaItem } from './meeting.ts';
import { isDocEmpty } from '../text/richText.ts';

const stripClosed = (title: string): string => title.trim().replace(/^lukket\s*:\s*/i, '');
const normalized = (title: string): string => stripClosed(title).replace(/[.:]+$/, '').replace(/\s+/g, ' ').toLocaleLowerCase('da-DK');

/** The item that carries the members' approvals: `Underskriftsside` or `Underskriftsblad`, however the template names its kind. */
export function isSignatureItem(item: Pick<AgendaItem, 'title'>): boolean {
  const title = normalized(item.title);
  return title === 'underskriftsside' || title === 'underskriftsblad';
}

/** An item the template adds to every meeting (`Godkendelse af dagsorden`, `Eventuelt`, `Underskriftsside` …), found by its title. */
export function standardItemOf(item: Pick<AgendaItem, 'title'>, template: Pick<CommitteeTemplate, 'standardItems'>) {
  const title = normalized(item.title);
  return template.standardItems.find((s) => normalized(s.title) === title);
}

/**
 * Whether a referat must record a decision on the item. Not for an item with
 * no decision field, one postponed to another meeting, the Underskriftsside
 * (it carries the approvals, not a decision), or a standard item that is not
 * a decision item (`Eventuelt`, `Gensidig orientering` as the template marks
 * them orientering or drøftelse), where often nothing is said.
 */
export function needsDecision(item: AgendaItem, template: Pick<CommitteeTemplate, 'standardItems'>): boolean {
  if (!decisionSection(item) || item.postponedTo) return false;
  if (isSignatureItem(item)) return false;
  const standard = standardItemOf(item, template);
  return !(standard && standard.kind !== 'beslutning');
}

/** A referat item whose decision is still empty where one is needed. */
export function lacksDecision(item: AgendaItem, template: Pick<CommitteeTemplate, 'standardItems'>): boolean {
  return needsDecision(item, template) && isDocEmpty(decisionSection(item)?.body);
}
