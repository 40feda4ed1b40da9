import type { ExportedFile } from '../../../shared/api/contract.ts';

/** A Blob behind an `<a download>`: the one download path that works in Chromium and in Electron alike. */
export function downloadFile(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
