import type { Committee, CommitteeTemplate } from '../domain/committee.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { ImportedMeeting, ImportUncertainty } from './importedMeeting.ts';

/** What `import.analyse` finds in a file; nothing is stored. */
export type ImportAnalysis = {
  fileName: string;
  format: 'docx' | 'pdf';
  sha256: string;
  size: number;
  meeting: ImportedMeeting;
  /** The original's text, one line per paragraph, to show beside the recognised structure. */
  plainText: string;
  uncertainties: ImportUncertainty[];
  /** An existing committee with the document's body name, if there is one. */
  committeeId: string | null;
  /** For a committee made from the document: its members and a template from the section headings found. */
  proposedCommittee: { name: string; members: { name: string; label: string }[]; template: CommitteeTemplate };
};

export type ImportCommitted = { meeting: Meeting; committee: Committee; notices: string[] };

export type CaseTextImported = { meeting: Meeting; filled: string[]; subHeadings: string[]; notices: string[] };
