/**
 * Danish words the recognisers look for: not text shown to anyone, but the
 * vocabulary of the language the documents are written in.
 */
export const vocabularyDa = {
  /** The last word of a Danish street name (`Skolevej`, `Nørre Allé`), in the forms seen in addresses. */
  streetSuffixes: 'vej|vejen|gade|gaden|allé|alle|vænge|vænget|stræde|strædet|plads|pladsen|torv|torvet|park|parken|have|haven|bakke|bakken|høj|højen|sti|stien|toft|toften|eng|engen|mark|marken|løkke|løkken|vang|vangen|boulevard|kaj|kajen|brygge|dal|dalen|holm|lund|lunden|gård|gården|ager|agre|skov|skoven|bjerg|bjerget|hus|huse|kvarter|kvarteret|kær|kæret|mose|mosen|bro|broen|strand|stranden|toften|tværvej'.split('|'),
  /** Common Danish first names (Danmarks Statistik's most used), to tell a person's name in a title from a place or a body. */
  firstNames: 'Peter Jens Lars Michael Henrik Thomas Søren Jan Niels Christian Martin Anders Morten Jesper Mads Rasmus Hans Per Jørgen Ole Kim Erik Klaus Frederik Lasse Mikkel Poul Nicolai Kasper Torben Carsten Steen Brian Bo Allan Flemming Johannes Emil Oliver William Lucas Noah Victor Magnus Oscar Carl Alexander Sebastian Mathias Jonas Simon Daniel Tobias Anton Jakob Benjamin Kristian Bent John Finn Kurt Leif Preben Svend Holger Knud Arne Aksel Gunnar Erling Villy Ib Birger Uffe Helge Bjarne Keld Kenneth Dennis René Ulrik Jacob Frank Tommy Bjørn Stig Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise Charlotte Tina Gitte Bente Jette Inge Karen Ida Emma Sofie Julie Laura Mathilde Freja Clara Ella Alma Agnes Caroline Cecilie Christina Katrine Line Maja Nanna Rikke Sara Signe Stine Trine Birgit Birthe Dorthe Else Eva Grethe Hanna Ingrid Jytte Kirsten Lis Lisbeth Merete Ruth Ulla Vibeke Annette Tove Inger Henriette Malene Heidi Mia Nina Jane Janni Randi Rita Ellen Elisabeth Margrethe Kristine Lise Marie Tanja Tine'.split(' '),
  /** Titles of a document that calls a meeting (the rest are records of one). */
  agendaTitles: ['dagsorden', 'mødeindkaldelse'],
  /**
   * Section headings seen in Danish protocols (REFERAT-FORMAT.md and councils' published protocols).
   * Free sub-headings (`Økonomiske forhold`, `Baggrund`, `Tidsplan`) are deliberately absent: inside a
   * Sagsfremstilling they stay sub-headings.
   */
  sectionTitles: [
    'Sagsresume',
    'Resume',
    'Sammenfatning',
    'Indstilling',
    'Indstillinger',
    'Forvaltningens indstilling',
    'Direktionens indstilling',
    'Sagsfremstilling',
    'Sagsbeskrivelse',
    'Supplerende sagsfremstilling',
    'Procedure',
    'Behandling',
    'Økonomi',
    'Økonomiske konsekvenser',
    'Bevillingsmæssige konsekvenser',
    'Personalemæssige konsekvenser',
    'Kommunens vision og politikker',
    'Lovgrundlag',
    'Retsgrundlag',
    'Borgerperspektiv',
    'Historik',
    'Tidligere beslutninger',
    'Høring',
    'Høringssvar',
    'Kommunikation',
    'Videre proces',
    'Beslutningskompetence',
    'Kompetence',
    'Vurdering',
    'Forvaltningens vurdering',
    'Administrationens vurdering',
    'Miljømæssige konsekvenser',
    'Klimamæssige konsekvenser',
  ],
  /** Headings that mean the same section under another name, in lower case. */
  sectionSynonyms: [
    ['sagsresume', 'resume', 'sammenfatning', 'resume og sagens baggrund'],
    ['indstilling', 'indstillinger', 'forvaltningens indstilling', 'direktionens indstilling', 'forslag til beslutning'],
    ['sagsfremstilling', 'sagsbeskrivelse', 'sagens fremstilling'],
    ['økonomi', 'økonomiske konsekvenser', 'økonomiske forhold', 'bevillingsmæssige konsekvenser'],
    ['lovgrundlag', 'retsgrundlag', 'lovgivning'],
  ],
};
