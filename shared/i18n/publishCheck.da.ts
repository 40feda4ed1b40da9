/** Danish text of »Tjek før udsendelse«: the findings, the summary, the override and the CLI's `lint`. */
export const publishCheckText = {
  /** Where a finding is: `Punkt 12` (the UI jumps there) or the meeting itself. */
  item: (label: string) => `Punkt ${label}`,
  meeting: 'Mødet',
  fields: {
    title: 'titlen',
    publicTitle: 'den offentlige titel',
    closedReason: 'begrundelsen for lukning',
    section: (title: string) => `afsnittet »${title}«`,
    sectionTitle: (title: string) => `overskriften »${title}«`,
    attachment: (name: string) => `bilagsnavnet »${name}«`,
    remark: 'en protokolbemærkning',
    absence: 'en fraværsnote',
    caseFlow: 'sagsgangen',
  },
  cpr: (where: string, masked: string) => `CPR-nummer i ${where}: ${masked}. Fjern det, før dokumentet offentliggøres.`,
  closedTitleExposes: (what: string) =>
    `Lukket punkt uden offentlig titel, men titlen indeholder ${what}. Den offentlige udgave viser titlen; skriv en offentlig titel.`,
  exposes: { name: 'et navn', address: 'en adresse', cpr: 'et CPR-nummer', email: 'en e-mailadresse' },
  closedWithoutPublicTitle: 'Lukket punkt uden offentlig titel: den offentlige udgave viser »Lukket: <titel>«.',
  closedWithoutReason: 'Lukket punkt uden begrundelse (fx personalesag eller køb og salg af fast ejendom).',
  missingDecision: 'Punktet har ingen beslutning.',
  numberingGap: (expected: number, actual: number) =>
    `Nummereringen springer: udvalgets forrige møde sluttede, så dette møde skulle begynde ved punkt ${expected}, men det begynder ved punkt ${actual}.`,
  numberingOverlap: (expected: number, actual: number) =>
    `Nummereringen gentager numre: udvalgets forrige møde brugte numrene op til ${expected - 1}, men dette møde begynder ved punkt ${actual}.`,
  titleNumbered: 'Titlen begynder med et nummer; punktet nummereres af sig selv, så nummeret står to gange.',
  danglingItemReference: (where: string, number: string) => `»punkt ${number}« i ${where} peger ikke på noget punkt på dette møde.`,
  helpTextLeft: (section: string) => `Skabelonens hjælpetekst står uændret i afsnittet »${section}«.`,
  placeholder: (where: string, found: string) => `Pladsholder i ${where}: »${found}«.`,
  dateDisagrees: (where: string, found: string, meetingDate: string) => `Datoen ${found} i ${where} passer ikke med mødedatoen ${meetingDate}.`,
  approvalBeforeMeeting: (name: string, when: string) => `${name} har godkendt ${when}, før mødet begyndte.`,
  sentBeforeMeeting: (when: string) => `Referatet blev sendt til godkendelse ${when}, før mødet begyndte.`,
  postponedToEarlier: (date: string) => `Punktet er udsat til et møde den ${date}, som ligger før dette møde.`,
  postponedFromLater: (date: string) => `Punktet er udsat fra et møde den ${date}, som ligger efter dette møde.`,
  bilagNotAttached: (where: string, number: number, attached: number) =>
    `${where} nævner bilag ${number}, men punktet har ${attached === 0 ? 'ingen bilag' : attached === 1 ? 'kun ét bilag' : `kun ${attached} bilag`}.`,
  bilagMissing: (name: string) => `Filen til bilaget »${name}« mangler i datamappen.`,
  bilagAltered: (name: string) => `Filen til bilaget »${name}« er ændret, siden den blev vedhæftet.`,
  contact: {
    email: (where: string, found: string) => `E-mailadresse i ${where}: ${found}. Er det en privatpersons, skal den ud af den offentlige udgave.`,
    phone: (where: string, found: string) => `Telefonnummer i ${where}: ${found}. Er det en privatpersons, skal det ud af den offentlige udgave.`,
    address: (where: string, found: string) => `Adresse i ${where}: ${found}. Er det en privatpersons, skal den ud af den offentlige udgave.`,
  },
  splitVoteUnnamed: 'Afstemningen er delt, men det står ikke, hvem der stemte hvad.',
  voteCountMismatch: (choice: string, names: number, count: number) => `»${choice}«: ${names} navne, men ${count} stemmer.`,
  voteMentionedNotRecorded: 'Beslutningen nævner en afstemning, men stemmerne er ikke registreret.',

  summary: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? 'Tjek før udsendelse: ingen fejl eller advarsler.'
      : `Tjek før udsendelse: ${errors} ${errors === 1 ? 'fejl' : 'fejl'}, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.`,
  severity: { fejl: 'Fejl', advarsel: 'Advarsel' },
  /** Refusal of a public export while errors stand and no override covers them. */
  blocked: (errors: number) =>
    `Den offentlige udgave kan ikke eksporteres: tjek før udsendelse fandt ${errors} ${errors === 1 ? 'fejl' : 'fejl'}. Ret ${errors === 1 ? 'den' : 'dem'}, eller tilsidesæt tjekket med en begrundelse.`,
  overrideReasonRequired: 'Skriv en begrundelse for at tilsidesætte tjekket.',
  lintHeader: (meeting: string, variant: string, audience: string) => `Tjek før udsendelse af ${variant} (${audience}) for ${meeting}:`,
  overridden: (at: string, reason: string) => `Fejlene er tilsidesat ${at} med begrundelsen: ${reason}`,
  lintLine: (severity: string, where: string, message: string) => `  ${severity.padEnd(9)} ${where}: ${message}`,
} as const;
