import { ReferentError } from '../../../shared/api/result.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';

/** No room left: the disk, the user's quota, or a file-size limit (ulimit -f, FAT32). */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

export function isDiskFull(error: unknown): boolean {
  return typeof error === 'object' && error !== null && NO_ROOM.has((error as NodeJS.ErrnoException).code ?? '');
}

/** The store's own error for a full disk (code `disk_fuld`, Danish message); any other error passes through unchanged. */
export function diskFullOr(error: unknown): unknown {
  return isDiskFull(error) ? new ReferentError('disk_fuld', storeText.diskFull) : error;
}
