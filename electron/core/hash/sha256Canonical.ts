import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { da } from '../../../shared/i18n/da.ts';

/**
 * SHA-256 (hex) over the RFC 8785 canonical JSON of a value: key order and
 * whitespace never change it. The general hash of the store, the audit chain
 * and the approvals alike, so it belongs to none of them.
 */
export function sha256Canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error(da.errors.notCanonical);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
