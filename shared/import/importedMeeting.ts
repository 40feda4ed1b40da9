import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
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

const uncertain = z.lazy(() => z._default(z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(50)), []));

export const importedSectionSchema = z.lazy(() => z.object({
  /** The heading as printed (`Beslutning i Økonomiudvalget den 03-02-2026`). */
  heading: z.string().check(z.trim(), z.maxLength(500)),
  /** The section title it is stored under (`Beslutning`). */
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  kind: z.enum(['tekst', 'beslutning']),
  body: richDocSchema,
  uncertain,
}));
export type ImportedSection = z.infer<typeof importedSectionSchema>;

export const importedAttachmentSchema = z.lazy(() => z.object({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)), closed: z._default(z.boolean(), false) }));

export const importedItemSchema = z.lazy(() => z.object({
  /** As printed: `12`, `12.a`. */
  number: z.string().check(z.trim(), z.maxLength(20)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  caseNumber: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  closed: z._default(z.boolean(), false),
  subItem: z._default(z.boolean(), false),
  sections: z.array(importedSectionSchema).check(z.maxLength(100)),
  attachments: z._default(z.array(importedAttachmentSchema).check(z.maxLength(500)), []),
  caseFlow: z._default(z.nullable(caseFlowSchema), null),
  absences: z._default(z.array(z.extend(z.omit(itemAbsenceSchema._zod.innerType, { memberId: true }), { name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) })).check(z.maxLength(200)), []),
  remarks: z._default(z.array(z.object({ name: z.string().check(z.trim(), z.maxLength(200)), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)) })).check(z.maxLength(200)), []),
  postponedFrom: z._default(z.nullable(dateSchema), null),
  postponedTo: z._default(z.nullable(dateSchema), null),
  /** The vote printed under the decision; `who` holds names (matched to members on commit) or party letters. */
  vote: z._default(z.nullable(voteSchema), null),
  /** Why the item is closed, as printed under its case number. */
  closedReason: z._default(z.nullable(closedReasonSchema), null),
  uncertain,
}));
export type ImportedItem = z.infer<typeof importedItemSchema>;

export const importedParticipantSchema = z.lazy(() => z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Party letter or title, as printed in brackets. */
  label: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  attendance: z._default(z.enum(['til_stede', 'afbud', 'fravaerende']), 'til_stede'),
  /** A stedfortræder: the name of the member stood in for. */
  substituteFor: z._default(z.nullable(z.string().check(z.trim(), z.maxLength(200))), null),
}));
export type ImportedParticipant = z.infer<typeof importedParticipantSchema>;

export const importedMeetingSchema = z.lazy(() => z.object({
  documentKind: z.enum(['referat', 'dagsorden']),
  bodyName: z.string().check(z.trim(), z.maxLength(200)),
  /** Null when the document gave none; a date must be set before committing. */
  date: z.nullable(dateSchema),
  time: z.nullable(timeSchema),
  location: z._default(z.string().check(z.trim(), z.maxLength(300)), ''),
  participants: z._default(z.array(importedParticipantSchema).check(z.maxLength(200)), []),
  /** The approval date the document states (signatures, `Godkendt den …`), if any. */
  approvedOn: z._default(z.nullable(dateSchema), null),
  /** `medUdvalgOgDato` when the decisions print as `Beslutning i <udvalg> den <dato>`. */
  decisionHeading: z._default(z.enum(['kort', 'medUdvalgOgDato']), 'kort'),
  /** Where the items print their Sagsgang, when the document shows it (null: no Sagsgang, or no telling). */
  caseFlowPlacement: z._default(z.nullable(caseFlowPlacementSchema), null),
  /** The table of contents names the items by number (`Punkt 3: …`). */
  tocItemNumbers: z._default(z.boolean(), false),
  items: z.array(importedItemSchema).check(z.maxLength(500)),
  uncertain,
}));
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
