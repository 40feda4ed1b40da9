import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { da } from '../../../shared/i18n/da.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';
import { readAttachmentFile, storeAttachmentFile } from '../store/attachmentFiles.ts';
import { attachmentOpening } from '../security/attachmentOpening.ts';
import { safeFileName, visibleFileName } from '../security/safeFileName.ts';
import type { ServiceContext } from './serviceContext.ts';

type AttachmentChannels = 'attachments.add' | 'attachments.open';

export function createAttachmentHandlers(ctx: ServiceContext): Pick<ApiHandlers, AttachmentChannels> {
  const { store, meetingOrThrow, mutateItem } = ctx;

  return {
    async 'attachments.add'(req) {
      const bytes = Buffer.from(req.base64, 'base64');
      if (bytes.byteLength === 0) throw new ReferentError('ugyldig_forespoergsel', da.errors.emptyAttachment);
      const stored = await storeAttachmentFile(store.dir, bytes);
      return mutateItem(req.meetingId, req.itemId, (item) => {
        // The name comes from a file on disk: a right-to-left override in it would show `fakturaexe.pdf` for `faktura‮fdp.exe`.
        item.attachments.push({ id: newId(), name: visibleFileName(req.name), closed: false, file: { ...stored, mimeType: req.mimeType } });
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
      const fileName = safeFileName(attachment.name);
      if (ctx.openFile) {
        if (attachmentOpening(fileName) === 'save') {
          // A program, or anything else that could run: never opened, saved where the user picks instead.
          if (!ctx.saveFile) throw new ReferentError('konflikt', securityText.attachments.programNoPlace(fileName));
          const path = await ctx.saveFile(fileName, bytes);
          return path
            ? { opened: false, savedTo: path, message: securityText.attachments.programNotOpened(fileName, path) }
            : { opened: false, savedTo: null, message: securityText.attachments.programNotSaved(fileName) };
        }
        // The viewer gets a copy under the bilag's own name: it needs the extension, and must not edit the stored original.
        const copy = join(await mkdtemp(join(tmpdir(), 'referent-bilag-')), fileName);
        await writeFile(copy, bytes);
        try {
          await ctx.openFile(copy);
        } catch (error) {
          throw new ReferentError('intern_fejl', da.errors.attachmentOpenFailed(attachment.name, (error as Error).message));
        }
        return { opened: true };
      }
      return { opened: false, fileName, mimeType: attachment.file.mimeType, base64: bytes.toString('base64') };
    },
  };
}
