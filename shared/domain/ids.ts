type CryptoLike = { randomUUID(): string };

/** Ids are random UUIDs: Web Crypto is global in Node 20, Electron and every browser we target. */
export function newId(): string {
  return (globalThis as unknown as { crypto: CryptoLike }).crypto.randomUUID();
}
