import { describe, expect, it } from 'vitest';
import { getDraft, setDraft, setLazyDraft } from '../../../renderer/src/save/drafts.ts';

describe('drafts', () => {
  it('a lazy draft is made once, when first read, and the newest one wins', () => {
    let reads = 0;
    setLazyDraft('k', () => {
      reads++;
      return 'first';
    });
    setLazyDraft('k', () => {
      reads++;
      return 'second';
    });
    expect(reads).toBe(0);
    expect(getDraft<string>('k')).toBe('second');
    expect(getDraft<string>('k')).toBe('second');
    expect(reads).toBe(1);
    setDraft('k', 'plain');
    expect(getDraft<string>('k')).toBe('plain');
    expect(getDraft<string>('missing')).toBeUndefined();
  });
});
