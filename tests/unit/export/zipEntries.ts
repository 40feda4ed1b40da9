import { inflateRawSync } from 'node:zlib';

/**
 * Reads the text parts of a .docx (a zip) so tests can look at the XML Word
 * reads, without a zip library the project does not depend on.
 */
export function zipEntries(zip: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('Not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const data = zip.subarray(start, start + compressedSize);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The page numbers written into the PAGEREF fields, by bookmark: what Word shows without updating fields. */
export function cachedPageRefs(documentXml: string): Map<string, number> {
  const refs = new Map<string, number>();
  const re = /PAGEREF (\S+)[^<]*<\/w:instrText>.*?<w:fldChar w:fldCharType="separate"\/>(.*?)<w:fldChar w:fldCharType="end"\/>/g;
  for (const m of documentXml.matchAll(re)) {
    const text = [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    refs.set(m[1]!, Number(text));
  }
  return refs;
}
