import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
import { committeeSchema } from './committee.ts';
import { meetingSchema } from './meeting.ts';

/** Bumped with every change to the stored shape; each bump adds one migration in electron/core/store/migrations.ts. */
export const SCHEMA_VERSION = 5;

/**
 * The audit log's last entry as a file saw it when it was written (v4). Cutting,
 * emptying or rewriting the log no longer matches what the files recorded.
 */
export const auditHeadSchema = z.lazy(() => z.object({ seq: z.int().check(z.gte(1)), hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)) }));
export type AuditHead = z.infer<typeof auditHeadSchema>;

export const rootFileSchema = z.lazy(() => z.object({
  schemaVersion: z.int().check(z.gte(1)),
  committees: z.array(committeeSchema),
  auditHead: z._default(z.nullable(auditHeadSchema), null),
}));
export type RootFile = z.infer<typeof rootFileSchema>;

export const meetingFileSchema = z.lazy(() => z.object({
  schemaVersion: z.int().check(z.gte(1)),
  meeting: meetingSchema,
  auditHead: z._default(z.nullable(auditHeadSchema), null),
}));
export type MeetingFile = z.infer<typeof meetingFileSchema>;
