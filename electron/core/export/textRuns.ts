import type { IRunOptions } from 'docx';
import { Tab, TextRun } from 'docx';

// Text is pasted from Word, PDFs and mail, and the data folder can be edited
// by hand; a character XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, half a
// surrogate pair) would make Word refuse the whole file. Every run is made
// here, and docProps/core.xml and link targets are cleaned the same way.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/\r\n?/g, '\n');
}

export type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Runs for a piece of text: line breaks become Word line breaks and tabs Word
 * tabs, since a raw newline or tab inside `w:t` is not rendered reliably.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map((line, index) => {
      const parts = line.split('\t');
      const children = parts.flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])).filter((c) => c !== '');
      return new TextRun({ ...format, children, ...(index > 0 ? { break: 1 } : {}) });
    });
}
