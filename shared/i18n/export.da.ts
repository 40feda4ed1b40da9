/** Texts of renderer/src/export/: the export panel in the meeting header. */
export const exportText = {
  export: 'Eksportér referat (DOCX)',
  exporting: 'Eksporterer …',
  /** A dagsorden is named as a dagsorden (issue 15, point 19). */
  exported: (fileName: string, variant: 'referat' | 'dagsorden' = 'referat') => `${variant === 'dagsorden' ? 'Dagsordenen' : 'Referatet'} er hentet som ${fileName}.`,
  exportFailed: (message: string) => `Referatet kunne ikke eksporteres: ${message}`,
  options: 'Flere valg',
  optionsLegend: 'Eksport',
  document: 'Dokument',
  documents: { referat: 'Referat (med beslutninger og underskriftsside)', dagsorden: 'Dagsorden (uden beslutninger)' },
  audience: 'Udgave',
  audiences: { fuld: 'Fuld (lukkede punkter med tekst)', offentlig: 'Offentlig (lukkede punkter kun med titel)' },
  format: 'Format',
  formats: { docx: 'Word (DOCX)', pdf: 'PDF' },
  exportChosen: 'Eksportér',
  working: 'Dokumentet bygges … et langt referat kan tage nogle sekunder; du kan arbejde videre imens.',
  saved: (fileName: string) => `Gemt som ${fileName}.`,
  cancelled: 'Eksporten blev annulleret; intet er gemt.',
  open: 'Åbn filen',
  showInFolder: 'Vis i mappe',
} as const;
