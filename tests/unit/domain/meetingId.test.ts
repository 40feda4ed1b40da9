import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../shared/domain/meeting.ts';
import { meetingPath } from '../../../electron/core/store/meetingFiles.ts';

const seed = JSON.parse(readFileSync(join(process.cwd(), 'seeds', 'meetings', 'kalundborg-direktionen-2026-03-16.json'), 'utf8')).meeting;
const meeting = (id: string) => ({ ...seed, id });

describe('a meeting id names its file, so it is a plain file name', () => {
  it('UUIDs and the seeds’ slugs pass; anything that could reach outside the meetings folder is refused in Danish', () => {
    for (const id of ['0b7f3c1e-9c2a-4f7e-8d7b-5a1e2f3c4d5e', 'kalundborg-direktionen-2026-03-16']) expect(meetingSchema.safeParse(meeting(id)).success).toBe(true);
    for (const id of ['../referent', 'x/../y', '..', '.', 'a\\b', '/etc/passwd', '', '.skjult']) {
      const parsed = meetingSchema.safeParse(meeting(id));
      expect(parsed.success, id).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^Ugyldigt møde-id/);
      expect(() => meetingPath('/data', id)).toThrow(/Ugyldigt møde-id/);
    }
  });
});
