/** Danish text about the data directory: locks, damaged files, backups. */
export const storeText = {
  auditLineUnreadable: (line: number) => `Linje ${line} i revisionssporet kan ikke læses.`,
  auditLineBroken: (line: number) => `Linje ${line} i revisionssporet passer ikke med kæden.`,
  locked: (pid: number, since: string | null) =>
    `Datamappen er i brug af et andet Referent-vindue eller program på denne computer (proces ${pid}${since ? `, siden ${since}` : ''}). Luk det først; der kan kun være én, der skriver ad gangen.`,
  lockedElsewhere: (host: string, since: string | null, file: string) =>
    `Datamappen er i brug af Referent på en anden computer, ${host}${since ? ` (siden ${since})` : ''}. Luk Referent dér først; der kan kun være én, der skriver ad gangen. Er Referent ikke længere åben dér (computeren gik ned eller mistede forbindelsen), så slet filen ${file} i datamappen, og prøv igen.`,
  lockFailed: 'Datamappen kunne ikke låses til skrivning. Prøv igen.',
  newerVersion: (found: number, supported: number) =>
    `Datamappen er skrevet af en nyere version af Referent (skemaversion ${found}; denne version kender ${supported}). Den er åbnet skrivebeskyttet, så intet går tabt. Opdatér Referent for at redigere.`,
  quarantined: (file: string, reason: string) => `Filen ${file} var beskadiget (${reason}). Den er flyttet uændret til karantæne.`,
  restored: (file: string, when: string) => `${file} er gendannet fra sikkerhedskopien fra ${when}.`,
  notRestored: (file: string) => `${file} fandtes ikke i nogen sikkerhedskopi og kunne ikke gendannes. Kontakt IT med filen fra karantænemappen.`,
  rootLost: 'Datamappens hovedfil (udvalg og skabeloner) er beskadiget, og der findes ingen brugbar sikkerhedskopi. Referent starter ikke med en tom mappe; den beskadigede fil ligger i karantæne.',
  reasons: {
    empty: 'tom fil',
    json: 'ikke gyldig JSON',
    schema: 'passer ikke med skemaet',
    wrongId: 'indeholder et andet møde end filnavnet siger',
    missing: 'filen mangler',
    encoding: 'ikke gemt som UTF-8-tekst',
    notAFile: 'ikke en almindelig fil',
    linkLoop: 'et symbolsk link, der går i ring',
    olderThanLog: (claimed: number, logged: number) => `angiver skemaversion ${claimed}, men revisionssporet viser, at datamappen allerede er version ${logged}`,
  },
  rootOlderThanLog: (claimed: number, logged: number) =>
    `Filen referent.json angiver skemaversion ${claimed}, men revisionssporet viser, at datamappen allerede er version ${logged}. Filen er sat tilbage eller ændret uden om Referent: den er læst som version ${logged} og ikke migreret, så nøgler i den, som revisionssporet ikke kender, tæller ikke.`,
  notSynced: (reason: string) =>
    `Ændringen er gemt og vises, men disken bekræftede ikke, at den er skrevet varigt (${reason}). Et strømsvigt lige nu kunne koste den. Tjek disken, og tag en sikkerhedskopi under Sikkerhedskopier.`,
  diskFull: 'Disken er fuld, så ændringen er ikke gemt. Frigør plads på disken (fx ved at tømme papirkurven), og prøv igen. Det, der allerede var gemt, er uændret.',
  meetingDamaged: (file: string) =>
    `Mødet kan ikke læses lige nu: filen ${file} er beskadiget. Den flyttes uændret til karantæne og gendannes fra den nyeste sikkerhedskopi; prøv igen om et øjeblik.`,
  meetingMissing: (file: string) => `Mødefilen ${file} mangler i datamappen.`,
  indexRebuilt: (meetings: number) =>
    `Oversigten over møderne (index.jsonl) manglede eller kunne ikke bruges, og den er bygget igen ud fra de ${meetings} mødefiler.`,
  indexOtherVersion: (meetings: number) => `Oversigten over møderne var fra en anden version af Referent og er bygget igen ud fra de ${meetings} mødefiler.`,
  changedOutside: (n: number) =>
    n === 1
      ? 'En mødefil var ændret, tilføjet eller fjernet uden for Referent, siden programmet sidst var åbent. Oversigten er opdateret.'
      : `${n} mødefiler var ændret, tilføjet eller fjernet uden for Referent, siden programmet sidst var åbent. Oversigten er opdateret.`,
  rootMissing: 'Filen referent.json (udvalg og skabeloner) manglede, selv om der er møder i datamappen.',
  rootRebuilt: (committees: number, meetings: number) =>
    `referent.json fandtes ikke i nogen sikkerhedskopi. ${committees} udvalg er genskabt ud fra ${meetings} møder; kontrollér udvalgenes navne, medlemmer og skabeloner.`,
  auditTailQuarantined: (name: string, bytes: number) =>
    `Slutningen af revisionssporet (audit.jsonl) var beskadiget (${bytes} byte, fx efter en fuld disk eller et strømsvigt). Den beskadigede del er flyttet uændret til karantæne (${name}), og sporet fortsætter fra en markeret genstart.`,
  auditCut: (expected: number, found: number) =>
    `Revisionssporet (audit.jsonl) er kortere, end datamappen sidst så det (linje ${expected}; nu ${found} linjer). Linjer kan være fjernet. Bruddet er markeret i sporet; kontakt IT.`,
  auditRewritten: (seq: number) =>
    `Revisionssporet (audit.jsonl) passer ikke med det, datamappen sidst så ved linje ${seq}: sporet kan være omskrevet. Bruddet er markeret i sporet; kontakt IT.`,
  auditHeadMissing: 'referent.json har ingen registrering af revisionssporet, selv om sporet har linjer. Bruddet er markeret i sporet; kontakt IT.',
  interrupted: (n: number) =>
    `${n === 1 ? 'En hændelse' : `${n} hændelser`} i revisionssporet blev ikke gennemført, fordi programmet stoppede midt i en ændring. Det er markeret i sporet.`,
  opening: 'Åbner data …',
  openingProgress: (what: string, done: number, total: number) => `${what} (${done.toLocaleString('da-DK')} af ${total.toLocaleString('da-DK')})`,
  progressPhases: { laeser: 'Læser møder', migrerer: 'Opdaterer dataformatet', kontrollerer: 'Kontrollerer møder' },
  startFailedTitle: 'Referent kunne ikke starte',
  startFailed: (what: string, dataDir: string) =>
    `${what}\n\nDine data ligger i mappen:\n${dataDir}\n\nIntet er slettet. Luk andre Referent-vinduer, og prøv igen. Hvis det ikke hjælper, så kontakt IT og giv dem mappens placering og denne besked.`,
  startFailedUnknown: (message: string) => `Der opstod en uventet fejl under start: ${message}`,
  backupReasons: {
    daglig: 'Daglig sikkerhedskopi',
    'foer-migrering': 'Før opdatering af dataformatet',
    'foer-gendannelse': 'Før gendannelse fra sikkerhedskopi',
    manuel: 'Manuel sikkerhedskopi',
  },
  backupNotFound: 'Sikkerhedskopien findes ikke.',
  cannotOpen: (dir: string, file: string | null, reason: string) =>
    `Datamappen ${dir} kan ikke åbnes: ${file ? `${file} ${reason}` : reason}. Ret det i mappen (flyt fx det, der ikke hører til, væk), og start Referent igen.`,
  fileProblem: (file: string | null, reason: string) =>
    `Handlingen kunne ikke gennemføres: ${file ? `${file} ${reason}` : reason}. Ret det i datamappen (flyt fx det, der ikke hører til, væk), og prøv igen.`,
  diskFullDuring: (file: string | null) =>
    `Handlingen kunne ikke gennemføres: disken er fuld${file ? ` (${file} kunne ikke skrives)` : ''}. Frigør plads på disken (fx ved at tømme papirkurven), og prøv igen.`,
  backupFailed: (what: string) => `Dagens sikkerhedskopi kunne ikke laves: ${what}. Ret det i datamappen; Referent prøver igen ved næste start.`,
  fsReasons: {
    EISDIR: 'er en mappe, hvor der skulle være en fil',
    ENOTDIR: 'er en fil, hvor der skulle være en mappe',
    EEXIST: 'er en fil, hvor der skulle være en mappe',
    EACCES: 'må Referent ikke læse eller skrive (adgangsrettigheder)',
    EPERM: 'må Referent ikke læse eller skrive (adgangsrettigheder)',
    EROFS: 'ligger på et drev, der kun kan læses',
    ELOOP: 'er et symbolsk link, der går i ring',
    ENOSPC: 'kan ikke skrives: disken er fuld',
    ERR_STRING_TOO_LONG: 'en fil i mappen er for stor til at være en Referent-fil (over 512 MB)',
    ERR_FS_FILE_TOO_LARGE: 'en fil i mappen er for stor til at være en Referent-fil',
  },
  meetingNewer: (file: string, version: number, ours: number) =>
    `Mødet er gemt af en nyere version af Referent (${file} har skemaversion ${version}, denne version kender op til ${ours}). Det kan læses her, men ikke ændres: en ændring ville slette det, den nyere version har skrevet. Opdatér Referent.`,
  restoreFinished: (when: string) => `En gendannelse fra sikkerhedskopien fra ${when} blev afbrudt, før alle filer var lagt tilbage. Den er gjort færdig nu; det, der var gemt lige før, ligger i sikkerhedskopien »før gendannelse«.`,
  restoreInterrupted: (when: string) => `En gendannelse fra sikkerhedskopien fra ${when} blev afbrudt, før alle filer var lagt tilbage: datamappen er en blanding af gamle og nye filer. Åbn Referent, så gøres den færdig.`,
  restoreStale: (when: string) =>
    `En gendannelse fra sikkerhedskopien fra ${when} blev ikke meldt færdig, men der er arbejdet videre i datamappen siden. Den er ikke lagt tilbage igen, så intet af det senere arbejde går tabt. Tjek møderne, og gendan igen under Sikkerhedskopier, hvis noget mangler.`,
  restoreNotFinished: (when: string) => `En gendannelse fra sikkerhedskopien fra ${when} blev afbrudt, og sikkerhedskopien findes ikke længere, så den kunne ikke gøres færdig. Tjek møderne, eller gendan igen fra en sikkerhedskopi.`,
  restoredFromBackup: (when: string) => `Data er gendannet fra sikkerhedskopien fra ${when}. Fortryd ved at gendanne kopien "Før gendannelse".`,
} as const;
