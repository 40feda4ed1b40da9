import { BrowserWindow, dialog, shell, app } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { PlatformHooks } from '../core/service/serviceContext.ts';
import { attachmentOpening } from '../core/security/attachmentOpening.ts';
import { securityText } from '../../shared/i18n/security.da.ts';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.docx': { name: 'Word-dokument', extensions: ['docx'] },
  '.pdf': { name: 'PDF-dokument', extensions: ['pdf'] },
};

/** The desktop's own dialog, viewer, file manager and PDF printer, handed to the service. */
export function platformHooks(window: () => BrowserWindow | undefined): PlatformHooks {
  return {
    async openFile(path) {
      // The service never hands a program here (it saves those instead); refused here all the same, since openPath would run it.
      if (attachmentOpening(basename(path)) !== 'open') throw new Error(securityText.attachments.refusedToOpen);
      // openPath answers with an error text instead of throwing.
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },

    async saveFile(suggestedName, bytes) {
      const options: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [FILTERS[extname(suggestedName)] ?? { name: 'Alle filer', extensions: ['*'] }],
      };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, bytes);
      return result.filePath;
    },

    showInFolder(path) {
      shell.showItemInFolder(path);
    },

    async renderPdf(html) {
      // A hidden, script-free window that only ever shows the page we hand it.
      const printer = new BrowserWindow({
        show: false,
        webPreferences: { javascript: false, sandbox: true, contextIsolation: true, disableBlinkFeatures: 'Auxclick' },
      });
      try {
        printer.webContents.on('will-navigate', (event) => event.preventDefault());
        await printer.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        return await printer.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;color:#555">Side <span class="pageNumber"></span> af <span class="totalPages"></span></div>',
          margins: { top: 0.9, bottom: 0.9, left: 0.85, right: 0.85 },
          // Accessible PDF (issue 15): tagged from the page's structure (h1–h3, th, lang="da-DK"), a bookmark per heading.
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
      } finally {
        printer.destroy();
      }
    },
  };
}
