import { cleanText } from './textRuns.ts';

export type CoreProperties = {
  title: string;
  subject: string;
  creator: string;
  description: string;
  /** Written as created and modified, so an export made from the same data at the same time is the same document. */
  at: Date;
};

/** The same cleaning as every run of text (XML-illegal characters, half surrogate pairs, U+FFFE/U+FFFF), then escaping. */
function escapeXml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * `docProps/core.xml`. docx always stamps the creation time with the clock at
 * packing; the export is given its time instead (`generatedAt`), so this part
 * is written here and handed to the packer as an override.
 */
export function corePropertiesXml(props: CoreProperties): string {
  const at = Number.isNaN(props.at.getTime()) ? new Date() : props.at;
  const stamp = `${at.toISOString().slice(0, 19)}Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(props.title)}</dc:title>`,
    `<dc:subject>${escapeXml(props.subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>`,
    `<dc:description>${escapeXml(props.description)}</dc:description>`,
    `<dc:language>da-DK</dc:language>`,
    `<cp:lastModifiedBy>${escapeXml(props.creator)}</cp:lastModifiedBy>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
