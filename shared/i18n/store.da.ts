/** Danish text about the data directory: locks, damaged files, backups. */
export const storeText = {
  locked: (pid: number, since: string) =>
    `Datamappen er i brug af et andet Referent-vindue eller program (proces ${pid}, siden ${since}). Luk det først; der kan kun være én, der skriver ad gangen.`,
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
  },
  backupReasons: {
    daglig: 'Daglig sikkerhedskopi',
    'foer-migrering': 'Før opdatering af dataformatet',
    'foer-gendannelse': 'Før gendannelse fra sikkerhedskopi',
    manuel: 'Manuel sikkerhedskopi',
  },
  backupNotFound: 'Sikkerhedskopien findes ikke.',
  restoredFromBackup: (when: string) => `Data er gendannet fra sikkerhedskopien fra ${when}. Fortryd ved at gendanne kopien "Før gendannelse".`,
} as const;
