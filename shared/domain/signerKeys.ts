import * as z from 'zod/mini';
import '../schema/zodLocale.ts';

/**
 * The key registry (schema v5). Every approval is an Ed25519 signature, and it
 * is checked against the key registered here for the person who signs, never
 * against a key the approval carries. A member approving on the secretary's
 * machine has the private half stored beside it, encrypted under a personal
 * code only the member knows (`keyVault`); a member approving on their own
 * machine registers the public half from their member file.
 */
const base64 = z.lazy(() => z.string().check(z.regex(/^[A-Za-z0-9+/]+=*$/), z.maxLength(4000)));

/** The private key, AES-256-GCM encrypted with a key stretched from the personal code by scrypt. */
export const keyVaultSchema = z.lazy(() => z.object({
  kdf: z.literal('scrypt'),
  N: z.int().check(z.gte(1024), z.lte(1 << 20)),
  r: z.int().check(z.gte(1), z.lte(32)),
  p: z.int().check(z.gte(1), z.lte(16)),
  salt: base64,
  iv: base64,
  tag: base64,
  data: base64,
}));
export type KeyVault = z.infer<typeof keyVaultSchema>;

/** A key no longer in use: approvals it made before it was replaced still verify against it. */
export const retiredKeySchema = z.lazy(() => z.object({
  publicKey: base64,
  retiredAt: z.string(),
  /** `kode`: the old personal code was given; `begrundelse`: the secretary replaced it with a reason. */
  how: z.enum(['kode', 'begrundelse', 'medlemsfil']),
  reason: z._default(z.string().check(z.maxLength(2000)), ''),
}));
export type RetiredKey = z.infer<typeof retiredKeySchema>;

/** The fields a signer's registry entry carries, on a member and on a stedfortræder alike. */
export const signerKeyFields = {
  /** The signer's current Ed25519 public key (SPKI DER, base64). */
  publicKey: z.optional(base64),
  /** When the current key was registered, and, when it replaced another without its code, the reason given (printed). */
  keyRegisteredAt: z.optional(z.string()),
  keyReason: z.optional(z.string().check(z.maxLength(2000))),
  keyVault: z.optional(keyVaultSchema),
  retiredKeys: z.optional(z.array(retiredKeySchema).check(z.maxLength(100))),
};

export const substituteSignerSchema = z.lazy(() => z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  ...signerKeyFields,
}));
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
