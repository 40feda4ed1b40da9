import { UnsupportedLayout, type ParagraphBlock, type TabStop } from './layoutModel.ts';
import { measurer } from './measureText.ts';

/** Word's default tab stops, every half inch from the margin. */
const DEFAULT_TAB = 720;
/**
 * Widths are sums of fractions of a twip, and Word and LibreOffice lay lines
 * out in whole units of their own: text that overruns the line by less than
 * this still fits (a hundredth of a point, as docx's layout of Word allows).
 */
const EPSILON = 0.2;

type Measure = (text: string) => number;

/** A word's text by face, kept to break a word wider than the line between characters. */
type Word = { kind: 'word'; width: number; spaces: number; parts: { text: string; measure: Measure }[] };

type Token = Word | { kind: 'tab' } | { kind: 'break' };

/** Where a line may break: after spaces, and after a hyphen or dash that is not followed by a digit or a space. */
function isBreakAfter(char: string, next: string | undefined): boolean {
  if (next === undefined || next === ' ') return false;
  if (char === '-') return !/[0-9]/.test(next);
  return char === '\u2013' || char === '\u2014';
}

/** The paragraph as words (with the spaces after them), tabs and breaks. A word may span runs of different faces. */
function tokensOf(block: ParagraphBlock, pageText: (bookmark: string) => string): Token[] {
  const tokens: Token[] = [];
  let word: Word | undefined;
  const newWord = (): Word => ({ kind: 'word', width: 0, spaces: 0, parts: [] });
  const addToWord = (text: string, measure: Measure) => {
    word ??= newWord();
    word.width += measure(text);
    word.parts.push({ text, measure });
  };
  const endWord = () => {
    if (word) tokens.push(word);
    word = undefined;
  };
  const addText = (text: string, measure: Measure) => {
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i]!;
      if (char === ' ') {
        if (i > start) addToWord(text.slice(start, i), measure);
        word ??= newWord();
        word.spaces += measure(' ');
        start = i + 1;
        continue;
      }
      // Text after spaces starts a new word.
      if (word && word.spaces > 0 && i === start) endWord();
      if (isBreakAfter(char, text[i + 1])) {
        addToWord(text.slice(start, i + 1), measure);
        endWord();
        start = i + 1;
      }
    }
    if (start < text.length) {
      if (word && word.spaces > 0) endWord();
      addToWord(text.slice(start), measure);
    }
  };
  for (const piece of block.pieces) {
    switch (piece.kind) {
      case 'text':
        addText(piece.text, measurer(piece.face));
        break;
      case 'pageRef':
        addText(pageText(piece.bookmark), measurer(piece.face));
        break;
      case 'box':
        endWord();
        tokens.push({ kind: 'word', width: piece.width, spaces: 0, parts: [] });
        break;
      case 'tab':
        endWord();
        tokens.push({ kind: 'tab' });
        break;
      case 'break':
        endWord();
        tokens.push({ kind: 'break' });
        break;
    }
  }
  endWord();
  return tokens;
}

/** The next tab stop after a position (from the margin): the paragraph's own, the hanging indent's, then Word's defaults. */
function nextStop(position: number, block: ParagraphBlock): TabStop {
  const stops = [...block.tabs];
  if (block.firstLine < 0) stops.push({ position: block.left, align: 'left' });
  const own = stops.filter((s) => s.position > position + EPSILON).sort((a, b) => a.position - b.position)[0];
  if (own) return own;
  const lastOwn = Math.max(0, ...block.tabs.map((s) => s.position));
  const from = Math.max(position, lastOwn);
  return { position: (Math.floor(from / DEFAULT_TAB + EPSILON) + 1) * DEFAULT_TAB, align: 'left' };
}

/**
 * How many lines a paragraph takes in a column of a width, breaking as Word
 * and LibreOffice break: at spaces and after hyphens, spaces at the end of a
 * line taking no room, a word wider than the line broken where it overflows.
 */
export function countLines(block: ParagraphBlock, width: number, pageText: (bookmark: string) => string): number {
  const tokens = tokensOf(block, pageText);
  let lines = 1;
  let first = true;
  const lineStart = () => block.left + (first ? block.firstLine : 0);
  const room = () => width - block.right - lineStart();
  let x = 0;
  let rightTab: number | undefined;
  const newLine = () => {
    lines += 1;
    first = false;
    x = 0;
    rightTab = undefined;
  };
  for (const token of tokens) {
    if (token.kind === 'break') {
      newLine();
      continue;
    }
    if (token.kind === 'tab') {
      const stop = nextStop(lineStart() + x, block);
      if (stop.position - lineStart() > room() + EPSILON) {
        newLine();
        continue;
      }
      if (stop.align === 'center') throw new UnsupportedLayout('a centred tab stop');
      if (stop.align === 'right') rightTab = stop.position - lineStart();
      else x = stop.position - lineStart();
      continue;
    }
    if (rightTab !== undefined) {
      // Text after a right tab ends at the stop, when it fits before it.
      if (x + token.width <= rightTab + EPSILON) {
        x = rightTab + token.spaces;
        rightTab = undefined;
        continue;
      }
      rightTab = undefined;
    }
    if (x + token.width <= room() + EPSILON) {
      x += token.width + token.spaces;
      continue;
    }
    if (x > 0) newLine();
    if (token.width <= room() + EPSILON || token.parts.length === 0) {
      x = token.width + token.spaces;
      continue;
    }
    // A word wider than the line is broken before the first character that overflows.
    for (const { text, measure } of token.parts) {
      for (const char of text) {
        const w = measure(char);
        if (x > 0 && x + w > room() + EPSILON) newLine();
        x += w;
      }
    }
    x += token.spaces;
  }
  return lines;
}
