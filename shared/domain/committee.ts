import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
import { da } from '../i18n/da.ts';
import { templateText } from '../i18n/template.da.ts';
import { signerKeyFields, substituteSignerSchema } from './signerKeys.ts';

export const memberRoleSchema = z.lazy(() => z.enum(['formand', 'naestformand', 'medlem']));
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const memberSchema = z.lazy(() => z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** Party letter (`A`) or title (`Kommunaldirektør`), printed in brackets after the name. */
  label: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  role: z._default(memberRoleSchema, 'medlem'),
  /** The member's registered Ed25519 key (schema v5: with its history, and the encrypted private half when made on this machine). */
  ...signerKeyFields,
}));
export type Member = z.infer<typeof memberSchema>;

export const sectionTemplateSchema = z.lazy(() => z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  kind: z._default(z.enum(['tekst', 'beslutning']), 'tekst'),
  defaultText: z._default(z.string().check(z.maxLength(2000)), ''),
  /** A required section is flagged while it is empty; an optional one is simply left out of the print. */
  required: z._default(z.boolean(), false),
}));
export type SectionTemplate = z.infer<typeof sectionTemplateSchema>;

/** Fonts offered for the exported protocol; Calibri when none is chosen. */
export const DOCUMENT_FONTS = ['Calibri', 'Arial', 'Times New Roman', 'Georgia', 'Garamond'] as const;
export const documentFontSchema = z.lazy(() => z.enum(DOCUMENT_FONTS));
export type DocumentFont = z.infer<typeof documentFontSchema>;

/** A logo is stored in the template itself as a data URL: PNG or JPEG, at most 1 MB (about 1.4 million base64 characters). */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const logoSchema = z.lazy(() =>
  z.string().check(z.maxLength(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 40, da.errors.logoTooBig), z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, da.errors.logoWrongType)),
);

/** Beslutning, orientering or drøftelse: what the item asks of the body. */
export const itemKindSchema = z.lazy(() => z.enum(['beslutning', 'orientering', 'droeftelse']));
export type ItemKind = z.infer<typeof itemKindSchema>;

/**
 * `perMoede`: every meeting starts at `startNumber` (usually 1). `loebende`: numbers
 * run on through the calendar year, from `startNumber` at the year's first meeting
 * (one body has items 42–52 in June).
 */
export const numberingSchema = z.lazy(() => z.object({
  mode: z.enum(['perMoede', 'loebende']),
  startNumber: z.int().check(z.gte(1), z.lte(100000)),
}));
export type Numbering = z.infer<typeof numberingSchema>;

/** Items added to every new meeting: `Godkendelse af dagsorden` first; `Eventuelt`, `Underskriftsside` last. */
export const standardItemSchema = z.lazy(() => z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  placement: z.enum(['foerst', 'sidst']),
  kind: z._default(itemKindSchema, 'beslutning'),
}));
export type StandardItem = z.infer<typeof standardItemSchema>;

export const DEFAULT_DECISION_PHRASES: string[] = [...templateText.content.decisionPhrases];

/** The Sagsgang's usual rows; a body's template may name its own (`Høring`, `Godkendelse` …). */
export const DEFAULT_CASE_FLOW_STEPS = ['Orientering', 'Indstilling', 'Beslutning', 'Supplerende sagsfremstilling'] as const;
export const MAX_CASE_FLOW_STEPS = 12;
export const caseFlowStepNameSchema = z.lazy(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(100)));

/**
 * Where an item's Behandling / Sagsgang is printed: first (before the item's
 * sections, as some protocols print it), after the Indstilling (the default,
 * at the top when there is none), or last (after the sections, before the Bilag).
 */
export const caseFlowPlacementSchema = z.lazy(() => z.enum(['foerst', 'efterIndstilling', 'sidst']));
export type CaseFlowPlacement = z.infer<typeof caseFlowPlacementSchema>;

export const committeeTemplateSchema = z.lazy(() => z.object({
  sections: z.array(sectionTemplateSchema).check(z.minLength(1)),
  /** `medUdvalgOgDato` prints `Beslutning i <udvalg> den DD-MM-YYYY` (Variant A); `kort` prints `Beslutning`. */
  decisionHeading: z._default(z.enum(['kort', 'medUdvalgOgDato']), 'kort'),
  defaultLocation: z._default(z.string().check(z.maxLength(300)), ''),
  defaultTime: z._default(z
    .string().check(z.regex(/^\d{2}:\d{2}$/)), '14:00'),
  /** Font of the exported protocol's text and headings; Calibri when not set. */
  font: z.optional(documentFontSchema),
  /** Printed at the top of the protocol's front page when set. */
  logo: z.optional(logoSchema),
  numbering: z._default(numberingSchema, { mode: 'perMoede', startNumber: 1 }),
  standardItems: z._default(z.array(standardItemSchema).check(z.maxLength(20)), []),
  /** Offered as one-key phrases when the decision is recorded at the meeting. */
  decisionPhrases: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))).check(z.maxLength(20)), DEFAULT_DECISION_PHRASES),
  // Added in schema v4; optional so a template written before them (or by an editor that does not know them) means the default.
  /** The Sagsgang rows offered for this body, in printed order; `DEFAULT_CASE_FLOW_STEPS` when not set. */
  caseFlowSteps: z.optional(z.array(caseFlowStepNameSchema).check(z.minLength(1), z.maxLength(MAX_CASE_FLOW_STEPS))),
  /** Where the Behandling / Sagsgang stands in an item; `efterIndstilling` when not set. */
  caseFlowPlacement: z.optional(caseFlowPlacementSchema),
  /** TOC entries as `Punkt 1: <titel>` rather than the title alone. */
  tocItemNumbers: z.optional(z.boolean()),
}));
export type CommitteeTemplate = z.infer<typeof committeeTemplateSchema>;

export const committeeSchema = z.lazy(() => z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  members: z.array(memberSchema),
  template: committeeTemplateSchema,
  createdAt: z.string(),
  /** Schema v5: the keys of stedfortrædere who have signed a protocol of this body, by name. */
  substitutes: z.optional(z.array(substituteSignerSchema).check(z.maxLength(500))),
}));
export type Committee = z.infer<typeof committeeSchema>;

export function defaultTemplate(): CommitteeTemplate {
  const s = templateText.content.sections;
  return {
    sections: [
      { title: s.sagsfremstilling, kind: 'tekst', defaultText: '', required: false },
      { title: s.indstilling, kind: 'tekst', defaultText: '', required: true },
      { title: s.beslutning, kind: 'beslutning', defaultText: '', required: true },
    ],
    decisionHeading: 'kort',
    defaultLocation: '',
    defaultTime: '14:00',
    numbering: { mode: 'perMoede', startNumber: 1 },
    // The ready templates (templates.ts) carry standard items; a bare committee starts with an empty agenda.
    standardItems: [],
    decisionPhrases: DEFAULT_DECISION_PHRASES,
  };
}

/** The Sagsgang rows of a template, its own or the usual ones. */
export function caseFlowStepsOf(template: Pick<CommitteeTemplate, 'caseFlowSteps'>): string[] {
  return template.caseFlowSteps?.length ? [...template.caseFlowSteps] : [...DEFAULT_CASE_FLOW_STEPS];
}

/** `Holger Mikkelsen (A)`: the way members are printed in Mødedeltagere and on the signature page. */
export function memberDisplayName(member: Pick<Member, 'name' | 'label'>): string {
  return member.label ? `${member.name} (${member.label})` : member.name;
}
