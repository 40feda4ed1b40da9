import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
import {
  committeeTemplateSchema,
  itemKindSchema,
  memberRoleSchema,
  type Committee,
  type CommitteeTemplate,
} from '../domain/committee.ts';
import {
  agendaItemSchema,
  caseFlowSchema,
  closedReasonSchema,
  dateSchema,
  itemAbsenceSchema,
  participantSchema,
  protocolRemarkSchema,
  timeSchema,
  voteSchema,
  type Meeting,
  type MeetingSummary,
} from '../domain/meeting.ts';
import { MANUAL_STATUSES } from '../domain/statusTransitions.ts';
import type { MeetingOverview } from '../domain/navigationMeetings.ts';
import { richDocSchema } from '../text/richText.ts';
import { importedMeetingSchema } from '../import/importedMeeting.ts';
import type { CaseTextImported, ImportAnalysis, ImportCommitted } from '../import/importAnalysis.ts';
import { da } from '../i18n/da.ts';
import { approvalText } from '../i18n/approval.da.ts';
import { publishCheckText } from '../i18n/publishCheck.da.ts';
import type { ProtocolChange } from '../domain/protocolChanges.ts';
import type { Signer } from '../domain/signers.ts';
import type { Finding } from '../domain/publishCheck/types.ts';
import { CHANNEL_NAMES, isChannelName, type ChannelName } from './channelNames.ts';
import type { SyncConflictView, SyncStatus } from '../domain/syncConflict.ts';

/**
 * The one contract between renderer and main. Each channel names its request
 * schema (validated in main before any handler runs) and, through the phantom
 * `response` field, the type the handler resolves to.
 */
type Channel<Req extends z.ZodMiniType, Res> = { request: Req; response: Res };

/** Each channel's schema is built on its first request (z.lazy), so a start builds only the schemas of the channels it is asked. */
function channel<Res>() {
  return <Req extends z.ZodMiniType>(build: () => Req): Channel<z.ZodMiniLazy<Req>, Res> => ({
    request: z.lazy(build),
    response: undefined as Res,
  });
}

const id = z.lazy(() => z.string().check(z.minLength(1), z.maxLength(100)));
/** Approval files are small JSON; 20 MB leaves room for a long protocol and refuses anything absurd. */
const fileText = z.lazy(() => z.string().check(z.minLength(1), z.maxLength(20 * 1024 * 1024)));
/** An imported DOCX or PDF as base64: a protocol with its images fits well within 25 MB. */
const importFile = z.lazy(() => z.string().check(z.minLength(1), z.maxLength(34 * 1024 * 1024)));
const nonEmpty = (max: number) => z.string().check(z.trim(), z.minLength(1, da.errors.fieldEmpty), z.maxLength(max));
const signerName = z.lazy(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));
/** Empty only where the signer's own installation signs (its key is theirs): the handler asks for it everywhere else. */
const personalCode = z.lazy(() => z._default(z.string().check(z.maxLength(200)), ''));

const memberInput = z.lazy(() => z.object({
  id: z.optional(id),
  name: nonEmpty(200),
  label: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  role: z._default(memberRoleSchema, 'medlem'),
}));
export type MemberInput = z.input<typeof memberInput>;

/** Bilag metadata as the editor sends it; files arrive through `attachments.add`, and an existing file stays with its id. */
const attachmentInput = z.lazy(() => z.object({ id: z.optional(id), name: nonEmpty(500), closed: z._default(z.boolean(), false) }));

const itemPatch = z.lazy(() => z.partial(z
  .object({
    title: nonEmpty(500),
    caseNumber: z.string().check(z.trim(), z.maxLength(100)),
    closed: z.boolean(),
    publicTitle: z.string().check(z.trim(), z.maxLength(500)),
    kind: itemKindSchema,
    subItem: z.boolean(),
    attachments: z.array(attachmentInput).check(z.maxLength(500)),
    absences: z.array(itemAbsenceSchema).check(z.maxLength(200)),
    remarks: z.array(protocolRemarkSchema).check(z.maxLength(200)),
    caseFlow: z.nullable(caseFlowSchema),
    vote: z.nullable(voteSchema),
    closedReason: z.nullable(closedReasonSchema),
  })));
export type ItemPatch = z.infer<typeof itemPatch>;

export const apiContract = {
  'committees.list': channel<Committee[]>()(() => z.object({})),
  'committees.create': channel<Committee>()(
    () => z.object({ name: nonEmpty(200), members: z._default(z.array(memberInput).check(z.maxLength(200)), []), templateId: z.optional(id) }),
  ),
  'templates.list': channel<ReadyTemplate[]>()(() => z.object({})),
  'committees.copyTemplate': channel<Committee>()(() => z.object({ fromCommitteeId: id, toCommitteeId: id })),
  'committees.update': channel<Committee>()(
    () => z.object({
      committeeId: id,
      name: z.optional(nonEmpty(200)),
      members: z.optional(z.array(memberInput).check(z.maxLength(200))),
      template: z.optional(committeeTemplateSchema),
    }),
  ),
  'meetings.list': channel<MeetingSummary[]>()(() => z.object({ committeeId: z.optional(id) })),
  // `today` is the window's own date: the navigation shows the meetings around it.
  'meetings.overview': channel<MeetingOverview>()(() => z.object({ today: dateSchema })),
  'meetings.get': channel<Meeting>()(() => z.object({ meetingId: id })),
  'meetings.create': channel<Meeting>()(
    () => z.object({
      committeeId: id,
      date: dateSchema,
      time: z.optional(timeSchema),
      location: z.optional(z.string().check(z.maxLength(300))),
    }),
  ),
  'meetings.setStatus': channel<Meeting>()(() => z.object({ meetingId: id, status: z.enum(MANUAL_STATUSES) })),
  'search.query': channel<SearchHit[]>()(() => z.object({ text: z.string().check(z.maxLength(200)), limit: z._default(z.int().check(z.gte(1), z.lte(200)), 30) })),
  'meetings.update': channel<Meeting>()(
    () => z.object({
      meetingId: id,
      date: z.optional(dateSchema),
      time: z.optional(timeSchema),
      location: z.optional(z.string().check(z.maxLength(300))),
      firstItemNumber: z.optional(z.int().check(z.gte(1), z.lte(100000))),
      participants: z.optional(z.array(participantSchema).check(z.maxLength(200))),
    }),
  ),
  'items.add': channel<Meeting>()(
    () => z.object({
      meetingId: id,
      title: nonEmpty(500),
      caseNumber: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
      kind: z._default(itemKindSchema, 'beslutning'),
      subItem: z._default(z.boolean(), false),
      /** Where the new item goes; by default before the standard items that close the agenda. */
      afterItemId: z.optional(id),
    }),
  ),
  'items.update': channel<Meeting>()(() => z.object({ meetingId: id, itemId: id, patch: itemPatch })),
  'items.setSection': channel<Meeting>()(
    () => z.object({ meetingId: id, itemId: id, sectionId: id, body: richDocSchema }),
  ),
  'items.move': channel<Meeting>()(
    () => z.object({ meetingId: id, itemId: id, toIndex: z.int().check(z.gte(0), z.lte(100000)) }),
  ),
  'items.remove': channel<Meeting>()(() => z.object({ meetingId: id, itemId: id })),
  /** Undo of a delete: the removed item back at its place. */
  'items.restore': channel<Meeting>()(() => z.object({ meetingId: id, item: agendaItemSchema, index: z.int().check(z.gte(0), z.lte(100000)) })),
  'items.duplicate': channel<Meeting>()(() => z.object({ meetingId: id, itemId: id })),
  /** Udsat: the item moves on to a later meeting of the same body; here it stays, marked as postponed. */
  'items.postpone': channel<Meeting>()(() => z.object({ meetingId: id, itemId: id, toMeetingId: id })),
  'attachments.add': channel<Meeting>()(
    () => z.object({ meetingId: id, itemId: id, name: nonEmpty(500), mimeType: z._default(z.string().check(z.maxLength(200)), 'application/octet-stream'), base64: z.string().check(z.minLength(1), z.maxLength(34 * 1024 * 1024)) }),
  ),
  /** Opens the file with the system viewer where the host can (Electron); otherwise returns it for download. */
  'attachments.open': channel<AttachmentOpened>()(() => z.object({ meetingId: id, itemId: id, attachmentId: id })),
  'store.info': channel<StoreInfo>()(() => z.object({})),
  'backups.list': channel<BackupView[]>()(() => z.object({})),
  'backups.create': channel<BackupView[]>()(() => z.object({})),
  'backups.restore': channel<{ message: string; backups: BackupView[] }>()(() => z.object({ backupId: id })),
  'approvals.send': channel<Meeting>()(() => z.object({ meetingId: id })),
  /**
   * Approving on this machine: signed with the signer's own key, opened with their personal code. `substitute` names the
   * stedfortræder answering for an absent member's seat. The first time, `code` is the code the signer chooses (`codeRepeat` typed again).
   */
  'approvals.approve': channel<Meeting>()(() => z.object({ meetingId: id, memberId: id, substitute: z.optional(signerName), code: personalCode, codeRepeat: z.optional(z.string().check(z.maxLength(200))), comment: z.optional(z.string().check(z.maxLength(5000))) })),
  'approvals.reject': channel<Meeting>()(
    () => z.object({ meetingId: id, memberId: id, substitute: z.optional(signerName), code: personalCode, codeRepeat: z.optional(z.string().check(z.maxLength(200))), comment: z.string().check(z.trim(), z.minLength(1, approvalText.errors.commentRequired), z.maxLength(5000)) }),
  ),
  'approvals.reopen': channel<Meeting>()(
    () => z.object({ meetingId: id, reason: z.string().check(z.trim(), z.minLength(3, approvalText.errors.reasonRequired), z.maxLength(2000)) }),
  ),
  'approvals.status': channel<ApprovalStatus>()(() => z.object({ meetingId: id })),
  'approvals.exportPackage': channel<TextFile>()(() => z.object({ meetingId: id })),
  'approvals.importAnswer': channel<Meeting>()(() => z.object({ text: fileText })),
  /** Registers a signer's key from their member file; replacing a registered key needs a reason (logged and printed). */
  'members.importKey': channel<Committee>()(() => z.object({ committeeId: id, memberId: id, substitute: z.optional(signerName), text: fileText, reason: z.optional(z.string().check(z.maxLength(2000))) })),
  /** Retires a signer's key: with the old personal code, or a reason the secretary gives; the next approval here makes a new one. */
  'members.replaceKey': channel<Committee>()(() => z.object({ committeeId: id, memberId: id, substitute: z.optional(signerName), oldCode: z.optional(z.string().check(z.maxLength(200))), reason: z.optional(z.string().check(z.maxLength(2000))) })),
  'identity.memberFile': channel<TextFile>()(() => z.object({ name: nonEmpty(200) })),
  'review.open': channel<ReviewView>()(() => z.object({ text: fileText })),
  'review.answer': channel<TextFile>()(
    () => z.object({ text: fileText, memberId: id, substitute: z.optional(z.nullable(signerName)), decision: z.enum(['godkendt', 'afvist']), comment: z._default(z.string().check(z.maxLength(5000)), '') }),
  ),
  /** Saves through the system's dialog where there is one (Electron), otherwise returns the file for download. */
  'export.file': channel<ExportResult>()(
    () => z.object({
      meetingId: id,
      variant: z.optional(z.enum(['referat', 'dagsorden'])),
      audience: z.optional(z.enum(['fuld', 'offentlig'])),
      /** `packet`: one PDF with the document and its open bilag (issue 15). */
      format: z._default(z.enum(['docx', 'pdf', 'packet']), 'docx'),
    }),
  ),
  'files.open': channel<{ done: true }>()(() => z.object({ path: z.string().check(z.minLength(1), z.maxLength(4096)) })),
  'files.showInFolder': channel<{ done: true }>()(() => z.object({ path: z.string().check(z.minLength(1), z.maxLength(4096)) })),
  /** Reads a referat or dagsorden (DOCX or PDF) and returns what was recognised; writes nothing. */
  'import.analyse': channel<ImportAnalysis>()(
    () => z.object({ fileName: nonEmpty(500), base64: importFile, committeeId: z.optional(id) }),
  ),
  /** Stores a recognised (and possibly corrected) meeting, the original file as its closed bilag, in a committee or a new one. */
  'import.commit': channel<ImportCommitted>()(
    () => z.object({
      fileName: nonEmpty(500),
      base64: importFile,
      meeting: importedMeetingSchema,
      committee: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('eksisterende'), committeeId: id }),
        z.object({ kind: z.literal('ny'), name: nonEmpty(200), members: z.optional(z.array(memberInput).check(z.maxLength(200))), template: z.optional(committeeTemplateSchema) }),
      ]),
    }),
  ),
  /** One case text (DOCX or PDF) into one item: matching sections filled, other headings as sub-headings in Sagsfremstilling. */
  'import.caseText': channel<CaseTextImported>()(() => z.object({ meetingId: id, itemId: id, fileName: nonEmpty(500), base64: importFile })),
  /** A historic (imported) referat reopened as a new draft meeting; the original stays read-only. */
  'meetings.draftCopy': channel<Meeting>()(() => z.object({ meetingId: id })),
  /** Tjek før udsendelse: the findings for one document (by default the dagsorden until the meeting is held, then the referat; the public version). */
  'publish.check': channel<PublishCheckView>()(
    () => z.object({ meetingId: id, variant: z.optional(z.enum(['referat', 'dagsorden'])), audience: z.optional(z.enum(['fuld', 'offentlig'])) }),
  ),
  /** Lets the errors standing now through a public export of this document, with a reason logged in the audit log. */
  'publish.override': channel<PublishCheckView>()(
    () => z.object({
      meetingId: id,
      variant: z.enum(['referat', 'dagsorden']),
      audience: z.enum(['fuld', 'offentlig']),
      reason: z.string().check(z.trim(), z.minLength(3, publishCheckText.overrideReasonRequired), z.maxLength(2000)),
    }),
  ),
  /** Synchronisation through CouchDB (issue 16): the header's status, the settings, and the conflicts with both versions. */
  'sync.status': channel<SyncStatus>()(() => z.object({})),
  'sync.configure': channel<SyncStatus>()(
    () => z.object({
      remote: z.nullable(z.string().check(z.trim(), z.maxLength(500))),
      user: z._default(z.nullable(z.string().check(z.trim(), z.maxLength(200))), null),
      password: z.optional(z.string().check(z.maxLength(500))),
      committees: z._default(z.array(id).check(z.maxLength(200)), []),
    }),
  ),
  'sync.now': channel<SyncStatus>()(() => z.object({})),
  'sync.conflicts': channel<SyncConflictView[]>()(() => z.object({})),
  'sync.resolve': channel<SyncConflictView[]>()(
    () => z.object({
      conflictId: z.string().check(z.regex(/^[0-9a-f]{16,64}$/)),
      choice: z.enum(['mine', 'theirs', 'merged']),
      /** The merge the secretary wrote: text for a text field, rich text for a section. */
      value: z.optional(z.union([z.string().check(z.maxLength(5000)), richDocSchema])),
    }),
  ),
} as const satisfies Record<ChannelName, Channel<z.ZodMiniType, unknown>>;

export type PublishCheckView = {
  variant: 'referat' | 'dagsorden';
  audience: 'fuld' | 'offentlig';
  findings: Finding[];
  errors: number;
  warnings: number;
  /** The logged override that lets the errors standing now through, if any. */
  override: { at: string; reason: string } | null;
};

export type ExportedFile = { fileName: string; mimeType: string; base64: string };
export type ExportResult =
  | { kind: 'saved'; fileName: string; path: string }
  | { kind: 'cancelled' }
  | { kind: 'download'; fileName: string; mimeType: string; base64: string };
export type StoreInfo = { dataDir: string; readOnly: boolean; notices: string[]; schemaVersion: number };
export type BackupView = { id: string; createdAt: string; reason: string; label: string; schemaVersion: number; meetings: number };

export type ReadyTemplate = { id: string; name: string; description: string; template: CommitteeTemplate };

export type SearchHit = {
  meetingId: string;
  committeeId: string;
  committeeName: string;
  date: string;
  itemId: string;
  itemLabel: string;
  title: string;
  caseNumber: string;
  snippet: string;
  score: number;
};

export type AttachmentOpened =
  | { opened: true }
  /** A program (or anything else that could run) is never opened: in Electron it is saved where the user picks; null when cancelled. */
  | { opened: false; savedTo: string | null; message: string }
  | { opened: false; fileName: string; mimeType: string; base64: string };

export type TextFile = { fileName: string; mimeType: string; text: string };

export type AuditView = { at: string; action: string; actor: string; details: Record<string, unknown> };

export type ApprovalStatus = {
  fingerprint: string;
  shortFingerprint: string;
  sentFingerprint: string | null;
  sentShortFingerprint: string | null;
  /** False when the stored protocol no longer matches what was sent or approved: show the banner. */
  intact: boolean;
  problems: string[];
  changes: ProtocolChange[];
  lastReopening: { at: string; reason: string; voidedApprovals: number } | null;
  /** For re-approvers after a reopening: what changed since the voided round. */
  changesSinceReopening: ProtocolChange[];
  auditIntact: boolean;
  audit: AuditView[];
  /** Who signs (members present, stedfortrædere of absent members), each with their registered key and answer. */
  signers: SignerView[];
  /** The audit log's head now: its sequence number and short hash. */
  auditHead: { seq: number; short: string } | null;
};

/** `gyldig` only when signed by the signer's registered key over exactly this protocol and what the file says about the answer. */
export type SignatureCheckView = 'gyldig' | 'usigneret' | 'ukendt_noegle' | 'forkert_signatur' | 'ikke_underskriver' | 'andet_referat';

export type SignerView = Signer & {
  /** `memberId`, or `memberId#stedfortræder`. */
  ref: string;
  /**
   * `her`: a key kept on this machine under a personal code; `maskine`: the signer's own installation's key, and this is
   * that installation (their Referent, joined through sync); `egen`: registered from the signer's own machine; `ingen`: none yet.
   */
  key: 'her' | 'maskine' | 'egen' | 'ingen';
  keyFingerprint: string | null;
  keyReason: string | null;
  approval: { at: string; method: 'lokal' | 'fjern'; check: SignatureCheckView; keyFingerprint: string | null } | null;
  rejection: { at: string; method: 'lokal' | 'fjern'; comment: string; check: SignatureCheckView } | null;
};

export type ReviewView = { committee: Committee; meeting: Meeting; fingerprint: string; shortFingerprint: string; sentAt: string };

export type ApiContract = typeof apiContract;
export type { ChannelName };
export { isChannelName };

// Both directions: every name has a channel here (satisfies), and every channel here has a name (the check below).
type _EveryChannelNamed = keyof ApiContract extends ChannelName ? true : never;
const _everyChannelNamed: _EveryChannelNamed = true;
void _everyChannelNamed;
export type RequestOf<K extends ChannelName> = z.input<ApiContract[K]['request']>;
export type ParsedRequestOf<K extends ChannelName> = z.output<ApiContract[K]['request']>;
export type ResponseOf<K extends ChannelName> = ApiContract[K]['response'];

export const channelNames: readonly ChannelName[] = CHANNEL_NAMES;

/** What main implements: one async function per channel, receiving the validated request. */
export type ApiHandlers = {
  [K in ChannelName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};

/** What everyone calls: the same channels, taking the request as sent and validating it first. */
export type ServiceApi = {
  [K in ChannelName]: (request: RequestOf<K>) => Promise<ResponseOf<K>>;
};
