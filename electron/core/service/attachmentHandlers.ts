import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { da } from '../../../shared/i18n/da.ts';
import { readAttachmentFile, storeAttachmentFile } from '../store/attachmentFiles.ts';
import type { ServiceContext } from './serviceContext.ts';

type AttachmentChannels = 'attachments.add' | 'attachments.open';

/** Safe as a file name on every system, keeping the extension the viewer needs. */
function safeFileName(name: string): string {
  const cleaned = [...name].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
  return cleaned.slice(0, 200) || 'bilag';
}

export function createAttachmentHandlers(ctx: ServiceContext): Pick<ApiHandlers, AttachmentChannels> {
  const { store, meetingOrThrow, mutateItem } = ctx;

  return {
    async 'attachments.add'(req) {
      const bytes = Buffer.from(req.base64, 'base64');
      if (bytes.byteLength === 0) throw new ReferentError('ugyldig_forespoergsel', da.errors.emptyAttachment);
      const stored = await storeAttachmentFile(store.dir, bytes);
      return mutateItem(req.meetingId, req.itemId, (item) => {
        item.attachments.push({ id: newId(), name: req.name, closed: false, file: { ...stored, mimeType: req.mimeType } });
      });
    },

    async 'attachments.open'(req) {
      const item = meetingOrThrow(req.meetingId).items.find((i) => i.id === req.itemId);
      const attachment = item?.attachments.find((a) => a.id === req.attachmentId);
      if (!attachment) throw new ReferentError('ikke_fundet', da.errors.attachmentNotFound);
      if (!attachment.file) throw new ReferentError('ikke_fundet', da.errors.attachmentHasNoFile(attachment.name));
      const { check, bytes } = await readAttachmentFile(store.dir, attachment.file);
      if (check === 'mangler') throw new ReferentError('ikke_fundet', da.errors.attachmentMissing(attachment.name));
      if (check === 'aendret' || !bytes) throw new ReferentError('konflikt', da.errors.attachmentAltered(attachment.name));
      if (ctx.openFile) {
        // The viewer gets a copy under the bilag's own name: it needs the extension, and must not edit the stored original.
        const copy = join(await mkdtemp(join(tmpdir(), 'referent-bilag-')), safeFileName(attachment.name));
        await writeFile(copy, bytes);
        try {
          await ctx.openFile(copy);
        } catch (error) {
          throw new ReferentError('intern_fejl', da.errors.attachmentOpenFailed(attachment.name, (error as Error).message));
        }
        return { opened: true };
      }
      return { opened: false, fileName: safeFileName(attachment.name), mimeType: attachment.file.mimeType, base64: bytes.toString('base64') };
    },
  };
}
