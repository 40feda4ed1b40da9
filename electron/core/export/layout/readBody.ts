import type { INumberingOptions, IStylesOptions } from 'docx';
import { UnsupportedLayout, type Block, type CellBlock, type Face, type ParagraphBlock, type Piece, type RowBlock, type TabStop } from './layoutModel.ts';
import { listLabel, type ListCounters } from './listLabels.ts';
import { borderRoom, characterStyles, paragraphStyles, twips, type RunStyle } from './paragraphStyles.ts';

/** An element as docx formats it for its XML writer: `{ 'w:p': [ { _attr }, { 'w:pPr': [...] }, ... ] }`. */
type XmlNode = Record<string, unknown>;

function nameOf(node: XmlNode): string {
  for (const key in node) if (key !== '_attr') return key;
  return '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  if (!Array.isArray(value)) return [];
  return value.filter((c): c is XmlNode => typeof c === 'object' && c !== null && !('_attr' in c && Object.keys(c).length === 1));
}

function attrsOf(node: XmlNode): Record<string, unknown> {
  const value = node[nameOf(node)];
  if (Array.isArray(value)) {
    const found = value.find((c) => typeof c === 'object' && c !== null && '_attr' in c) as { _attr?: Record<string, unknown> } | undefined;
    return found?._attr ?? {};
  }
  if (typeof value === 'object' && value !== null) return ((value as { _attr?: Record<string, unknown> })._attr ?? {}) as Record<string, unknown>;
  return {};
}

function textOf(node: XmlNode): string {
  const value = node[nameOf(node)];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((c): c is string => typeof c === 'string').join('');
  return '';
}

const num = (value: unknown, fallback = 0): number => (value === undefined ? fallback : Number(value));
/** `w:b`, `w:keepNext` and the like: on unless written off. */
const on = (node: XmlNode): boolean => {
  const val = attrsOf(node)['w:val'];
  return val === undefined || (val !== false && val !== 'false' && val !== 0 && val !== '0');
};

/** Run properties that change nothing of a line's width. */
const INERT_RUN = new Set(['w:bCs', 'w:iCs', 'w:color', 'w:u', 'w:strike', 'w:dstrike', 'w:lang', 'w:noProof', 'w:highlight', 'w:shd', 'w:szCs', 'w:webHidden']);
const INERT_PARAGRAPH = new Set(['w:jc', 'w:outlineLvl', 'w:shd', 'w:rPr', 'w:widowControl', 'w:suppressAutoHyphens']);

export type ReadOptions = { styles: IStylesOptions; numbering: INumberingOptions };

/**
 * Reads the body docx is about to write into the layout's blocks. Anything
 * whose effect on the lines is not modelled (a font per script, a frame, a
 * floating picture, a field other than PAGEREF, widow control, ...) throws
 * `UnsupportedLayout`, so no page number is ever worked out from a guess.
 */
export function readBody(body: XmlNode, { styles, numbering }: ReadOptions): Block[] {
  const styleOf = paragraphStyles(styles);
  const charStyleOf = characterStyles(styles);
  const counters: ListCounters = new Map();
  const blocks: Block[] = [];

  const readParagraph = (p: XmlNode, width: number): ParagraphBlock => {
    const children = childrenOf(p);
    const pPr = children.find((c) => nameOf(c) === 'w:pPr');
    const props = pPr ? childrenOf(pPr) : [];
    const styleId = props.find((c) => nameOf(c) === 'w:pStyle');
    const style = styleOf(styleId ? String(attrsOf(styleId)['w:val']) : undefined);
    const block: ParagraphBlock = {
      kind: 'paragraph',
      pieces: [],
      before: style.before,
      after: style.after,
      lineHeight: style.lineHeight,
      borderBelow: style.borderBelow,
      left: style.left,
      right: style.right,
      firstLine: style.firstLine,
      tabs: [...style.tabs],
      keepNext: style.keepNext,
      keepLines: style.keepLines,
      pageBreakBefore: false,
      bookmarks: [],
    };
    let numPr: XmlNode | undefined;
    let ownIndent: Record<string, unknown> | undefined;
    for (const prop of props) {
      const a = attrsOf(prop);
      switch (nameOf(prop)) {
        case 'w:pStyle':
          break;
        case 'w:spacing':
          if (a['w:before'] !== undefined) block.before = num(a['w:before']);
          if (a['w:after'] !== undefined) block.after = num(a['w:after']);
          if (a['w:line'] !== undefined) {
            if (a['w:lineRule'] !== 'exact') throw new UnsupportedLayout('a paragraph without an exact line height');
            block.lineHeight = num(a['w:line']);
          }
          if (a['w:beforeAutospacing'] !== undefined || a['w:afterAutospacing'] !== undefined) throw new UnsupportedLayout('auto spacing');
          break;
        case 'w:ind':
          // Applied after the loop: a list level's indent comes between the style's and the paragraph's own.
          ownIndent = a;
          break;
        case 'w:keepNext':
          block.keepNext = on(prop);
          break;
        case 'w:keepLines':
          block.keepLines = on(prop);
          break;
        case 'w:pageBreakBefore':
          block.pageBreakBefore = on(prop);
          break;
        case 'w:numPr':
          numPr = prop;
          break;
        case 'w:tabs':
          for (const tab of childrenOf(prop)) {
            const t = attrsOf(tab);
            const position = num(t['w:pos']);
            block.tabs = block.tabs.filter((s) => s.position !== position);
            if (t['w:val'] === 'clear') continue;
            if (t['w:val'] !== 'left' && t['w:val'] !== 'right' && t['w:val'] !== 'center' && t['w:val'] !== 'start' && t['w:val'] !== 'end') {
              throw new UnsupportedLayout(`a ${String(t['w:val'])} tab stop`);
            }
            block.tabs.push({ position, align: t['w:val'] === 'start' ? 'left' : t['w:val'] === 'end' ? 'right' : t['w:val'] });
          }
          break;
        case 'w:pBdr':
          for (const border of childrenOf(prop)) {
            const b = attrsOf(border);
            const side = nameOf(border);
            if (side === 'w:bottom') block.borderBelow = borderRoom({ style: String(b['w:val']), size: num(b['w:sz']), space: num(b['w:space']) });
            else if (side !== 'w:left' && side !== 'w:right') throw new UnsupportedLayout(`a paragraph border ${side}`);
          }
          break;
        default:
          if (!INERT_PARAGRAPH.has(nameOf(prop))) throw new UnsupportedLayout(`paragraph property ${nameOf(prop)}`);
      }
    }
    block.tabs.sort((x, y) => x.position - y.position);
    const paragraphFace = faceOf(style.run, {});
    if (numPr) {
      const level = num(attrsOf(childrenOf(numPr).find((c) => nameOf(c) === 'w:ilvl') ?? {})['w:val']);
      const numId = String(attrsOf(childrenOf(numPr).find((c) => nameOf(c) === 'w:numId') ?? {})['w:val']);
      const label = listLabel(numbering, counters, numId, level);
      if (label.indent) {
        const { left, hanging, firstLine } = label.indent;
        if (left !== undefined) block.left = twips(left);
        if (hanging !== undefined) block.firstLine = -twips(hanging);
        if (firstLine !== undefined) block.firstLine = twips(firstLine);
      }
      block.pieces.push({ kind: 'text', text: label.text, face: paragraphFace }, { kind: 'tab' });
    }
    if (ownIndent) {
      const a = ownIndent;
      if (a['w:left'] !== undefined) block.left = num(a['w:left']);
      if (a['w:start'] !== undefined) block.left = num(a['w:start']);
      if (a['w:right'] !== undefined) block.right = num(a['w:right']);
      if (a['w:end'] !== undefined) block.right = num(a['w:end']);
      if (a['w:hanging'] !== undefined) block.firstLine = -num(a['w:hanging']);
      if (a['w:firstLine'] !== undefined) block.firstLine = num(a['w:firstLine']);
    }

    let field: { instruction: string; result: boolean } | undefined;
    const readRun = (r: XmlNode, inherited: RunStyle) => {
      let run: RunStyle = inherited;
      for (const part of childrenOf(r)) {
        const name = nameOf(part);
        if (name === 'w:rPr') {
          run = { ...run, ...runPropertiesOf(part, charStyleOf) };
          continue;
        }
        if (name === 'w:fldChar') {
          const type = attrsOf(part)['w:fldCharType'];
          if (type === 'begin') field = { instruction: '', result: false };
          else if (type === 'separate' && field) field.result = true;
          else if (type === 'end' && field) {
            const match = /^\s*PAGEREF\s+(\S+)/.exec(field.instruction);
            if (!match) throw new UnsupportedLayout(`field ${field.instruction.trim()}`);
            block.pieces.push({ kind: 'pageRef', bookmark: match[1]!, face: faceOf(style.run, run) });
            field = undefined;
          }
          continue;
        }
        if (name === 'w:instrText') {
          if (field) field.instruction += textOf(part);
          continue;
        }
        // The field's result is what the layout writes in, from the page it works out.
        if (field) continue;
        switch (name) {
          case 'w:t': {
            const text = textOf(part);
            if (text) block.pieces.push({ kind: 'text', text, face: faceOf(style.run, run) });
            break;
          }
          case 'w:tab':
            block.pieces.push({ kind: 'tab' });
            break;
          case 'w:br': {
            const type = attrsOf(part)['w:type'];
            if (type !== undefined && type !== 'textWrapping') throw new UnsupportedLayout(`a ${String(type)} break`);
            block.pieces.push({ kind: 'break' });
            break;
          }
          case 'w:drawing': {
            const inline = childrenOf(part).find((c) => nameOf(c) === 'wp:inline');
            const extent = inline && childrenOf(inline).find((c) => nameOf(c) === 'wp:extent');
            if (!extent) throw new UnsupportedLayout('a floating drawing');
            // EMU to twips: 914400 EMU and 1440 twips to the inch.
            block.pieces.push({ kind: 'box', width: num(attrsOf(extent)['cx']) / 635 });
            break;
          }
          case 'w:lastRenderedPageBreak':
          case 'w:softHyphen':
            break;
          default:
            throw new UnsupportedLayout(`run content ${name}`);
        }
      }
    };

    for (const child of children) {
      const name = nameOf(child);
      if (name === 'w:pPr' || name === 'w:bookmarkEnd') continue;
      if (name === 'w:bookmarkStart') block.bookmarks.push(String(attrsOf(child)['w:name']));
      else if (name === 'w:r') readRun(child, {});
      else if (name === 'w:hyperlink') {
        for (const r of childrenOf(child)) {
          if (nameOf(r) !== 'w:r') throw new UnsupportedLayout(`hyperlink content ${nameOf(r)}`);
          readRun(r, {});
        }
      } else throw new UnsupportedLayout(`paragraph content ${name}`);
    }
    if (block.left + Math.max(0, block.firstLine) + block.right >= width) throw new UnsupportedLayout('indents wider than the text');
    return block;
  };

  const readTable = (tbl: XmlNode): Block => {
    const parts = childrenOf(tbl);
    const grid = parts.filter((c) => nameOf(c) === 'w:tblGrid').flatMap((g) => childrenOf(g).map((col) => num(attrsOf(col)['w:w'])));
    const tblPr = parts.find((c) => nameOf(c) === 'w:tblPr');
    let fixed = false;
    const borders = { top: 0, bottom: 0, insideH: 0 };
    for (const prop of tblPr ? childrenOf(tblPr) : []) {
      const name = nameOf(prop);
      if (name === 'w:tblLayout') fixed = attrsOf(prop)['w:type'] === 'fixed';
      else if (name === 'w:tblBorders') {
        for (const border of childrenOf(prop)) {
          const b = attrsOf(border);
          const size = b['w:val'] === 'none' || b['w:val'] === 'nil' ? 0 : (num(b['w:sz']) / 8) * 20;
          const side = nameOf(border).slice(2) as keyof typeof borders;
          if (side in borders) borders[side] = size;
        }
      } else if (name !== 'w:tblW' && name !== 'w:tblStyle' && name !== 'w:tblLook') throw new UnsupportedLayout(`table property ${name}`);
    }
    // An autofit table's columns follow its content, as Word and LibreOffice each work them out.
    if (!fixed) throw new UnsupportedLayout('a table that is not of fixed layout');
    const rows: RowBlock[] = parts
      .filter((c) => nameOf(c) === 'w:tr')
      .map((tr) => {
        let header = false;
        let cantSplit = false;
        let column = 0;
        const cells: CellBlock[] = [];
        for (const part of childrenOf(tr)) {
          const name = nameOf(part);
          if (name === 'w:trPr') {
            for (const prop of childrenOf(part)) {
              if (nameOf(prop) === 'w:tblHeader') header = on(prop);
              else if (nameOf(prop) === 'w:cantSplit') cantSplit = on(prop);
              else throw new UnsupportedLayout(`row property ${nameOf(prop)}`);
            }
            continue;
          }
          if (name !== 'w:tc') throw new UnsupportedLayout(`row content ${name}`);
          let span = 1;
          const margins = { top: 0, bottom: 0, left: 108, right: 108 };
          const content: XmlNode[] = [];
          for (const cellPart of childrenOf(part)) {
            if (nameOf(cellPart) === 'w:tcPr') {
              for (const prop of childrenOf(cellPart)) {
                const propName = nameOf(prop);
                if (propName === 'w:gridSpan') span = num(attrsOf(prop)['w:val'], 1);
                else if (propName === 'w:tcMar') {
                  for (const side of childrenOf(prop)) margins[nameOf(side).slice(2) as keyof typeof margins] = num(attrsOf(side)['w:w']);
                } else if (propName === 'w:vMerge' || propName === 'w:hMerge' || propName === 'w:textDirection') {
                  throw new UnsupportedLayout(`cell property ${propName}`);
                }
              }
            } else content.push(cellPart);
          }
          const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0) - margins.left - margins.right;
          column += span;
          const paragraphs = content.map((c) => {
            if (nameOf(c) !== 'w:p') throw new UnsupportedLayout(`cell content ${nameOf(c)}`);
            return readParagraph(c, width);
          });
          cells.push({ width, marginTop: margins.top, marginBottom: margins.bottom, paragraphs });
        }
        return { cells, header, cantSplit };
      });
    return { kind: 'table', rows, borderTop: borders.top, borderBottom: borders.bottom, insideH: borders.insideH };
  };

  for (const child of childrenOf(body)) {
    const name = nameOf(child);
    if (name === 'w:p') blocks.push(readParagraph(child, Number.POSITIVE_INFINITY));
    else if (name === 'w:tbl') blocks.push(readTable(child));
    else if (name !== 'w:sectPr') throw new UnsupportedLayout(`body content ${name}`);
  }
  return blocks;
}

function runPropertiesOf(rPr: XmlNode, charStyleOf: (id: string) => RunStyle): RunStyle {
  let run: RunStyle = {};
  for (const prop of childrenOf(rPr)) {
    const name = nameOf(prop);
    const a = attrsOf(prop);
    if (name === 'w:rStyle') run = { ...charStyleOf(String(a['w:val'])), ...run };
    else if (name === 'w:b') run.bold = on(prop);
    else if (name === 'w:i') run.italic = on(prop);
    else if (name === 'w:sz') run.halfPoints = num(a['w:val']);
    else if (name === 'w:rFonts') {
      const font = a['w:ascii'] ?? a['w:hAnsi'];
      if (font === undefined || (a['w:hAnsi'] !== undefined && a['w:hAnsi'] !== font)) throw new UnsupportedLayout('a font given per script');
      run.font = String(font);
    } else if (!INERT_RUN.has(name)) throw new UnsupportedLayout(`run property ${name}`);
  }
  return run;
}

function faceOf(paragraph: RunStyle, run: RunStyle): Face {
  const merged = { ...paragraph, ...run };
  return { font: merged.font ?? 'Times New Roman', bold: merged.bold ?? false, italic: merged.italic ?? false, halfPoints: merged.halfPoints ?? 20 };
}

export type { TabStop, Piece };
