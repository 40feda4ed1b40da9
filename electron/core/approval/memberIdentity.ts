import { generateKeyPairSync, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { writeFileDurably } from '../store/durableJsonFile.ts';

export const IDENTITY_FILE = 'identity.json';

type StoredIdentity = { version: 1; publicKey: string; privateKey: string; createdAt: string };

/**
 * This installation's Ed25519 key pair: a member's approval from their own
 * machine is a signature with it. Made on first use; the private key never
 * leaves the data directory.
 */
export class MemberIdentity {
  readonly publicKey: string;
  readonly #privateKeyDer: Buffer;

  private constructor(stored: StoredIdentity) {
    this.publicKey = stored.publicKey;
    this.#privateKeyDer = Buffer.from(stored.privateKey, 'base64');
  }

  /** This installation's key pair if it has one: reading status must not make one (a read-only store, say). */
  static async existing(dir: string): Promise<MemberIdentity | null> {
    try {
      return new MemberIdentity(JSON.parse(await readFile(join(dir, IDENTITY_FILE), 'utf8')) as StoredIdentity);
    } catch {
      return null;
    }
  }

  static async load(dir: string, now: () => Date = () => new Date()): Promise<MemberIdentity> {
    const path = join(dir, IDENTITY_FILE);
    try {
      return new MemberIdentity(JSON.parse(await readFile(path, 'utf8')) as StoredIdentity);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const stored: StoredIdentity = {
      version: 1,
      publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
      createdAt: now().toISOString(),
    };
    await writeFileDurably(path, JSON.stringify(stored, null, 1) + '\n', { mode: 0o600 });
    return new MemberIdentity(stored);
  }

  sign(payload: unknown): string {
    const key = createPrivateKey({ key: this.#privateKeyDer, format: 'der', type: 'pkcs8' });
    return sign(null, canonicalBytes(payload), key).toString('base64');
  }
}

export function verifySignature(payload: unknown, signature: string, publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, canonicalBytes(payload), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

function canonicalBytes(payload: unknown): Buffer {
  const text = canonicalize(payload);
  if (text === undefined) throw new Error(approvalText.errors.nothingToSign);
  return Buffer.from(text, 'utf8');
}
