import { z } from 'zod';
import { committeeSchema } from './committee.ts';
import { meetingSchema } from './meeting.ts';

/** Bumped with every change to the stored shape; each bump adds one migration in electron/core/store/migrations.ts. */
export const SCHEMA_VERSION = 4;

export const rootFileSchema = z.object({
  schemaVersion: z.number().int().min(1),
  committees: z.array(committeeSchema),
});
export type RootFile = z.infer<typeof rootFileSchema>;

export const meetingFileSchema = z.object({
  schemaVersion: z.number().int().min(1),
  meeting: meetingSchema,
});
export type MeetingFile = z.infer<typeof meetingFileSchema>;
