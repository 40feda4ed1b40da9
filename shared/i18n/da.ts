/**
 * All Danish text shown to people, in one place so it can be translated.
 * `errors` are produced in main and shown by the renderer or the CLI.
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
    requestTooLarge: 'Indholdet er for stort til at blive gemt på én gang.',
  },
} as const;
