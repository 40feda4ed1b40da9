/** Danish text of the publication packet: the referat or dagsorden with its bilag in one PDF. */
export const packetText = {
  listingTitle: 'Bilag',
  listingIntro: (variant: 'referat' | 'dagsorden') =>
    `Bilagene til ${variant === 'dagsorden' ? 'dagsordenen' : 'referatet'}, punkt for punkt. PDF-bilag følger i pakken fra den angivne side; andre bilag er kun nævnt ved navn.`,
  onPage: (page: number) => `side ${page}`,
  pageOf: (page: number, total: number) => `Side ${page} af ${total}`,
  bilagFooter: (itemLabel: string, name: string) => `Bilag til punkt ${itemLabel}: ${name}`,
  bilagBookmark: (itemLabel: string, name: string) => `Punkt ${itemLabel}: ${name}`,
  notes: {
    ingen_fil: 'kun navnet (ingen fil)',
    ikkePdf: 'kun navnet (ikke en PDF)',
    ulaeselig: 'kun navnet (PDF-filen kan ikke læses)',
    mangler: 'kun navnet (filen mangler)',
    aendret: 'kun navnet (filen er ændret)',
  },
  /** The document printed with the packet's page count came out a different length: nothing is written. */
  pageCountChanged: 'Dokumentet fik et andet antal sider anden gang, det blev lavet til pakken. Prøv igen.',
  fileSuffix: ' med bilag',
} as const;
