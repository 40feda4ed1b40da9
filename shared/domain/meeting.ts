import { z } from 'zod';
import { richDocSchema } from '../text/richText.ts';

export const sectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  /** The `beslutning` section is the item's decision; the template decides where it stands. */
  kind: z.enum(['tekst', 'beslutning']),
  body: richDocSchema,
});
export type Section = z.infer<typeof sectionSchema>;

export const agendaItemSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(500),
  caseNumber: z.string().trim().max(100).default(''),
  closed: z.boolean().default(false),
  sections: z.array(sectionSchema),
  attachments: z.array(z.string().trim().min(1).max(500)).default([]),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const participantSchema = z.object({
  memberId: z.string().min(1),
  attendance: z.enum(['til_stede', 'afbud', 'fravaerende']).default('til_stede'),
});
export type Participant = z.infer<typeof participantSchema>;

export const approvalSchema = z.object({
  memberId: z.string().min(1),
  approvedAt: z.string(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const meetingStatusSchema = z.enum(['kladde', 'udsendt', 'afholdt', 'til_godkendelse', 'godkendt']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

/** `YYYY-MM-DD` and `HH:MM`, local wall-clock time of the municipality; no time zone on purpose. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato');
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ugyldigt klokkeslæt');

export const meetingSchema = z.object({
  id: z.string().min(1),
  committeeId: z.string().min(1),
  date: dateSchema,
  time: timeSchema,
  location: z.string().max(300).default(''),
  /** Items are numbered from here: 1 when numbers restart, 10 when they run on through the year. */
  firstItemNumber: z.number().int().min(1).max(100000).default(1),
  participants: z.array(participantSchema),
  items: z.array(agendaItemSchema),
  approvals: z.array(approvalSchema),
  status: meetingStatusSchema.default('kladde'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export type MeetingSummary = {
  id: string;
  committeeId: string;
  date: string;
  time: string;
  location: string;
  itemCount: number;
  status: MeetingStatus;
  approvals: number;
  updatedAt: string;
};

export function summarizeMeeting(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    committeeId: meeting.committeeId,
    date: meeting.date,
    time: meeting.time,
    location: meeting.location,
    itemCount: meeting.items.length,
    status: meeting.status,
    approvals: meeting.approvals.length,
    updatedAt: meeting.updatedAt,
  };
}

export function itemNumber(meeting: Pick<Meeting, 'firstItemNumber'>, index: number): number {
  return meeting.firstItemNumber + index;
}

export function decisionSection(item: AgendaItem): Section | undefined {
  return item.sections.find((s) => s.kind === 'beslutning');
}
