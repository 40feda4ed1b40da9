import { api } from '../api/apiClient.ts';
import type { ExportResult } from '../../../shared/api/contract.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { downloadFile } from '../ui/downloadFile.ts';

export type ExportChoice = { variant: 'referat' | 'dagsorden'; audience: 'fuld' | 'offentlig'; format: 'docx' | 'pdf' };

/**
 * Exports the meeting's document. It must contain what is on screen, so edits
 * still in their debounce are saved first. In the desktop app the file is
 * saved where the secretary chooses; in a browser it is downloaded here.
 */
export async function exportDocument(meetingId: string, choice: ExportChoice): Promise<ExportResult> {
  await saveTracker.flushAll();
  const result = await api.call('export.file', { meetingId, ...choice });
  if (result.kind === 'download') downloadFile(result);
  return result;
}

/** Opens a file this session exported, with the system's viewer (desktop only). */
export async function openExportedFile(path: string): Promise<void> {
  await api.call('files.open', { path });
}

/** Shows a file this session exported in its folder (desktop only). */
export async function showExportedFile(path: string): Promise<void> {
  await api.call('files.showInFolder', { path });
}
