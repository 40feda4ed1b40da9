import type { TextFile } from '../../../shared/api/contract.ts';
import { downloadFile } from './downloadFile.ts';

/** Approval files are JSON text; they leave through the same Blob download as the DOCX. */
export function downloadText(file: TextFile): void {
  const bytes = new TextEncoder().encode(file.text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  downloadFile({ fileName: file.fileName, mimeType: file.mimeType, base64: btoa(binary) });
}
