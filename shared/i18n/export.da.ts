/** Texts of renderer/src/export/: the export panel in the meeting header. */
export const exportText = {
  /** The quick button names the document the meeting is at: the dagsorden until it is held, then the referat (issue 15, point 19). */
  exportQuick: { dagsorden: 'Eksportér dagsorden (DOCX)', referat: 'Eksportér referat (DOCX)' },
  exporting: 'Eksporterer …',
  /** A dagsorden is named as a dagsorden (issue 15, point 19); the public version and the packet say so. */
  exported: (fileName: string, variant: 'referat' | 'dagsorden' = 'referat', audience: 'fuld' | 'offentlig' = 'fuld', format: 'docx' | 'pdf' | 'packet' = 'docx') =>
    `${format === 'packet' ? `Udgivelsespakken (${variant === 'dagsorden' ? 'dagsorden' : 'referat'} med bilag)` : variant === 'dagsorden' ? 'Dagsordenen' : 'Referatet'}${audience === 'offentlig' ? ' i offentlig udgave' : ''} er hentet som ${fileName}.`,
  exportFailed: (message: string, variant: 'referat' | 'dagsorden' = 'referat') => `${variant === 'dagsorden' ? 'Dagsordenen' : 'Referatet'} kunne ikke eksporteres: ${message}`,
  options: 'Flere valg',
  optionsLegend: 'Eksport',
  document: 'Dokument',
  documents: { referat: 'Referat (med beslutninger og underskriftsside)', dagsorden: 'Dagsorden (uden beslutninger)' },
  audience: 'Udgave',
  audiences: { fuld: 'Fuld (lukkede punkter med tekst)', offentlig: 'Offentlig (lukkede punkter kun med titel)' },
  format: 'Format',
  formats: { docx: 'Word (DOCX)', pdf: 'PDF', packet: 'Udgivelsespakke: dokument og bilag i én PDF' },
  exportChosen: 'Eksportér',
  working: 'Dokumentet bygges … et langt referat kan tage nogle sekunder; du kan arbejde videre imens.',
  saved: (fileName: string, variant: 'referat' | 'dagsorden' = 'referat', audience: 'fuld' | 'offentlig' = 'fuld') =>
    `${variant === 'dagsorden' ? 'Dagsordenen' : 'Referatet'}${audience === 'offentlig' ? ' (offentlig udgave)' : ''} er gemt som ${fileName}.`,
  cancelled: 'Eksporten blev annulleret; intet er gemt.',
  open: 'Åbn filen',
  showInFolder: 'Vis i mappe',
  checkNow: 'Tjek før udsendelse',
  checking: 'Tjekker …',
  /** The dialog of »Tjek før udsendelse« (issue 15). */
  check: {
    heading: 'Tjek før udsendelse',
    of: (variant: 'referat' | 'dagsorden', audience: 'fuld' | 'offentlig') =>
      `${variant === 'dagsorden' ? 'Dagsordenen' : 'Referatet'}, ${audience === 'offentlig' ? 'offentlig udgave' : 'fuld udgave'}.`,
    clean: 'Ingen fejl eller advarsler. Dokumentet kan sendes.',
    findingsLabel: 'Fund',
    jump: 'Gå til stedet',
    jumpLabel: (message: string) => `Gå til: ${message}`,
    blockedIntro: (errors: number) =>
      `${errors === 1 ? 'Én fejl' : `${errors} fejl`} skal rettes, før dokumentet sendes ud. Kan ${errors === 1 ? 'den' : 'de'} ikke rettes, kan du tilsidesætte tjekket med en begrundelse; det skrives i revisionssporet.`,
    warningsOnly: 'Advarsler stopper ikke udsendelsen; se dem igennem først.',
    overrideReason: 'Begrundelse for at tilsidesætte tjekket',
    overrideHint: 'Fx: »CPR-nummeret er et sagsnummer i et andet system.« Mindst 3 tegn.',
    override: 'Tilsidesæt med begrundelse',
    overriding: 'Gemmer …',
    overridden: (reason: string) => `Fejlene er tilsidesat med begrundelsen: »${reason}«. Det står i revisionssporet.`,
    overrideFailed: (message: string) => `Tjekket blev ikke tilsidesat: ${message}`,
    failed: (message: string) => `Tjekket kunne ikke køres: ${message}`,
    proceed: {
      export: 'Eksportér',
      udsendt: 'Markér dagsorden udsendt',
      godkendelse: 'Videre til Send til godkendelse',
      manual: 'Luk',
    },
    proceedAnyway: {
      export: 'Eksportér alligevel',
      udsendt: 'Markér udsendt alligevel',
      godkendelse: 'Send til godkendelse alligevel',
      manual: 'Luk',
    },
  },
} as const;
