/** Text the command-line tool prints; kept beside the UI text so both are translated together. */
export const cliText = {
  usage: `Brug:
  referent list   --data MAPPE [--json]
  referent export --data MAPPE --meeting ID [--variant referat|dagsorden]
                  [--audience fuld|offentlig] [--format docx|pdf|packet] -o FIL
  referent verify --data MAPPE --meeting ID
  referent check  --data MAPPE
  referent import --data MAPPE FIL… [--committee ID] [--json]
  referent lint   --data MAPPE --meeting ID [--variant referat|dagsorden]
                  [--audience fuld|offentlig] [--json]
  referent sync   --data MAPPE --remote URL [--committee ID …]

Kommandoer:
  list     Viser møderne i datamappen: id, udvalg, dato og antal punkter.
  export   Skriver referatet eller dagsordenen af et møde som DOCX eller PDF.
  check    Kontrollerer hele datamappen: skema, møder, godkendelser og revisionsspor.
  verify   Kontrollerer, at det gemte referat er præcis det, medlemmerne har godkendt.
  import   Importerer referater og dagsordener (DOCX eller PDF) og viser, hvad der blev genkendt.
  lint     Tjek før udsendelse: CPR-numre, lukkede punkter, manglende beslutninger,
           nummerering, pladsholdere, datoer, bilag, kontaktoplysninger og
           afstemninger. Afslutter med 1, hvis der er fejl.
  sync     Én synkronisering med en CouchDB-server (hent og send) for de delte
           udvalg; --committee deler eller tilslutter et udvalg. Brugernavn og
           adgangskode i adressen eller i REFERENT_SYNC_USER/REFERENT_SYNC_PASSWORD.

Valg til export:
  --variant   referat (standard): med beslutninger og underskriftsside.
              dagsorden: til udsendelse før mødet, uden beslutninger.
  --audience  fuld (standard): lukkede punkter med deres tekst.
              offentlig: lukkede punkter kun med nummer, titel og sagsnummer.
  --format    docx (standard), pdf (kræver LibreOffice) eller packet: én PDF
              med dokumentet og dets åbne bilag. En FIL, der ender på .pdf,
              bliver en PDF, også uden --format.
              Den offentlige udgave eksporteres kun, når tjek før udsendelse
              ikke finder fejl, eller fejlene er tilsidesat i programmet.

Valg til lint:
  --variant   dagsorden indtil mødet er holdt, derefter referat (standard).
  --audience  offentlig (standard) eller fuld.
  --json      Fundene som JSON.`,
  unknownCommand: (c: string) => `Ukendt kommando: ${c}`,
  missingOption: (o: string) => `Mangler --${o}.`,
  noMeetings: 'Datamappen indeholder ingen møder.',
  meetingNotFound: (id: string) => `Mødet ${id} findes ikke i datamappen.`,
  invalidValue: (option: string, value: string, allowed: readonly string[]) =>
    `Ugyldig værdi for --${option}: "${value}". Brug ${allowed.slice(0, -1).join(', ')} eller ${allowed.at(-1)}.`,
  documentLabel: (variant: 'referat' | 'dagsorden', audience: 'fuld' | 'offentlig') =>
    `${variant === 'dagsorden' ? 'Dagsordenen' : 'Referatet'}${audience === 'offentlig' ? ' (offentlig udgave)' : ''}`,
  written: (what: string, file: string, items: number) => `${what} er skrevet til ${file} (${items} punkter).`,
  header: ['Id', 'Udvalg', 'Dato', 'Punkter'] as const,
  fingerprint: (short: string, full: string) => `Fingeraftryk: ${short} (${full})`,
  notSent: 'Referatet er ikke sendt til godkendelse; der er ingen godkendelser at kontrollere.',
  approvalLine: (name: string, when: string, method: string, key: string | null, check: string) => `  Godkendt  ${name}  ${when}  (${method}; nøgle ${key ?? '–'}; ${check})`,
  substituteName: (name: string, member: string) => `${name} (stedfortræder for ${member})`,
  auditHead: (seq: number, hash: string) => `Revisionssporets hoved: linje ${seq}, ${hash}`,
  checks: {
    gyldig: 'underskrift gyldig',
    usigneret: 'IKKE underskrevet',
    ukendt_noegle: 'nøglen er ikke registreret for personen',
    forkert_signatur: 'underskriften passer ikke',
    ikke_underskriver: 'personen skal ikke underskrive',
    andet_referat: 'gælder et andet referat',
  } as const,
  rejectionLine: (name: string, when: string, comment: string) => `  Afvist    ${name}  ${when}  ${comment}`,
  pendingLine: (name: string) => `  Afventer  ${name}`,
  intact: (n: number) => `OK: referatet er uændret siden udsendelsen, og alle ${n} godkendelser passer.`,
  broken: 'FEJL: det gemte referat passer ikke med godkendelserne.',
  changedHeader: 'Ændret siden udsendelsen:',
  methods: { lokal: 'på sekretærens maskine', fjern: 'signeret på medlemmets maskine' } as const,
};
