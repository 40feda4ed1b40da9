/** Danish text of `referent check`. */
export const checkText = {
  ok: (committees: number, meetings: number, attachments: number, audit: number) =>
    `OK: datamappen er sund (${committees} udvalg, ${meetings} møder, ${attachments} bilagsfiler, ${audit} linjer i revisionssporet).`,
  attachmentMissing: (meetingId: string, item: string, name: string) => `Mødet ${meetingId}, punktet "${item}": filen til bilaget "${name}" mangler.`,
  attachmentAltered: (meetingId: string, item: string, name: string) => `Mødet ${meetingId}, punktet "${item}": filen til bilaget "${name}" er ændret, siden den blev vedhæftet.`,
  broken: (n: number) => `FEJL: ${n} problem${n === 1 ? '' : 'er'} i datamappen:`,
  unreadable: (message: string) => `Datamappen kan ikke læses: ${message}`,
  newerVersion: 'Datamappen er skrevet af en nyere version af Referent.',
  missingCommittee: (meetingId: string) => `Mødet ${meetingId} hører til et udvalg, der ikke findes.`,
  unknownParticipant: (meetingId: string, memberId: string) => `Mødet ${meetingId} har en deltager (${memberId}), som ikke er medlem af udvalget.`,
  protocol: (meetingId: string, problem: string) => `Mødet ${meetingId}: ${problem}`,
  answerFile: (meetingId: string, who: string) => `meetings/${meetingId}.json (svaret fra ${who})`,
  keyNotLogged: (committee: string, who: string, key: string) => `${committee}: nøglen ${key} for ${who} står i referent.json, men er aldrig registreret i revisionssporet.`,
  audit: (reason: string) => `Revisionssporet: ${reason}`,
  leftovers: (n: number) => `${n} fil(er) i karantæne fra tidligere reparationer (mappen karantaene/).`,
  opened: (notice: string) => `Ved åbning: ${notice}`,
  headCut: (file: string, seq: number, entries: number) =>
    `${file} har set revisionssporet til og med linje ${seq}, men sporet har kun ${entries} linjer: det er afkortet, tømt eller slettet.`,
  headRewritten: (file: string, seq: number) => `${file} har set en anden linje ${seq} i revisionssporet end den, der står der nu: sporet er omskrevet.`,
  headMissing: 'referent.json har ingen registrering af revisionssporet, selv om sporet har linjer.',
  restartLost: (seq: number, reason: string) => `Revisionssporet blev genstartet ved linje ${seq} (${reason}), og linjer, som datamappen allerede havde set, mangler.`,
  restartNote: (seq: number, quarantined: string) => `Revisionssporet blev genstartet ved linje ${seq} efter en beskadiget sidste linje; den ligger uændret i karantæne (${quarantined}).`,
  interruptedNote: (seq: number) => `Linje ${seq} i revisionssporet markerer en ændring, der blev afbrudt, før den var gemt.`,
  meetingMissing: (meetingId: string, source: string) => `Mødet ${meetingId} mangler: filen meetings/${meetingId}.json findes ikke, men ${source} kender mødet.`,
  sources: { audit: 'revisionssporet', index: 'oversigten (index.jsonl)' },
  meetingLost: (meetingId: string, at: string) => `Mødet ${meetingId} gik tabt ${at} og kunne ikke gendannes fra nogen sikkerhedskopi.`,
  backupManifest: (id: string) => `Sikkerhedskopien ${id} har en beskadiget manifestfil. Dens filer bruges stadig til at gendanne enkelte filer, men den vises ikke som sikkerhedskopi.`,
  indexMissing: 'Oversigten over møderne (index.jsonl) mangler; Referent bygger den igen ved næste start.',
  indexLacks: (n: number) => `${n} mødefil(er) står ikke i oversigten over møderne (index.jsonl); de er læst og kontrolleret her, og Referent tager dem med ved næste start.`,
  indexDisagrees: (meetingId: string) =>
    `Oversigten over møderne (index.jsonl) siger noget andet om mødet ${meetingId} end mødets egen fil, selv om filens størrelse og ændringstid er de samme som da oversigten blev skrevet: enten er linjen i oversigten skrevet uden om Referent, eller filen er rettet uden om Referent og dens tid sat tilbage. Gennemse mødet, og slet derefter index.jsonl; Referent bygger den igen fra filerne ved næste start.`,
  indexStale: (n: number) => `Oversigten over møderne (index.jsonl) er ikke opdateret for ${n} møde(r); Referent retter den ved næste start.`,
} as const;
