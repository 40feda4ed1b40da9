import type { CommitteeTemplate } from '../../shared/domain/committee.ts';
import type { MeetingStatus } from '../../shared/domain/meeting.ts';
import type { RichDoc } from '../../shared/text/richText.ts';

/** `[title as printed, body]`; the section titled `Beslutning` is the item's decision. */
export type SeedSection = [title: string, body: RichDoc];

export type SeedItem = {
  /** Without the `Lukket: ` prefix; the export adds it for closed items. */
  title: string;
  caseNumber?: string;
  closed?: boolean;
  /** Omitted for closed items: they get the committee template's sections, empty. */
  sections?: SeedSection[];
  attachments?: string[];
};

export type SeedMember = { name: string; label?: string };

/** One real protocol, as authored in scripts/seeds/<body>.ts. */
export type SeedProtocol = {
  committee: {
    id: string;
    name: string;
    /** In the order of Mødedeltagere; the first is formand. */
    members: SeedMember[];
    /** The second member is næstformand where the body has one. */
    hasViceChair: boolean;
    template: CommitteeTemplate;
    createdAt: string;
  };
  meeting: {
    id: string;
    date: string;
    time: string;
    location: string;
    firstItemNumber: number;
    status: MeetingStatus;
    /** `[member name, ISO UTC timestamp]` */
    approvals: [name: string, approvedAt: string][];
    createdAt: string;
    updatedAt: string;
  };
  items: SeedItem[];
};
