import type { Committee, Member } from './committee.ts';
import type { Approval, Meeting, Rejection } from './meeting.ts';
import { sameSignerName, type SignerKeyEntry } from './signerKeys.ts';

/**
 * Who signs a protocol: every member present, and the stedfortræder of every
 * absent member who had one (the absent member is not asked). In the
 * committee's member order, the order the Underskriftsside prints them in.
 */
export type Signer = {
  /** The seat: the member, or the absent member the stedfortræder stood in for. */
  memberId: string;
  /** The stedfortræder's name, or null for the member in person. */
  substitute: string | null;
  name: string;
  label: string;
  role: Member['role'];
  /** For a stedfortræder: the member stood in for, as printed. */
  standsInFor: string | null;
};

export function signersOf(committee: Committee, meeting: Pick<Meeting, 'participants'>): Signer[] {
  const byMember = new Map(meeting.participants.map((p) => [p.memberId, p] as const));
  return committee.members.flatMap((member): Signer[] => {
    const participant = byMember.get(member.id);
    if (!participant) return [];
    if (participant.attendance === 'til_stede') return [{ memberId: member.id, substitute: null, name: member.name, label: member.label, role: member.role, standsInFor: null }];
    if (participant.substitute) {
      return [{ memberId: member.id, substitute: participant.substitute.name, name: participant.substitute.name, label: participant.substitute.label, role: 'medlem', standsInFor: member.name }];
    }
    return [];
  });
}

/** The key a signer is referred to by in requests and in the page: `memberId` or `memberId#stedfortræder`. */
export function signerRef(signer: Pick<Signer, 'memberId' | 'substitute'>): string {
  return signer.substitute ? `${signer.memberId}#${signer.substitute}` : signer.memberId;
}

/** Does this approval or rejection belong to this signer (the seat, and the same person in it)? */
export function isSignersAnswer(signer: Pick<Signer, 'memberId' | 'substitute'>, answer: Pick<Approval | Rejection, 'memberId' | 'substitute'>): boolean {
  if (answer.memberId !== signer.memberId) return false;
  if (!signer.substitute) return !answer.substitute;
  return Boolean(answer.substitute) && sameSignerName(answer.substitute!, signer.substitute);
}

export function findSigner(signers: Signer[], answer: Pick<Approval | Rejection, 'memberId' | 'substitute'>): Signer | undefined {
  return signers.find((s) => isSignersAnswer(s, answer));
}

/** The registry entry the signer's key is checked against: the member, or the stedfortræder by name, in the live committee. */
export function registryEntry(committee: Committee, signer: Pick<Signer, 'memberId' | 'substitute'>): SignerKeyEntry | undefined {
  if (!signer.substitute) return committee.members.find((m) => m.id === signer.memberId);
  return committee.substitutes?.find((s) => sameSignerName(s.name, signer.substitute!));
}

/** `Karen Jensen (O)` or, for a stedfortræder, `Karen Jensen (O), stedfortræder for Svend Brandt` is worded by the caller. */
export function signerDisplayName(signer: Pick<Signer, 'name' | 'label'>): string {
  return signer.label ? `${signer.name} (${signer.label})` : signer.name;
}

/**
 * The committee without the sealed private keys: what is frozen with a protocol
 * and travels in an approval package. Public keys stay (they are public, and a
 * registry rebuilt from the meeting files after a lost referent.json keeps them).
 */
export function committeeWithoutKeys(committee: Committee): Committee {
  const { substitutes, ...rest } = committee;
  const strip = <T extends SignerKeyEntry>({ keyVault: _vault, ...entry }: T): Omit<T, 'keyVault'> => {
    void _vault;
    return entry;
  };
  return { ...rest, members: committee.members.map(strip), ...(substitutes ? { substitutes: substitutes.map(strip) } : {}) };
}

/** The committee with a signer's registry entry replaced (a stedfortræder's is made on first use). */
export function withRegistryEntry(committee: Committee, signer: Pick<Signer, 'memberId' | 'substitute'>, entry: SignerKeyEntry): Committee {
  const clean = (e: SignerKeyEntry): SignerKeyEntry => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as SignerKeyEntry;
  if (!signer.substitute) {
    return { ...committee, members: committee.members.map((m) => (m.id === signer.memberId ? { id: m.id, name: m.name, label: m.label, role: m.role, ...clean(entry) } : m)) };
  }
  const list = committee.substitutes ?? [];
  const found = list.some((s) => sameSignerName(s.name, signer.substitute!));
  const next = found ? list.map((s) => (sameSignerName(s.name, signer.substitute!) ? { name: s.name, ...clean(entry) } : s)) : [...list, { name: signer.substitute, ...clean(entry) }];
  return { ...committee, substitutes: next };
}
