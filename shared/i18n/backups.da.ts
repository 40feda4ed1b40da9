/** Texts of renderer/src/backups/: taking and restoring backups of the data directory. */
export const backupsText = {
  heading: 'Sikkerhedskopier',
  intro:
    'Referent tager selv en sikkerhedskopi hver dag og før opdateringer. Her kan du tage en kopi nu og gendanne en tidligere tilstand.',
  dataDir: (dir: string) => `Datamappe: ${dir}`,
  listLabel: 'Sikkerhedskopier, nyeste først',
  colTime: 'Tidspunkt',
  colKind: 'Type',
  colMeetings: 'Møder',
  colActions: 'Handling',
  meetings: (n: number) => (n === 1 ? '1 møde' : `${n} møder`),
  none: 'Der er ingen sikkerhedskopier endnu.',
  createNow: 'Tag sikkerhedskopi nu',
  creating: 'Tager sikkerhedskopi …',
  created: 'Sikkerhedskopien er taget.',
  createFailed: (message: string) => `Sikkerhedskopien blev ikke taget: ${message}`,
  restore: 'Gendan',
  restoreAria: (when: string, kind: string) => `Gendan sikkerhedskopien fra ${when} (${kind})`,
  restoreHeading: 'Gendan sikkerhedskopi?',
  restoreText: (when: string) =>
    `Alle udvalg og møder sættes tilbage til tilstanden fra ${when}. Før det sker, tager Referent en sikkerhedskopi af den nuværende tilstand (»Før gendannelse fra sikkerhedskopi«), så du kan fortryde ved at gendanne den.`,
  restoreConfirm: 'Gendan',
  restoring: 'Gendanner …',
  restoreFailed: (message: string) => `Sikkerhedskopien blev ikke gendannet: ${message}`,
  loadFailed: (message: string) => `Sikkerhedskopierne kunne ikke hentes: ${message}`,
  readOnly: 'Datamappen er skrivebeskyttet, så der kan ikke tages eller gendannes sikkerhedskopier.',
  loading: 'Henter sikkerhedskopier …',
} as const;
