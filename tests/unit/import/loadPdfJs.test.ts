import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../../electron/core/import/loadPdfJs.ts';

// Taken before pdf.js loads: this file imports loadPdfJs.ts, which loads pdf.js only when called.
const engine = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse, toString: Function.prototype.toString };

describe('loading pdf.js', () => {
  it('leaves the engine’s own push and JSON in place (core-js in the legacy build replaces them on Node 20)', async () => {
    const pdfjs = await loadPdfJs();
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(Array.prototype.push).toBe(engine.push);
    expect(JSON.stringify).toBe(engine.stringify);
    expect(JSON.parse).toBe(engine.parse);
    expect(Function.prototype.toString).toBe(engine.toString);
  });

  it('keeps what core-js adds that pdf.js needs', async () => {
    await loadPdfJs();
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(typeof (Uint8Array as { fromBase64?: unknown }).fromBase64).toBe('function');
  });
});
