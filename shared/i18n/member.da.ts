/** Texts of renderer/src/member/: the member's own side of the offline round (key file, package, answer). */
export const memberText = {
  kicker: 'Udvalgsmedlem',
  heading: 'Godkend et referat',
  intro:
    'Her godkender du som udvalgsmedlem et referat på din egen computer, uden forbindelse til sekretærens. Din Referent har sin egen nøgle, som signerer dit svar, så sekretæren kan se, at det kommer fra dig.',
  keyHeading: '1. Min nøglefil (første gang)',
  keyIntro: 'Gem din nøglefil, og send den til udvalgets sekretær. Sekretæren registrerer den én gang; derefter kan du godkende alle referater fra denne computer.',
  name: 'Dit navn',
  nameHint: 'Som i udvalgets medlemsliste, fx Anne Andersen.',
  nameRequired: 'Skriv dit navn.',
  saveKey: 'Gem min nøglefil',
  savingKey: 'Gemmer …',
  keySaved: (fileName: string) => `Nøglefilen er gemt som »${fileName}«. Send den til sekretæren.`,
  keyFailed: (message: string) => `Nøglefilen blev ikke gemt: ${message}`,
  packageHeading: '2. Åbn godkendelsespakken',
  packageIntro: 'Sekretæren sender dig en godkendelsespakke (en fil, der ender på .referent-godkendelse.json). Åbn den her for at læse referatet.',
  openPackage: 'Åbn godkendelsespakke',
  opening: 'Åbner …',
  openFailed: (message: string) => `Godkendelsespakken kunne ikke åbnes: ${message}`,
  reviewHeading: (committee: string, date: string) => `Referat: ${committee}, ${date}`,
  readOnly: 'Referatet vises skrivebeskyttet. Det er præcis den udgave, du godkender.',
  who: 'Jeg svarer som',
  whoRequired: 'Vælg dit navn.',
  answerSaved: (fileName: string) => `Dit svar er gemt som »${fileName}«.`,
  sendInstructions:
    'Send filen til sekretæren, fx som vedhæftet fil i en mail. Sekretæren importerer den under Underskriftsside → Importér svar. Svaret kan ikke ændres undervejs uden at signaturen brydes.',
  answerHeading: 'Dit svar',
  answerIntro: (fingerprint: string) =>
    `Læs referatet igennem. Når du trykker Godkend, godkender du netop denne udgave (fingeraftryk ${fingerprint}).`,
} as const;
