import type { PageNumberEstimator } from 'docx';

type XmlNode = Record<string, unknown>;
const MARK = 'afsnit_';

/**
 * Wraps a layout so it first marks every paragraph of the body with a
 * bookmark at its start, and records the page each mark lands on. The TOC only
 * shows where items start; the marks show where every paragraph goes, so a
 * line placed differently anywhere is caught, not only one that moves an item.
 */
export function markParagraphs(seen: Map<string, number>) {
  return (layout: PageNumberEstimator): PageNumberEstimator =>
    (body, context) => {
      const children = ((body as unknown as XmlNode)['w:body'] as XmlNode[] | undefined) ?? [];
      children.forEach((child, i) => {
        const parts = child['w:p'];
        if (!Array.isArray(parts) || parts.some((part: XmlNode) => 'w:bookmarkStart' in part && String(((part['w:bookmarkStart'] as XmlNode)._attr as XmlNode)['w:name']).startsWith(MARK))) return;
        const at = parts.findIndex((part: XmlNode) => 'w:pPr' in part) + 1;
        parts.splice(at, 0, { 'w:bookmarkStart': { _attr: { 'w:id': 900000 + i, 'w:name': `${MARK}${i}` } } });
      });
      const result = layout(body, context);
      seen.clear();
      for (const [name, page] of result.bookmarkPageNumbers ?? []) if (name.startsWith(MARK)) seen.set(name, page);
      return result;
    };
}
