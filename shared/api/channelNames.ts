/**
 * Every channel of the API contract by name, and nothing else: the preload
 * checks calls against this list without loading the schemas (zod and the
 * domain). contract.ts is type-checked against it in both directions.
 */
export const CHANNEL_NAMES = [
  'committees.list',
  'committees.create',
  'templates.list',
  'committees.copyTemplate',
  'committees.update',
  'meetings.list',
  'meetings.overview',
  'meetings.get',
  'meetings.create',
  'meetings.setStatus',
  'search.query',
  'meetings.update',
  'items.add',
  'items.update',
  'items.setSection',
  'items.move',
  'items.remove',
  'items.restore',
  'items.duplicate',
  'items.postpone',
  'attachments.add',
  'attachments.open',
  'store.info',
  'backups.list',
  'backups.create',
  'backups.restore',
  'approvals.send',
  'approvals.approve',
  'approvals.reject',
  'approvals.reopen',
  'approvals.status',
  'approvals.exportPackage',
  'approvals.importAnswer',
  'members.importKey',
  'members.replaceKey',
  'identity.memberFile',
  'review.open',
  'review.answer',
  'export.file',
  'files.open',
  'files.showInFolder',
  'import.analyse',
  'import.commit',
  'import.caseText',
  'meetings.draftCopy',
  'publish.check',
  'publish.override',
  'sync.status',
  'sync.configure',
  'sync.now',
  'sync.conflicts',
  'sync.resolve',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}
