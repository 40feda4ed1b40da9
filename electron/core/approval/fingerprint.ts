import { printedContent } from '../../../shared/domain/printedContent.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { sha256Canonical } from '../hash/sha256Canonical.ts';

/** The protocol's fingerprint: what every approval signs. */
export function protocolFingerprint(committee: Committee, meeting: Meeting): string {
  return sha256Canonical(printedContent(committee, meeting));
}

/** The first 16 hex digits in groups of four, short enough to print and read aloud: `3f2a 9c01 77be 04d1`. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}
