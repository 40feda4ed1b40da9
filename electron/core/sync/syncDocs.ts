import * as z from 'zod/mini';
import '../../../shared/schema/zodLocale.ts';
import { committeeSchema, type Committee } from '../../../shared/domain/committee.ts';
import { agendaItemSchema, approvalSchema, meetingSchema, rejectionSchema, reopeningSchema, type Meeting } from '../../../shared/domain/meeting.ts';
import { assignOrderKeys } from './orderKeys.ts';
import { syncConflictSchema, type SyncConflict } from '../../../shared/domain/syncConflict.ts';

/**
 * What goes to CouchDB, one database per committee. A meeting is several
 * documents so that two machines editing different items never touch the
 * same document: its header (`m:`), one per item (`i:`, with its order key),
 * one per approval and rejection (`a:`, `r:`; immutable, never edited, only
 * withdrawn), one per reopening (`o:`, immutable). The committee is `u:udvalg`,
 * each bilag `b:<sha256>` (content-addressed, the file as an attachment), the
 * audit entries `l:<machine>:<seq>` (each machine's own chain), and a conflict
 * both versions of which are kept `k:<id>`.
 */
export const COMMITTEE_DOC = 'u:udvalg';

/** Meeting ids become file names: only these characters, never a path. */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

const headerSchema = z.lazy(() => z.omit(meetingSchema._zod.innerType, { items: true, approvals: true, rejections: true, reopenings: true }));
export type MeetingHeader = z.infer<typeof headerSchema>;

const id = z.lazy(() => z.string().check(z.regex(SAFE_ID)));
export const docBodySchemas = {
  udvalg: z.object({ type: z.literal('udvalg'), committee: committeeSchema }),
  moede: z.object({ type: z.literal('moede'), meetingId: id, header: headerSchema }),
  punkt: z.object({ type: z.literal('punkt'), meetingId: id, order: z.number(), item: agendaItemSchema }),
  godkendelse: z.object({ type: z.literal('godkendelse'), meetingId: id, sentAt: z.string().check(z.maxLength(100)), couchUser: z.optional(z.string().check(z.maxLength(200))), approval: approvalSchema }),
  afvisning: z.object({ type: z.literal('afvisning'), meetingId: id, sentAt: z.string().check(z.maxLength(100)), couchUser: z.optional(z.string().check(z.maxLength(200))), rejection: rejectionSchema }),
  genaabning: z.object({ type: z.literal('genaabning'), meetingId: id, reopening: reopeningSchema }),
  bilag: z.object({ type: z.literal('bilag'), sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)), size: z.int().check(z.gte(0)) }),
  log: z.object({ type: z.literal('log'), machineId: z.string().check(z.maxLength(100)), entry: z.object({ seq: z.int().check(z.gte(1)), at: z.string().check(z.maxLength(100)), meetingId: z.nullable(z.string().check(z.maxLength(200))), action: z.string().check(z.maxLength(100)), actor: z.string().check(z.maxLength(200)), details: z.record(z.string(), z.unknown()), prevHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)), hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }), publicKey: z.optional(z.string().check(z.maxLength(200))), signature: z.optional(z.string().check(z.maxLength(200))) }),
  konflikt: z.object({ type: z.literal('konflikt'), conflict: syncConflictSchema }),
} as const;
export type DocType = keyof typeof docBodySchemas;
export type DocBody = { type: DocType; [key: string]: unknown };

export { syncConflictSchema as conflictSchema, type SyncConflict };

/** The doc's meeting, for grouping a batch of changes: meeting docs carry it in their id. */
export function meetingOfDocId(docId: string): string | null {
  const m = /^[miaro]:([^:]+)/.exec(docId);
  return m ? m[1]! : null;
}

/** The documents of one meeting, with the item order keys given (see assignOrderKeys). */
export function meetingDocs(meeting: Meeting, keys: ReadonlyMap<string, number>): Map<string, DocBody> {
  const { items, approvals, rejections, reopenings, ...header } = meeting;
  const docs = new Map<string, DocBody>();
  const mid = meeting.id;
  docs.set(`m:${mid}`, { type: 'moede', meetingId: mid, header });
  for (const item of items) docs.set(`i:${mid}:${item.id}`, { type: 'punkt', meetingId: mid, order: keys.get(item.id)!, item });
  const sentAt = meeting.approvalRound?.sentAt ?? '';
  for (const a of approvals) docs.set(`a:${mid}:${a.memberId}:${a.approvedAt}`, { type: 'godkendelse', meetingId: mid, sentAt, approval: a });
  for (const r of rejections) docs.set(`r:${mid}:${r.memberId}:${r.rejectedAt}`, { type: 'afvisning', meetingId: mid, sentAt, rejection: r });
  for (const o of reopenings) docs.set(`o:${mid}:${o.at}`, { type: 'genaabning', meetingId: mid, reopening: o });
  return docs;
}

export type KeyedMeeting = { meeting: Meeting; keys: Map<string, number> };

/** A meeting put together from its documents (null without a header): items in key order, ties by id. */
export function composeMeeting(docs: ReadonlyMap<string, DocBody>): KeyedMeeting | null {
  let header: MeetingHeader | undefined;
  const items: { order: number; item: Meeting['items'][number] }[] = [];
  const approvals: Meeting['approvals'] = [];
  const rejections: Meeting['rejections'] = [];
  const reopenings: Meeting['reopenings'] = [];
  for (const body of docs.values()) {
    if (body.type === 'moede') header = body.header as MeetingHeader;
    else if (body.type === 'punkt') items.push({ order: body.order as number, item: body.item as Meeting['items'][number] });
    else if (body.type === 'godkendelse') approvals.push(body.approval as Meeting['approvals'][number]);
    else if (body.type === 'afvisning') rejections.push(body.rejection as Meeting['rejections'][number]);
    else if (body.type === 'genaabning') reopenings.push(body.reopening as Meeting['reopenings'][number]);
  }
  if (!header) return null;
  items.sort((a, b) => a.order - b.order || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  approvals.sort((a, b) => (a.approvedAt < b.approvedAt ? -1 : 1));
  rejections.sort((a, b) => (a.rejectedAt < b.rejectedAt ? -1 : 1));
  reopenings.sort((a, b) => (a.at < b.at ? -1 : 1));
  return {
    meeting: { ...header, items: items.map((x) => x.item), approvals, rejections, reopenings },
    keys: new Map(items.map((x) => [x.item.id, x.order])),
  };
}

/** The order keys of a local meeting: its base's keys where the order still holds, new ones where items moved or came. */
export function keyedLocal(meeting: Meeting, baseKeys: ReadonlyMap<string, number>): KeyedMeeting {
  return { meeting, keys: assignOrderKeys(meeting.items.map((i) => i.id), baseKeys) };
}

export function committeeDoc(committee: Committee): DocBody {
  return { type: 'udvalg', committee };
}
