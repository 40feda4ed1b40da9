import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { readAttachmentFile } from '../store/attachmentFiles.ts';
import type { BuildReferatInput } from './buildReferatDocx.ts';
import type { ReferatAudience, ReferatVariant } from './exportOptions.ts';
import { buildPublicationPacket, type BilagBytes } from './publicationPacket.ts';

export type ExportPacketInput = {
  /** The data directory, where the bilag files are. */
  dir: string;
  /** The committee as the protocol prints it. */
  committee: Committee;
  meeting: Meeting;
  variant: ReferatVariant;
  audience: ReferatAudience;
  buildDocx: (input: BuildReferatInput) => Promise<Buffer>;
  toPdf: (docx: Buffer) => Promise<Buffer>;
};

/** The publication packet of a meeting from the store: the document built and converted as any export, the bilag read and checked against their hashes. */
export function exportPacket({ dir, committee, meeting, variant, audience, buildDocx, toPdf }: ExportPacketInput): Promise<Buffer> {
  return buildPublicationPacket({
    committee,
    meeting,
    variant,
    audience,
    renderDocument: async (totalPages) => toPdf(await buildDocx({ committee, meeting, variant, audience, ...(totalPages ? { totalPages } : {}) })),
    readBilag: async (attachment): Promise<BilagBytes> => {
      if (!attachment.file) return { problem: 'ingen_fil' };
      const read = await readAttachmentFile(dir, attachment.file);
      return read.check === 'ok' && read.bytes ? { bytes: read.bytes } : { problem: read.check === 'aendret' ? 'aendret' : 'mangler' };
    },
  });
}
