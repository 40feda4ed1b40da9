/** Danish text of the export panel. */
export const exportText = {
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
