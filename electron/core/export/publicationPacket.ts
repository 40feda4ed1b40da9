import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Attachment, Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { packetText } from '../../../shared/i18n/packet.da.ts';
import type { ReferatAudience, ReferatVariant } from './exportOptions.ts';
import { displayItemTitle } from './itemHeadings.ts';

/** What the store gives for a bilag: its bytes, or why there are none. */
export type BilagBytes = { bytes: Uint8Array } | { problem: 'ingen_fil' | 'mangler' | 'aendret' };

export type PacketInput = {
  committee: Committee;
  meeting: Meeting;
  variant: ReferatVariant;
  audience: ReferatAudience;
  /** The referat or dagsorden as PDF; its footer counts `totalPages` when given (`Side 3 af 41`). */
  renderDocument: (totalPages?: number) => Promise<Uint8Array>;
  readBilag: (attachment: Attachment) => Promise<BilagBytes>;
};

type PacketBilag = {
  itemLabel: string;
  itemTitle: string;
  attachment: Attachment;
  /** The bilag's PDF when it goes in whole; otherwise why it is only named. */
  pdf?: PDFDocument;
  note?: string;
  /** Its first page in the packet, from 1. */
  firstPage?: number;
};

// A4 in points, and the document's own margins (2.5 cm; the footer 1.25 cm from the edge).
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 70.9;
const FOOTER_Y = 35.45;
const MUTED = rgb(0.35, 0.35, 0.35);
const HEADING = rgb(0.12, 0.22, 0.39);

/**
 * The publication packet (issue 15, point 14): one PDF with the referat or
 * dagsorden, then a page listing every bilag, then each PDF bilag in whole.
 * A bilag of another type is listed by name; the public version leaves closed
 * items and closed bilag out. A bookmark per bilag is added to the document's
 * own (one per item), and every page carries `Side N af T` of the whole
 * packet. Merging is pdf-lib's; the document keeps its tags, language and title.
 */
export async function buildPublicationPacket(input: PacketInput): Promise<Buffer> {
  const bilag = await collectBilag(input);
  // A first rendering tells how many pages the document has, so every page can count the whole packet.
  const first = await PDFDocument.load(await input.renderDocument(), { updateMetadata: false });
  const documentPages = first.getPageCount();
  const listLines = listingLines(bilag, input);
  const font = await first.embedFont(StandardFonts.Helvetica);
  const listPages = bilag.length === 0 ? 0 : paginateLines(listLines, font).length;
  let next = documentPages + listPages + 1;
  for (const b of bilag) {
    if (!b.pdf) continue;
    b.firstPage = next;
    next += b.pdf.getPageCount();
  }
  const total = next - 1;

  const packet = total === documentPages ? first : await PDFDocument.load(await input.renderDocument(total), { updateMetadata: false });
  if (packet.getPageCount() !== documentPages) throw new Error(packetText.pageCountChanged);
  if (bilag.length === 0) return Buffer.from(await packet.save());

  const regular = await packet.embedFont(StandardFonts.Helvetica);
  const bold = await packet.embedFont(StandardFonts.HelveticaBold);
  const listStart = packet.getPageCount();
  drawListing(packet, paginateLines(listingLines(bilag, input), regular), { regular, bold }, total);

  const outline: OutlineItem[] = [];
  for (const b of bilag) {
    if (!b.pdf) continue;
    const pages = await packet.copyPages(b.pdf, b.pdf.getPageIndices());
    for (const [k, page] of pages.entries()) {
      // The bilag's own structure is not carried over: its pages must not point into the packet's structure tree.
      page.node.delete(PDFName.of('StructParents'));
      packet.addPage(page);
      stampFooter(page, regular, packetText.bilagFooter(b.itemLabel, b.attachment.name), packetText.pageOf(b.firstPage! + k, total));
    }
  }
  const pages = packet.getPages();
  outline.push({
    title: packetText.listingTitle,
    page: pages[listStart]!,
    kids: bilag.map((b) => ({ title: packetText.bilagBookmark(b.itemLabel, b.attachment.name), page: pages[(b.firstPage ?? listStart + 1) - 1]!, kids: [] })),
  });
  appendOutline(packet, outline);
  return Buffer.from(await packet.save());
}

/** The bilag that go out with the document, in item order, each PDF loaded (a file that is not a readable PDF is named only). */
async function collectBilag({ meeting, audience, readBilag }: PacketInput): Promise<PacketBilag[]> {
  const labels = itemLabels(meeting);
  const out: PacketBilag[] = [];
  for (const [index, item] of meeting.items.entries()) {
    if (item.closed && audience === 'offentlig') continue;
    for (const attachment of item.attachments) {
      if (attachment.closed && audience === 'offentlig') continue;
      const entry: PacketBilag = { itemLabel: labels[index]!, itemTitle: displayItemTitle(item, audience), attachment };
      const read = await readBilag(attachment);
      if ('problem' in read) entry.note = packetText.notes[read.problem];
      else if (!isPdf(attachment, read.bytes)) entry.note = packetText.notes.ikkePdf;
      else {
        try {
          entry.pdf = await PDFDocument.load(read.bytes, { updateMetadata: false });
          if (entry.pdf.getPageCount() === 0) throw new Error('no pages');
        } catch {
          delete entry.pdf;
          entry.note = packetText.notes.ulaeselig;
        }
      }
      out.push(entry);
    }
  }
  return out;
}

function isPdf(attachment: Attachment, bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-') || (attachment.file?.mimeType === 'application/pdf' && bytes.length > 0);
}

type Line = { text: string; bold?: boolean; size: number; indent: number; gapBefore: number; right?: string };

function listingLines(bilag: PacketBilag[], { variant }: Pick<PacketInput, 'variant'>): Line[] {
  const lines: Line[] = [{ text: packetText.listingTitle, bold: true, size: 16, indent: 0, gapBefore: 0 }, { text: packetText.listingIntro(variant), size: 10, indent: 0, gapBefore: 8 }];
  let current = '';
  for (const b of bilag) {
    if (b.itemLabel !== current) {
      current = b.itemLabel;
      lines.push({ text: `Punkt ${b.itemLabel}: ${b.itemTitle}`, bold: true, size: 11, indent: 0, gapBefore: 12 });
    }
    lines.push({ text: b.attachment.name, size: 10, indent: 14, gapBefore: 3, right: b.firstPage ? packetText.onPage(b.firstPage) : b.note ?? '' });
  }
  return lines;
}

/** Characters the standard fonts cannot write (outside WinAnsi) become `?`, so any bilag name prints. */
function printable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...text.replace(/[\u2010\u2011]/g, '-').replace(/\u00a0/g, ' ')].map((c) => (known.has(c.codePointAt(0)!) ? c : '?')).join('');
}

/** Greedy wrapping at spaces; a word wider than the line is broken between characters. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of printable(text, font).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    let piece = '';
    for (const char of word) {
      if (font.widthOfTextAtSize(piece + char, size) > width && piece) {
        out.push(piece);
        piece = '';
      }
      piece += char;
    }
    line = piece;
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

type Placed = { line: Line; rows: string[]; y: number };

const RIGHT_COLUMN = 150;

function paginateLines(lines: Line[], font: PDFFont): Placed[][] {
  const width = A4[0] - 2 * MARGIN;
  const pages: Placed[][] = [[]];
  let y = A4[1] - MARGIN;
  for (const line of lines) {
    const rows = wrap(line.text, font, line.size, width - line.indent - (line.right !== undefined ? RIGHT_COLUMN : 0));
    const height = line.gapBefore + rows.length * line.size * 1.3;
    if (y - height < MARGIN && pages.at(-1)!.length > 0) {
      pages.push([]);
      y = A4[1] - MARGIN;
    }
    y -= line.gapBefore;
    pages.at(-1)!.push({ line, rows, y });
    y -= rows.length * line.size * 1.3;
  }
  return pages;
}

function drawListing(pdf: PDFDocument, pages: Placed[][], fonts: { regular: PDFFont; bold: PDFFont }, total: number): void {
  const start = pdf.getPageCount();
  pages.forEach((placed, k) => {
    const page = pdf.addPage(A4);
    for (const { line, rows, y } of placed) {
      const font = line.bold ? fonts.bold : fonts.regular;
      rows.forEach((row, r) => {
        const baseline = y - (r + 1) * line.size * 1.3 + line.size * 0.3;
        page.drawText(row, { x: MARGIN + line.indent, y: baseline, size: line.size, font, color: line.size >= 16 ? HEADING : rgb(0, 0, 0) });
        if (r === 0 && line.right) {
          const right = printable(line.right, fonts.regular);
          const size = line.size - 1;
          page.drawText(right, { x: A4[0] - MARGIN - fonts.regular.widthOfTextAtSize(right, size), y: baseline, size, font: fonts.regular, color: MUTED });
        }
      });
    }
    stampFooter(page, fonts.regular, '', packetText.pageOf(start + k + 1, total));
  });
}

/** `Side N af T` at the document's footer position, and on a bilag's pages what it is a bilag to. */
function stampFooter(page: PDFPage, font: PDFFont, left: string, right: string): void {
  const { width } = page.getSize();
  const size = 9;
  const margin = Math.min(MARGIN, width / 8);
  page.drawText(right, { x: width - margin - font.widthOfTextAtSize(right, size), y: FOOTER_Y - 10, size, font, color: MUTED });
  if (left) {
    const room = width - 2 * margin - font.widthOfTextAtSize(right, size) - 12;
    let text = printable(left, font);
    while (text.length > 4 && font.widthOfTextAtSize(text, size) > room) text = `${text.slice(0, -2)}…`.replace(/……$/, '…');
    page.drawText(text, { x: margin, y: FOOTER_Y - 10, size, font, color: MUTED });
  }
}

type OutlineItem = { title: string; page: PDFPage; kids: OutlineItem[] };

/**
 * Adds bookmarks after the document's own (LibreOffice's, one per item) with
 * pdf-lib's objects: each entry a dictionary linked to its siblings and
 * parent, pointing at its page. A document without an outline gets one.
 */
function appendOutline(pdf: PDFDocument, items: OutlineItem[]): void {
  const { context, catalog } = pdf;
  let rootRef = catalog.get(PDFName.of('Outlines'));
  let root = rootRef instanceof PDFRef ? context.lookup(rootRef, PDFDict) : undefined;
  if (!root || !(rootRef instanceof PDFRef)) {
    root = context.obj({ Type: 'Outlines' });
    rootRef = context.register(root);
    catalog.set(PDFName.of('Outlines'), rootRef);
  }
  const parentRef = rootRef as PDFRef;
  const add = (parentRef: PDFRef, parent: PDFDict, entries: OutlineItem[]): number => {
    let visible = 0;
    let prevRef = parent.get(PDFName.of('Last')) as PDFRef | undefined;
    for (const entry of entries) {
      const dict = context.obj({});
      const ref = context.register(dict);
      dict.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), context.obj([entry.page.ref, PDFName.of('XYZ'), null, null, null]));
      if (prevRef) {
        dict.set(PDFName.of('Prev'), prevRef);
        context.lookup(prevRef, PDFDict).set(PDFName.of('Next'), ref);
      } else parent.set(PDFName.of('First'), ref);
      parent.set(PDFName.of('Last'), ref);
      prevRef = ref;
      visible += 1;
      if (entry.kids.length) {
        const kids = add(ref, dict, entry.kids);
        // Open, as LibreOffice leaves the items' entries: a positive count shows the children.
        dict.set(PDFName.of('Count'), PDFNumber.of(kids));
        visible += kids;
      }
    }
    const count = parent.get(PDFName.of('Count'));
    parent.set(PDFName.of('Count'), PDFNumber.of(Math.abs(count instanceof PDFNumber ? count.asNumber() : 0) + visible));
    return visible;
  };
  add(parentRef, root, items);
}
