import type { Committee } from '../committee.ts';
import type { Meeting } from '../meeting.ts';

export type FindingSeverity = 'fejl' | 'advarsel';

/** Which of the check's rules found it (issue 15, points 1–9). */
export type CheckRule = 'cpr' | 'lukketPunkt' | 'beslutning' | 'nummerering' | 'pladsholder' | 'datoer' | 'bilag' | 'kontaktdata' | 'afstemning';

/** What a finding points at inside its item, so the editor can jump there. */
export type FindingField =
  | 'title'
  | 'publicTitle'
  | 'closedReason'
  | 'caseNumber'
  | 'section'
  | 'sectionTitle'
  | 'attachment'
  | 'vote'
  | 'remark'
  | 'absence'
  | 'caseFlow'
  | 'firstItemNumber'
  | 'approval'
  | 'postponement';

export type Finding = {
  rule: CheckRule;
  severity: FindingSeverity;
  itemId?: string;
  sectionId?: string;
  attachmentId?: string;
  field: FindingField;
  /** Danish, from shared/i18n/publishCheck.da.ts, with the item's label in front (`Punkt 12: …`). */
  message: string;
};

/** The state of each stored bilag file, by attachment id, as the store found it (`ok` or absent when fine). */
export type BilagIntegrity = Readonly<Record<string, 'ok' | 'mangler' | 'aendret'>>;

export type CheckVariant = 'referat' | 'dagsorden';
export type CheckAudience = 'fuld' | 'offentlig';

export type CheckInput = {
  /** The committee as the protocol prints it (frozen when sent for approval). */
  committee: Committee;
  meeting: Meeting;
  variant: CheckVariant;
  audience: CheckAudience;
  /** Computed where the files are (the core); without it the files are not checked. */
  bilagIntegrity?: BilagIntegrity;
  /** The committee's other meetings, for the running numbering; without them it is not checked. */
  otherMeetings?: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'time' | 'firstItemNumber' | 'items'>[];
};

export type CheckResult = { findings: Finding[]; errors: number; warnings: number };
