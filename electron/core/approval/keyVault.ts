import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scrypt, scryptSync, sign } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { KeyVault } from '../../../shared/domain/signerKeys.ts';
import { PERSONAL_CODE_MIN } from '../../../shared/domain/signerKeys.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { ReferentError } from '../../../shared/api/result.ts';

/**
 * A signer's key kept on the secretary's machine: the private half encrypted
 * under the signer's personal code. The code is stretched with scrypt
 * (N = 2^15, r = 8, p = 1: about 0.1 s and 32 MB per try), the key sealed with
 * AES-256-GCM, and the public key is the additional data, so a vault moved to
 * another signer's entry does not open.
 */
export const SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;

export type SignerKeyPair = { publicKey: string; vault: KeyVault };

function stretch(code: string, salt: Buffer, params: Pick<KeyVault, 'N' | 'r' | 'p'>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(code.normalize('NFC'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export function checkNewCode(code: string): void {
  if ([...code.trim()].length < PERSONAL_CODE_MIN) throw new ReferentError('ugyldig_forespoergsel', approvalText.errors.codeTooShort(PERSONAL_CODE_MIN));
}

/** A new Ed25519 key pair, its private half sealed under the code. */
export async function createSignerKey(code: string): Promise<SignerKeyPair> {
  checkNewCode(code);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const privateDer = privateKey.export({ type: 'pkcs8', format: 'der' });
  return { publicKey: publicDer, vault: await seal(privateDer, publicDer, code) };
}

export async function seal(privateDer: Buffer, publicKey: string, code: string, random: (n: number) => Buffer = randomBytes): Promise<KeyVault> {
  const salt = random(16);
  const iv = random(12);
  const key = await stretch(code, salt, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(publicKey, 'utf8'));
  const data = Buffer.concat([cipher.update(privateDer), cipher.final()]);
  return { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/**
 * The same seal, synchronously and with the salt and nonce given: for the
 * sample data only (scripts/seeds), whose bytes must be the same on every run.
 */
export function sealDeterministic(privateDer: Buffer, publicKey: string, code: string, salt: Buffer, iv: Buffer): KeyVault {
  const key = scryptSync(code.normalize('NFC'), salt, 32, { ...SCRYPT, maxmem: 256 * SCRYPT.N * SCRYPT.r + 1024 * 1024 });
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(publicKey, 'utf8'));
  const data = Buffer.concat([cipher.update(privateDer), cipher.final()]);
  return { kdf: 'scrypt', ...SCRYPT, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** An Ed25519 key pair from a 32-byte seed (RFC 8032): PKCS#8 DER private half, SPKI DER public half in base64. */
export function keyPairFromSeed(seed: Buffer): { privateDer: Buffer; publicKey: string } {
  const privateDer = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const publicKey = createPublicKey(createPrivateKey({ key: privateDer, format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'der' }).toString('base64');
  return { privateDer, publicKey };
}

/** The private key, or null when the code is wrong (or the vault was tampered with). */
export async function openVault(vault: KeyVault, publicKey: string, code: string): Promise<Buffer | null> {
  try {
    const key = await stretch(code, Buffer.from(vault.salt, 'base64'), vault);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(vault.iv, 'base64'));
    decipher.setAAD(Buffer.from(publicKey, 'utf8'));
    decipher.setAuthTag(Buffer.from(vault.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(vault.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** Signs the payload's RFC 8785 canonical JSON with a PKCS#8 DER private key. */
export function signWith(privateDer: Buffer, payload: unknown): string {
  const text = canonicalize(payload);
  if (text === undefined) throw new Error(approvalText.errors.nothingToSign);
  return sign(null, Buffer.from(text, 'utf8'), createPrivateKey({ key: privateDer, format: 'der', type: 'pkcs8' })).toString('base64');
}

/** A key's id: SHA-256 of its SPKI DER, hex. What an approval names and the printed short fingerprint is taken from. */
export function keyIdOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
}
