/**
 * The errors main reports, in Danish: produced by the service, the store and
 * the hosts, shown by the renderer or the CLI. Every other text has a catalogue
 * of its own feature beside this one.
 */
export const da = {
  errors: {
    invalidRequest: 'Forespørgslen er ugyldig.',
    unknownChannel: (name: string) => `Ukendt handling: ${name}`,
    committeeNotFound: 'Udvalget findes ikke.',
    meetingNotFound: 'Mødet findes ikke.',
    itemNotFound: 'Dagsordenspunktet findes ikke.',
    sectionNotFound: 'Feltet findes ikke på dagsordenspunktet.',
    memberNotFound: 'Medlemmet findes ikke i udvalget.',
    memberNotPresent: 'Kun mødedeltagere, der er til stede, kan godkende referatet.',
    readOnlyStore: 'Datamappen er åbnet skrivebeskyttet; ændringer kan ikke gemmes.',
    storeNewerVersion: (found: number, supported: number) =>
      `Datamappen er skrevet af en nyere version af Referent (skemaversion ${found}; denne version kender ${supported}). Den åbnes skrivebeskyttet.`,
    storeUnreadable: (file: string, reason: string) => `Filen ${file} kan ikke læses: ${reason}`,
    internal: 'Der opstod en uventet fejl. Intet er gået tabt; prøv igen.',
    fieldEmpty: 'Feltet må ikke være tomt',
    invalidDate: 'Ugyldig dato',
    invalidMeetingId: 'Ugyldigt møde-id: kun bogstaver a-z, tal, punktum, bindestreg og understregning, uden mappeadskillere.',
    invalidTime: 'Ugyldigt klokkeslæt',
    logoTooBig: 'Logoet må højst fylde 1 MB.',
    logoWrongType: 'Logoet skal være et PNG- eller JPEG-billede.',
    notCanonical: 'Værdien kan ikke serialiseres kanonisk.',
    requestTooLarge: 'Indholdet er for stort til at blive gemt på én gang.',
    tooManyItems: (max: number) => `Et møde kan højst have ${max} dagsordenspunkter. Del dagsordenen op i flere møder.`,
    templateNotFound: 'Skabelonen findes ikke.',
    statusNotAllowed: (from: string, to: string) => `Mødet kan ikke gå fra status "${from}" til "${to}".`,
    itemExists: 'Dagsordenspunktet findes allerede på mødet.',
    copyTitle: (title: string) => `${title} (kopi)`,
    postponeTarget: 'Et punkt kan kun udsættes til et andet møde i samme udvalg.',
    alreadyPostponed: 'Punktet er allerede udsat til et andet møde.',
    emptyAttachment: 'Filen er tom.',
    attachmentNotFound: 'Bilaget findes ikke.',
    attachmentHasNoFile: (name: string) => `Bilaget "${name}" er kun en titel; der er ingen fil at åbne.`,
    attachmentMissing: (name: string) => `Filen til bilaget "${name}" mangler i datamappen.`,
    pdfUnavailable: 'PDF kræver LibreOffice på denne maskine, når Referent kører i browseren. Eksportér som DOCX, eller brug skrivebordsprogrammet.',
    notAnExport: 'Kun filer, som Referent selv har gemt i denne session, kan åbnes herfra.',
    attachmentOpenFailed: (name: string, reason: string) => `Bilaget "${name}" kunne ikke åbnes: ${reason}`,
    attachmentAltered: (name: string) => `Filen til bilaget "${name}" er ændret eller beskadiget, siden den blev vedhæftet. Den åbnes ikke.`,
    sqliteUnavailable: (problems: string) => `SQLite kunne ikke indlæses (${problems})`,
    searchUnavailable: (reason: string) => `Søgningen virker ikke lige nu (${reason}). Dine møder er ikke berørt; prøv igen, eller genstart Referent.`,
  },
} as const;
