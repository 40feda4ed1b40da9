import { describe, expect, it } from 'vitest';
import { pasteSlices } from '../../../renderer/src/editor/plainTextPaste.ts';

describe('a long plain-text paste in slices', () => {
  it('cuts at blank lines about every slice size, and the slices put together are the text', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Afsnit ${i} med noget tekst, der fylder.`).join('\n\n');
    const slices = pasteSlices(text, 1000);
    expect(slices.length).toBeGreaterThan(10);
    expect(slices.join('\n\n')).toBe(text);
    for (const slice of slices.slice(0, -1)) expect(slice.length).toBeGreaterThanOrEqual(1000);
  });

  it('never starts a slice inside a list, so a list that runs on over a blank line stays one list', () => {
    const list = Array.from({ length: 200 }, (_, i) => `- punkt ${i}`).join('\n\n');
    const text = `Indledning.\n\n${list}\n\nAfslutning.`;
    const slices = pasteSlices(text, 100);
    expect(slices.join('\n\n')).toBe(text);
    expect(slices.slice(1).every((s) => !s.startsWith('- '))).toBe(true);
  });

  it('keeps a short text whole', () => {
    expect(pasteSlices('kort\n\ntekst')).toEqual(['kort\n\ntekst']);
  });
});
