/**
 * Whether a JSON-like value nests deeper than `max` levels (a scalar is 0, `{}`
 * and `[]` are 1). Iterative, so it is safe on input of any depth, and it
 * stops as soon as the limit is passed, so a cycle ends too.
 */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
