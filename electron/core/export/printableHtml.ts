import mammoth from 'mammoth';

/**
 * The referat as a self-contained, script-free HTML page for Electron's
 * printToPDF, read from the very DOCX we export so the PDF says exactly what
 * the document says. Page breaks fall before every item, as in the DOCX.
 */
export async function printableHtml(docx: Buffer, title: string, font = 'Calibri'): Promise<string> {
  const { value: body } = await mammoth.convertToHtml({ buffer: docx }, { includeDefaultStyleMap: true });
  const escapedTitle = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html lang="da-DK"><head><meta charset="utf-8"><title>${escapedTitle}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<style>
  @page { size: A4; margin: 25mm 22mm 25mm 22mm; }
  body { font-family: '${font}', Carlito, 'Segoe UI', Arial, sans-serif; font-size: 11pt; line-height: 1.32; color: #1a1a1a; }
  h1 { font-size: 16pt; color: #1f3a5f; break-before: page; margin: 0 0 6pt; }
  h1:first-of-type { break-before: auto; }
  h2 { font-size: 12.5pt; color: #1f3a5f; margin: 12pt 0 3pt; }
  h3, h4, h5 { font-size: 11pt; margin: 9pt 0 3pt; }
  p { margin: 0 0 6pt; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
  td, th { border: 0.5pt solid #bfbfbf; padding: 3pt 5pt; vertical-align: top; }
  a { color: #1f3a5f; }
</style></head><body>${body}</body></html>`;
}
