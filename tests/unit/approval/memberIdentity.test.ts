import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDENTITY_FILE, MemberIdentity, verifySignature } from '../../../electron/core/approval/memberIdentity.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('MemberIdentity', () => {
  it('makes one Ed25519 key pair per data directory, kept private, and reuses it', async () => {
    const dir = await tempDir();
    const a = await MemberIdentity.load(dir);
    const b = await MemberIdentity.load(dir);
    expect(b.publicKey).toBe(a.publicKey);
    expect((await stat(join(dir, IDENTITY_FILE))).mode & 0o077).toBe(0);
  });

  it('signs canonically: key order does not matter, any change in content or key fails', async () => {
    const me = await MemberIdentity.load(await tempDir());
    const other = await MemberIdentity.load(await tempDir());
    const payload = { meetingId: 'm', fingerprint: 'ab'.repeat(32), decision: 'godkendt' };
    const signature = me.sign(payload);
    expect(verifySignature({ decision: 'godkendt', fingerprint: 'ab'.repeat(32), meetingId: 'm' }, signature, me.publicKey)).toBe(true);
    expect(verifySignature({ ...payload, decision: 'afvist' }, signature, me.publicKey)).toBe(false);
    expect(verifySignature(payload, signature, other.publicKey)).toBe(false);
    expect(verifySignature(payload, 'AAAA', me.publicKey)).toBe(false);
  });
});
