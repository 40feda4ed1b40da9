/**
 * Danish text of the exported documents (referat and dagsorden, DOCX and PDF):
 * what electron/core/export prints, and the decision heading the editor shows as the referat prints it.
 */
export const documentText = {
  variant: { referat: 'Referat', dagsorden: 'Dagsorden' },
  /** The document's description in its properties: `Referat af mødet i Direktionen mandag d. …`. */
  description: (variant: 'referat' | 'dagsorden', committee: string, when: string, audience: 'fuld' | 'offentlig') =>
    `${variant === 'dagsorden' ? 'Dagsorden til mødet' : 'Referat af mødet'} i ${committee} ${when}${audience === 'offentlig' ? ' (offentlig udgave)' : ''}`,
  /** `REFERAT <udvalg> d. DD-MM-YYYY`. */
  title: (variant: string, committee: string, date: string) => `${variant} ${committee} d. ${date}`,
  front: {
    date: 'Mødedato',
    location: 'Mødested',
    participants: 'Mødedeltagere',
    absent: 'Afbud',
    away: 'Fraværende',
    logoAlt: (committee: string) => `Logo for ${committee}`,
  },
  substitute: (substitute: string, member: string) => `${substitute} (stedfortræder for ${member})`,
  tocHeading: 'Indholdsfortegnelse',
  footer: { page: 'Side ', of: ' af ' },
  /** `Punkt 12: …`, `Punkt 12.a: …`. */
  itemHeading: (label: string, title: string) => `Punkt ${label}: ${title}`,
  closedPrefix: 'Lukket: ',
  decision: 'Beslutning',
  decisionHeadingLong: (title: string, committee: string, date: string) => `${title} i ${committee} den ${date}`,
  attachments: 'Bilag',
  caseFlowLine: 'Behandling',
  caseFlowTable: 'Sagsgang',
  remarks: (count: number) => (count > 1 ? 'Protokolbemærkninger' : 'Protokolbemærkning'),
  absence: {
    inhabil: 'deltog ikke i behandlingen af punktet (inhabil).',
    forlod_moedet: 'forlod mødet under behandlingen af punktet.',
    deltog_ikke: 'deltog ikke i behandlingen af punktet.',
  },
  postponedFrom: (date: string) => `Punktet blev udsat fra mødet den ${date}.`,
  postponedTo: (date: string) => `Punktet blev udsat til mødet den ${date}.`,
  signature: {
    title: 'Underskriftsside',
    intro: (committee: string) =>
      `${committee} skal godkende beslutningsprotokollen. For at godkende skal hvert udvalgsmedlem underskrive ved at trykke Godkend.`,
    colMember: 'Udvalgsmedlem',
    colApproval: 'Godkendelse',
    roles: { formand: 'Formand', naestformand: 'Næstformand' },
    notApproved: 'Ikke godkendt',
    approved: 'Godkendt',
    approvedAt: (timestamp: string) => `Godkendt ${timestamp}`,
    fingerprint: (short: string) => `Fingeraftryk: ${short}`,
    fingerprintNote: ' – godkendelserne gælder referatet med dette fingeraftryk.',
    key: (short: string) => `Nøgle ${short}`,
    keyReplaced: (reason: string) => `Nøglen er udskiftet uden den gamle kode: ${reason}`,
    standsInFor: (member: string) => `Stedfortræder for ${member}`,
    auditHead: (seq: number, short: string) => `Revisionsspor: linje ${seq}, ${short}`,
  },
  fileName: {
    noCommittee: 'Udvalg',
    noDate: 'uden dato',
    publicSuffix: ' (offentlig)',
  },
  pdf: {
    noOutput: 'LibreOffice skrev ingen PDF-fil. Prøv at åbne DOCX-filen i LibreOffice eller Word og gemme den som PDF.',
    stopped: (signal: string) => `LibreOffice blev stoppet (${signal}), før PDF-filen var færdig.`,
    missing: (command: string) => `LibreOffice (${command}) blev ikke fundet. Installer LibreOffice for at eksportere som PDF, eller eksportér som DOCX (--format docx).`,
    failed: (code: number | null, stderr: string) => `LibreOffice kunne ikke lave PDF-filen (kode ${code}). ${stderr}`.trim(),
  },
  worker: {
    stopped: (code: number) => `Eksport-tråden stoppede (kode ${code}).`,
    fallback: (reason: string) => `Eksporten kører i hovedtråden, fordi eksport-tråden ikke kunne starte: ${reason}`,
  },
} as const;
