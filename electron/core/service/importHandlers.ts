import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { committeeSchema, type Committee, type Member } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { isHistoric } from '../../../shared/domain/meeting.ts';
import { listUncertainties } from '../../../shared/import/importedMeeting.ts';
import { da } from '../../../shared/i18n/da.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { storeAttachmentFile } from '../store/attachmentFiles.ts';
import { caseTextSections } from '../import/caseTextSections.ts';
import { draftCopyOf } from '../import/draftCopy.ts';
import { ImportFailure } from '../import/importFailure.ts';
import { planImportedMeeting } from '../import/meetingFromImport.ts';
import { sameName } from '../import/participants.ts';
import { readImportFile } from '../import/readImportFile.ts';
import { ReadableFiles, sha256Hex } from '../import/readableFiles.ts';
import { recogniseMeeting } from '../import/recogniseMeeting.ts';
import { normaliseHeading } from '../import/sectionHeadings.ts';
import { sourcePlainText } from '../import/sourceDocument.ts';
import { templateFromImport } from '../import/templateFromImport.ts';
import type { ServiceContext } from './serviceContext.ts';

type ImportChannels = 'import.analyse' | 'import.commit' | 'import.caseText' | 'meetings.draftCopy';

const MIME = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' } as const;

function decode(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength === 0) throw new ImportFailure('tom');
  return bytes;
}

/**
 * Importing protocols, dagsordener and case texts. `import.analyse` only
 * reads: the review screen shows what was recognised and nothing is stored
 * until `import.commit`, which stores the original file (by its SHA-256) and
 * the meeting (and a new committee, or new members for a dagsorden) in one
 * task on the write queue.
 */
export function createImportHandlers(ctx: ServiceContext): Pick<ApiHandlers, ImportChannels> {
  const { store, committeeOrThrow, meetingOrThrow, mutateItem, now } = ctx;
  const readable = new ReadableFiles();

  return {
    async 'import.analyse'(req) {
      const bytes = decode(req.base64);
      const committee = req.committeeId ? committeeOrThrow(req.committeeId) : null;
      const source = await readImportFile(bytes);
      const sha256 = sha256Hex(bytes);
      readable.remember(sha256, source.format);
      const meeting = recogniseMeeting(source, { sectionTitles: committee?.template.sections.map((s) => s.title) ?? [] });
      const byName = store.committees().find((c) => normaliseHeading(c.name) === normaliseHeading(meeting.bodyName));
      return {
        fileName: req.fileName,
        format: source.format,
        sha256,
        size: bytes.byteLength,
        meeting,
        plainText: sourcePlainText(source.blocks),
        uncertainties: listUncertainties(meeting),
        committeeId: committee?.id ?? byName?.id ?? null,
        proposedCommittee: {
          name: meeting.bodyName,
          members: meeting.participants.filter((p) => !p.substituteFor).map((p) => ({ name: p.name, label: p.label })),
          template: templateFromImport(meeting),
        },
      };
    },

    async 'import.commit'(req) {
      const bytes = decode(req.base64);
      // The original is kept as the protocol's source: it must be a document this import can read, not any file.
      // The bytes just analysed were read; any others are read now.
      const format = readable.formatOf(sha256Hex(bytes)) ?? (await readImportFile(bytes)).format;
      if (!req.meeting.date) throw new ReferentError('ugyldig_forespoergsel', importText.commit.noDate);
      if (req.meeting.items.length === 0) throw new ReferentError('ugyldig_forespoergsel', importText.commit.noItems);
      return store.transaction(async (tx) => {
        const stamp = now();
        let committee: Committee;
        let created = false;
        if (req.committee.kind === 'eksisterende') committee = tx.committee(req.committee.committeeId) ?? committeeOrThrow(req.committee.committeeId);
        else {
          const inputs = req.committee.members ?? req.meeting.participants.filter((p) => !p.substituteFor).map((p) => ({ name: p.name, label: p.label, role: 'medlem' as const }));
          const members: Member[] = [];
          for (const m of inputs) {
            if (!members.some((x) => sameName(x.name, m.name))) members.push({ id: newId(), name: m.name.trim(), label: (m.label ?? '').trim(), role: m.role ?? 'medlem' });
          }
          committee = committeeSchema.parse({ id: newId(), name: req.committee.name, members, template: req.committee.template ?? templateFromImport(req.meeting), createdAt: stamp });
          created = true;
        }
        // The file first: a meeting must never point at a bilag that was not written.
        const stored = await storeAttachmentFile(store.dir, bytes);
        const plan = planImportedMeeting({
          imported: req.meeting,
          committee,
          existing: store.meetingSummaries(),
          source: { ...stored, fileName: req.fileName, format, documentKind: req.meeting.documentKind, importedAt: stamp, mimeType: MIME[format] },
          now: stamp,
        });
        if (created || plan.newMembers.length > 0) {
          committee = committeeSchema.parse({ ...committee, members: [...committee.members, ...plan.newMembers] });
          tx.putCommittee(committee);
        }
        tx.putMeeting(plan.meeting);
        tx.audit({
          meetingId: plan.meeting.id,
          action: 'moede_importeret',
          details: {
            fileName: req.fileName,
            sha256: stored.sha256,
            format,
            documentKind: req.meeting.documentKind,
            committeeId: committee.id,
            committeeCreated: created,
            items: plan.meeting.items.length,
          },
        });
        return { meeting: plan.meeting, committee, notices: plan.notices };
      });
    },

    async 'import.caseText'(req) {
      const meeting = meetingOrThrow(req.meetingId);
      const item = meeting.items.find((i) => i.id === req.itemId);
      if (!item) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
      if (isHistoric(meeting)) throw new ReferentError('konflikt', importText.historic.readOnly);
      const source = await readImportFile(decode(req.base64));
      if (source.blocks.length === 0) throw new ImportFailure('ingenSagstekst');
      const defaults = new Map(committeeOrThrow(meeting.committeeId).template.sections.map((s) => [s.title, s.defaultText] as const));
      const result = caseTextSections(source, item, defaults);
      if (result.bodies.size === 0) throw new ImportFailure('ingenSagstekst');
      const next = await mutateItem(req.meetingId, req.itemId, (draft) => {
        for (const section of draft.sections) {
          const body = result.bodies.get(section.id);
          if (body) section.body = body;
        }
      });
      return { meeting: next, filled: result.filled, subHeadings: result.subHeadings, notices: result.notices };
    },

    async 'meetings.draftCopy'(req) {
      return store.transaction((tx) => {
        const meeting = tx.meeting(req.meetingId);
        if (!meeting) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
        if (!isHistoric(meeting)) throw new ReferentError('konflikt', importText.historic.draftOnlyHistoric);
        const copy = draftCopyOf(meeting, committeeOrThrow(meeting.committeeId), now());
        tx.putMeeting(copy);
        return copy;
      });
    },
  };
}
