import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { printedContent } from '../../../shared/domain/printedContent.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';

/** SHA-256 (hex) over the RFC 8785 canonical JSON of a value: key order and whitespace never change it. */
export function sha256Canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Værdien kan ikke serialiseres kanonisk.');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The protocol's fingerprint: what every approval signs. */
export function protocolFingerprint(committee: Committee, meeting: Meeting): string {
  return sha256Canonical(printedContent(committee, meeting));
}

/** The first 16 hex digits in groups of four, short enough to print and read aloud: `3f2a 9c01 77be 04d1`. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
