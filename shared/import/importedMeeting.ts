import { z } from 'zod';
import { caseFlowPlacementSchema } from '../domain/committee.ts';
import { caseFlowSchema, closedReasonSchema, dateSchema, itemAbsenceSchema, timeSchema, voteSchema } from '../domain/meeting.ts';
import { richDocSchema } from '../text/richText.ts';
import { importText } from '../i18n/import.da.ts';

/**
 * A meeting as recognised in an imported document, before anything is stored:
 * what the review screen shows and the secretary corrects, and what
 * `import.commit` turns into a meeting. Names stay names here (members are
 * matched when the meeting is committed into a committee), numbers stay as
 * printed, and every place the recogniser was unsure of carries its reason.
 */

const uncertain = z.array(z.string().max(1000)).max(50).default([]);

export const importedSectionSchema = z.object({
  /** The heading as printed (`Beslutning i Økonomiudvalget den 03-02-2026`). */
  heading: z.string().trim().max(500),
  /** The section title it is stored under (`Beslutning`). */
  title: z.string().trim().min(1).max(200),
  kind: z.enum(['tekst', 'beslutning']),
  body: richDocSchema,
  uncertain,
});
export type ImportedSection = z.infer<typeof importedSectionSchema>;

export const importedAttachmentSchema = z.object({ name: z.string().trim().min(1).max(500), closed: z.boolean().default(false) });

export const importedItemSchema = z.object({
  /** As printed: `12`, `12.a`. */
  number: z.string().trim().max(20),
  title: z.string().trim().min(1).max(500),
  caseNumber: z.string().trim().max(100).default(''),
  closed: z.boolean().default(false),
  subItem: z.boolean().default(false),
  sections: z.array(importedSectionSchema).max(100),
  attachments: z.array(importedAttachmentSchema).max(500).default([]),
  caseFlow: caseFlowSchema.nullable().default(null),
  absences: z.array(itemAbsenceSchema.omit({ memberId: true }).extend({ name: z.string().trim().min(1).max(200) })).max(200).default([]),
  remarks: z.array(z.object({ name: z.string().trim().max(200), text: z.string().trim().min(1).max(5000) })).max(200).default([]),
  postponedFrom: dateSchema.nullable().default(null),
  postponedTo: dateSchema.nullable().default(null),
  /** The vote printed under the decision; `who` holds names (matched to members on commit) or party letters. */
  vote: voteSchema.nullable().default(null),
  /** Why the item is closed, as printed under its case number. */
  closedReason: closedReasonSchema.nullable().default(null),
  uncertain,
});
export type ImportedItem = z.infer<typeof importedItemSchema>;

export const importedParticipantSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** Party letter or title, as printed in brackets. */
  label: z.string().trim().max(200).default(''),
  attendance: z.enum(['til_stede', 'afbud', 'fravaerende']).default('til_stede'),
  /** A stedfortræder: the name of the member stood in for. */
  substituteFor: z.string().trim().max(200).nullable().default(null),
});
export type ImportedParticipant = z.infer<typeof importedParticipantSchema>;

export const importedMeetingSchema = z.object({
  documentKind: z.enum(['referat', 'dagsorden']),
  bodyName: z.string().trim().max(200),
  /** Null when the document gave none; a date must be set before committing. */
  date: dateSchema.nullable(),
  time: timeSchema.nullable(),
  location: z.string().trim().max(300).default(''),
  participants: z.array(importedParticipantSchema).max(200).default([]),
  /** The approval date the document states (signatures, `Godkendt den …`), if any. */
  approvedOn: dateSchema.nullable().default(null),
  /** `medUdvalgOgDato` when the decisions print as `Beslutning i <udvalg> den <dato>`. */
  decisionHeading: z.enum(['kort', 'medUdvalgOgDato']).default('kort'),
  /** Where the items print their Sagsgang, when the document shows it (null: no Sagsgang, or no telling). */
  caseFlowPlacement: caseFlowPlacementSchema.nullable().default(null),
  /** The table of contents names the items by number (`Punkt 3: …`). */
  tocItemNumbers: z.boolean().default(false),
  items: z.array(importedItemSchema).max(500),
  uncertain,
});
export type ImportedMeeting = z.infer<typeof importedMeetingSchema>;

/** One place the recogniser was unsure, addressed for the review screen. */
export type ImportUncertainty = { itemIndex: number | null; sectionIndex: number | null; where: string; message: string };

/** Every uncertainty of a recognised meeting in reading order, with a Danish label of where it is. */
export function listUncertainties(meeting: ImportedMeeting): ImportUncertainty[] {
  const out: ImportUncertainty[] = meeting.uncertain.map((message) => ({ itemIndex: null, sectionIndex: null, where: importText.meetingWhere, message }));
  meeting.items.forEach((item, itemIndex) => {
    const label = `Punkt ${item.number || itemIndex + 1}`;
    for (const message of item.uncertain) out.push({ itemIndex, sectionIndex: null, where: label, message });
    item.sections.forEach((section, sectionIndex) => {
      for (const message of section.uncertain) out.push({ itemIndex, sectionIndex, where: `${label} · ${section.heading || section.title}`, message });
    });
  });
  return out;
}
