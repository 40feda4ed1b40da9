import { z } from 'zod';

export const memberRoleSchema = z.enum(['formand', 'naestformand', 'medlem']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const memberSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  /** Party letter (`A`) or title (`Kommunaldirektør`), printed in brackets after the name. */
  label: z.string().trim().max(200).default(''),
  role: memberRoleSchema.default('medlem'),
  /** The member's Ed25519 public key (SPKI, base64), registered from their member file. */
  publicKey: z.string().optional(),
});
export type Member = z.infer<typeof memberSchema>;

export const sectionTemplateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  kind: z.enum(['tekst', 'beslutning']).default('tekst'),
  defaultText: z.string().max(2000).default(''),
});
export type SectionTemplate = z.infer<typeof sectionTemplateSchema>;

export const committeeTemplateSchema = z.object({
  sections: z.array(sectionTemplateSchema).min(1),
  /** `medUdvalgOgDato` prints `Beslutning i <udvalg> den DD-MM-YYYY` (Variant A); `kort` prints `Beslutning`. */
  decisionHeading: z.enum(['kort', 'medUdvalgOgDato']).default('kort'),
  defaultLocation: z.string().max(300).default(''),
  defaultTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .default('14:00'),
});
export type CommitteeTemplate = z.infer<typeof committeeTemplateSchema>;

export const committeeSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  members: z.array(memberSchema),
  template: committeeTemplateSchema,
  createdAt: z.string(),
});
export type Committee = z.infer<typeof committeeSchema>;

export function defaultTemplate(): CommitteeTemplate {
  return {
    sections: [
      { title: 'Sagsfremstilling', kind: 'tekst', defaultText: '' },
      { title: 'Indstilling', kind: 'tekst', defaultText: '' },
      { title: 'Beslutning', kind: 'beslutning', defaultText: '' },
    ],
    decisionHeading: 'kort',
    defaultLocation: '',
    defaultTime: '14:00',
  };
}

/** `Holger Mikkelsen (A)`: the way members are printed in Mødedeltagere and on the signature page. */
export function memberDisplayName(member: Pick<Member, 'name' | 'label'>): string {
  return member.label ? `${member.name} (${member.label})` : member.name;
}
