import { DOMParser } from '@xmldom/xmldom';

/** WordprocessingML's main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type XmlElement = Element;

/** Parses a part of the package; a part that is not well-formed XML is reported, not guessed at. */
export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: unknown) => errors.push(String(message)),
      fatalError: (message: unknown) => errors.push(String(message)),
    },
  }).parseFromString(text, 'text/xml');
  if (errors.length > 0 || !doc.documentElement) throw new Error(`XML: ${errors[0] ?? 'tomt dokument'}`);
  return doc;
}

/** Direct children with a WordprocessingML name (`pPr`, `numPr` …). */
export function children(element: Element | null | undefined, localName: string): Element[] {
  const out: Element[] = [];
  if (!element) return out;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W_NS) out.push(node as Element);
  }
  return out;
}

export function child(element: Element | null | undefined, localName: string): Element | null {
  return children(element, localName)[0] ?? null;
}

/** A `w:` attribute, e.g. `w:val`. */
export function attr(element: Element | null | undefined, localName: string): string | null {
  if (!element) return null;
  const value = element.getAttributeNS(W_NS, localName);
  return value === '' && !element.hasAttributeNS(W_NS, localName) ? null : value;
}

export function numberAttr(element: Element | null | undefined, localName: string): number | null {
  const value = attr(element, localName);
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): true, false, or null when
 * absent so that inheritance can decide.
 */
export function toggle(properties: Element | null | undefined, localName: string): boolean | null {
  const element = child(properties, localName);
  if (!element) return null;
  const value = attr(element, 'val');
  return value === null || !['0', 'false', 'off', 'none'].includes(value);
}
