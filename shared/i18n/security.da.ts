/** Danish text about refused input, the browser host's access key and bilag that are programs. */
export const securityText = {
  input: {
    /** `max` counts nodes (a list and its item are two); what the secretary sees is list levels. */
    richTextTooDeep: (max: number) =>
      `Teksten er indlejret for dybt, fx en punktopstilling med mere end ${Math.floor((max - 3) / 2)} niveauer. Ryk nogle punkter ud (Shift+Tab), og prøv igen.`,
    attrsTooDeep: 'Teksten har en formatering, der er indlejret for dybt.',
    tooDeep: (max: number) => `Forespørgslen er indlejret for dybt (højst ${max} niveauer) og er ikke gemt.`,
    tooLarge: 'Forespørgslen er for stor eller for indviklet og er ikke gemt.',
    badCharacter: (field: string, what: string) => `Teksten i ${field} indeholder ${what}. Fjern tegnet, og prøv igen; intet er gemt.`,
    field: (path: string) => (path === '' ? 'forespørgslen' : `feltet »${path}«`),
    characters: {
      loneSurrogate: 'et ufuldstændigt tegn (en halv UTF-16-surrogat)',
      nonCharacter: 'et tegn, der ikke må stå i tekst (U+FFFE eller U+FFFF)',
      nul: 'et nul-tegn (U+0000)',
    },
  },
  host: {
    started: (url: string, dataDir: string) =>
      `Referent kører på ${url}\nÅbn adressen, som den står (med ?token=): nøglen er ny ved hver start. Data: ${dataDir}. Stop med Ctrl+C.`,
    unauthorized:
      'Adgang nægtet: adressen mangler den adgangsnøgle, Referent skrev, da den startede. Åbn adressen fra startbeskeden igen (den med ?token=).',
    badPath: 'Adressen er ugyldig.',
    mediaType: 'Forespørgslen skal sendes som application/json.',
  },
  attachments: {
    programNotOpened: (name: string, path: string) =>
      `»${name}« er en programfil eller en filtype, der kan køre kode. Referent åbner den ikke; den er gemt i ${path}. Åbn den kun, hvis du stoler på afsenderen.`,
    programNotSaved: (name: string) =>
      `»${name}« er en programfil eller en filtype, der kan køre kode, og åbnes ikke. Den blev ikke gemt.`,
    programNoPlace: (name: string) =>
      `»${name}« er en programfil eller en filtype, der kan køre kode, og åbnes ikke. Den kan ikke gemmes herfra.`,
    refusedToOpen: 'Filtypen kan køre kode, så Referent åbner den ikke.',
    folderNotOurs: 'Mappen »bilag« i datamappen er ikke en almindelig mappe (men fx en genvej til en anden mappe). Bilaget er ikke gemt; kontakt IT.',
  },
  store: {
    tooDeep: 'indlejret for dybt til at kunne læses sikkert',
  },
} as const;
