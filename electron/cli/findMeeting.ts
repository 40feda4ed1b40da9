import { ReferentError } from '../../shared/api/result.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import type { Meeting } from '../../shared/domain/meeting.ts';
import { cliText } from '../../shared/i18n/cli.da.ts';
import type { ReferentApp } from '../core/openApp.ts';
import type { CliIo } from './cliIo.ts';

/** The meeting and its live committee, asked of the service; or a Danish message and nothing. */
export async function findMeeting(app: ReferentApp, meetingId: string, io: CliIo): Promise<{ meeting: Meeting; live: Committee } | null> {
  try {
    const meeting = await app.service['meetings.get']({ meetingId });
    const live = (await app.service['committees.list']({})).find((c) => c.id === meeting.committeeId);
    if (live) return { meeting, live };
  } catch (error) {
    if (!(error instanceof ReferentError && error.code !== 'intern_fejl')) throw error;
  }
  io.err(cliText.meetingNotFound(meetingId));
  return null;
}
