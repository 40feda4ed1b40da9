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
  audit: (reason: string) => `Revisionssporet: ${reason}`,
  leftovers: (n: number) => `${n} fil(er) i karantæne fra tidligere reparationer (mappen karantaene/).`,
} as const;
