import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export type OutlineEntry = { title: string; page: number; kids: OutlineEntry[] };

/** Runs a poppler tool on PDF bytes and returns its output. */
function poppler(tool: string, args: string[], bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'referent-pdf-read-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const run = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfinfo` as key → value (`Tagged` → `yes`, `Pages` → `11`). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', [], bytes)
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** `pdfinfo -struct`: the structure tree, one element per line, indented by depth. */
export function pdfStructure(bytes: Uint8Array): string {
  return poppler('pdfinfo', ['-struct'], bytes);
}

/** The structure elements' types in order (`H1`, `P`, `TH` …). */
export function structureTypes(bytes: Uint8Array): string[] {
  // `H1 (block):`, `TH:`, `TH <node00000121>:` (Chromium names its elements).
  return [...pdfStructure(bytes).matchAll(/^\s*([A-Za-z][A-Za-z0-9]*)(?= \(| <|:|$)/gm)].map((m) => m[1]!).filter((t) => t !== 'Object');
}

/** `pdffonts`: each font and whether it is embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', [], bytes)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: emb is the fifth column from the end.
      return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
    });
}

/** The text of each page (`pdftotext -layout`), split on form feeds. */
export function pdfPages(bytes: Uint8Array): string[] {
  return poppler('pdftotext', ['-layout'], bytes).split('\f').slice(0, -1);
}

const text = (value: unknown): string => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '');

/** The bookmarks (outline) of a PDF with the page (from 1) each points at, read with pdf-lib. */
export async function pdfOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageIndex = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const lookup = (value: unknown): unknown => (value instanceof PDFRef ? pdf.context.lookup(value) : value);
  const pageOf = (dict: PDFDict): number => {
    let dest = lookup(dict.get(PDFName.of('Dest')));
    if (!dest) {
      const action = lookup(dict.get(PDFName.of('A')));
      if (action instanceof PDFDict) dest = lookup(action.get(PDFName.of('D')));
    }
    if (dest instanceof PDFArray) {
      const target = dest.get(0);
      return target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? 0) : 0;
    }
    return 0;
  };
  const walk = (first: unknown): OutlineEntry[] => {
    const out: OutlineEntry[] = [];
    let node = lookup(first);
    while (node instanceof PDFDict) {
      out.push({ title: text(lookup(node.get(PDFName.of('Title')))), page: pageOf(node), kids: walk(node.get(PDFName.of('First'))) });
      node = lookup(node.get(PDFName.of('Next')));
    }
    return out;
  };
  const outlines = lookup(pdf.catalog.get(PDFName.of('Outlines')));
  return outlines instanceof PDFDict ? walk(outlines.get(PDFName.of('First'))) : [];
}

/** The catalog's language and whether the viewer shows the document title as the window title. */
export async function pdfCatalog(bytes: Uint8Array): Promise<{ lang: string; displayDocTitle: boolean; marked: boolean }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const lookup = (value: unknown): unknown => (value instanceof PDFRef ? pdf.context.lookup(value) : value);
  const prefs = lookup(pdf.catalog.get(PDFName.of('ViewerPreferences')));
  const mark = lookup(pdf.catalog.get(PDFName.of('MarkInfo')));
  return {
    lang: text(lookup(pdf.catalog.get(PDFName.of('Lang')))),
    displayDocTitle: prefs instanceof PDFDict && String(prefs.get(PDFName.of('DisplayDocTitle'))) === 'true',
    marked: mark instanceof PDFDict && String(mark.get(PDFName.of('Marked'))) === 'true',
  };
}
