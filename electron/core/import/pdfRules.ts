/** A straight horizontal or vertical stroke (a table border), or the edge of a filled box, in page coordinates. */
export type Rule = { horizontal: boolean; /** y of a horizontal rule, x of a vertical one. */ at: number; from: number; to: number };
/** A filled rectangle (a shaded table cell). */
export type Box = { x1: number; y1: number; x2: number; y2: number };

type Matrix = [number, number, number, number, number, number];

/** pdf.js operator codes we read (`OPS` in pdf.js), passed in so this module does not load pdf.js. */
export type PathOps = {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
};

/** pdf.js's own codes inside a path (`DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * The page's straight strokes and thin filled boxes, which is how word
 * processors draw table borders, read from pdf.js's operator list with the
 * current transformation tracked through save, restore and form XObjects.
 * Larger filled boxes (cell shading) are kept apart: their edges bound cells
 * of tables drawn without borders.
 */
export function pageRules(fnArray: number[], argsArray: unknown[][], ops: PathOps): { rules: Rule[]; boxes: Box[] } {
  const rules: Rule[] = [];
  const boxes: Box[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] ?? [];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null | undefined;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, Array.from(matrix) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) continue;
      const subpaths = readPath(data, ctm);
      for (const points of subpaths) {
        if (strokes.has(paint)) {
          for (let k = 1; k < points.length; k++) addSegment(rules, points[k - 1]!, points[k]!);
        }
        if (fills.has(paint) && points.length >= 4) {
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const box = { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
          const w = box.x2 - box.x1;
          const h = box.y2 - box.y1;
          if (h <= 2.5 && w > 4) rules.push({ horizontal: true, at: (box.y1 + box.y2) / 2, from: box.x1, to: box.x2 });
          else if (w <= 2.5 && h > 4) rules.push({ horizontal: false, at: (box.x1 + box.x2) / 2, from: box.y1, to: box.y2 });
          else if (w > 4 && h > 4) boxes.push(box);
        }
      }
    }
  }
  return { rules, boxes };
}

function addSegment(rules: Rule[], [x1, y1]: [number, number], [x2, y2]: [number, number]): void {
  if (Math.abs(y1 - y2) < 0.8 && Math.abs(x2 - x1) > 4) rules.push({ horizontal: true, at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
  else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y2 - y1) > 4) rules.push({ horizontal: false, at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
}

/** The path as point lists, one per subpath; curves are not rules and break the subpath. */
function readPath(data: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  let start: [number, number] | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === MOVE) {
      if (current.length > 1) out.push(current);
      start = apply(ctm, data[i + 1]!, data[i + 2]!);
      current = [start];
      i += 3;
    } else if (op === LINE) {
      current.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === CURVE) {
      if (current.length > 1) out.push(current);
      const end = apply(ctm, data[i + 5]!, data[i + 6]!);
      current = [end];
      i += 7;
    } else if (op === QUAD) {
      if (current.length > 1) out.push(current);
      const end = apply(ctm, data[i + 3]!, data[i + 4]!);
      current = [end];
      i += 5;
    } else if (op === CLOSE) {
      if (start) current.push(start);
      i += 1;
    } else break;
  }
  if (current.length > 1) out.push(current);
  return out;
}
