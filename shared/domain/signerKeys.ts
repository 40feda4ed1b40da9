import { z } from 'zod';

/**
 * The key registry (schema v5). Every approval is an Ed25519 signature, and it
 * is checked against the key registered here for the person who signs, never
 * against a key the approval carries. A member approving on the secretary's
 * machine has the private half stored beside it, encrypted under a personal
 * code only the member knows (`keyVault`); a member approving on their own
 * machine registers the public half from their member file.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/).max(4000);

/** The private key, AES-256-GCM encrypted with a key stretched from the personal code by scrypt. */
export const keyVaultSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int().min(1024).max(1 << 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: base64,
  iv: base64,
  tag: base64,
  data: base64,
});
export type KeyVault = z.infer<typeof keyVaultSchema>;

/** A key no longer in use: approvals it made before it was replaced still verify against it. */
export const retiredKeySchema = z.object({
  publicKey: base64,
  retiredAt: z.string(),
  /** `kode`: the old personal code was given; `begrundelse`: the secretary replaced it with a reason. */
  how: z.enum(['kode', 'begrundelse', 'medlemsfil']),
  reason: z.string().max(2000).default(''),
});
export type RetiredKey = z.infer<typeof retiredKeySchema>;

/** The fields a signer's registry entry carries, on a member and on a stedfortræder alike. */
export const signerKeyFields = {
  /** The signer's current Ed25519 public key (SPKI DER, base64). */
  publicKey: base64.optional(),
  /** When the current key was registered, and, when it replaced another without its code, the reason given (printed). */
  keyRegisteredAt: z.string().optional(),
  keyReason: z.string().max(2000).optional(),
  keyVault: keyVaultSchema.optional(),
  retiredKeys: z.array(retiredKeySchema).max(100).optional(),
};

export const substituteSignerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  ...signerKeyFields,
});
export type SubstituteSigner = z.infer<typeof substituteSignerSchema>;

export type SignerKeyEntry = { publicKey?: string; keyRegisteredAt?: string; keyReason?: string; keyVault?: KeyVault; retiredKeys?: RetiredKey[] };

/** The key fields of an entry, to carry them over when a form saves names and labels. */
export function keyFieldsOf(entry: SignerKeyEntry | undefined): SignerKeyEntry {
  if (!entry) return {};
  const { publicKey, keyRegisteredAt, keyReason, keyVault, retiredKeys } = entry;
  return {
    ...(publicKey ? { publicKey } : {}),
    ...(keyRegisteredAt ? { keyRegisteredAt } : {}),
    ...(keyReason ? { keyReason } : {}),
    ...(keyVault ? { keyVault } : {}),
    ...(retiredKeys?.length ? { retiredKeys } : {}),
  };
}

/** Every public key registered for the signer, current first. */
export function registeredKeys(entry: SignerKeyEntry | undefined): string[] {
  if (!entry) return [];
  return [...(entry.publicKey ? [entry.publicKey] : []), ...(entry.retiredKeys ?? []).map((k) => k.publicKey)];
}

/** Two spellings of one stedfortræder's name: case and spacing do not matter. */
/** A signer's name as compared: case, spacing and Unicode form do not make another person. */
export function signerNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

export function sameSignerName(a: string, b: string): boolean {
  return signerNameKey(a) === signerNameKey(b);
}

export const PERSONAL_CODE_MIN = 6;
