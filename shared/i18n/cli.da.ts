/** Text the command-line tool prints; kept beside the UI text so both are translated together. */
export const cliText = {
  usage: `Brug:
  referent list   --data MAPPE [--json]
  referent export --data MAPPE --meeting ID -o FIL.docx

Kommandoer:
  list     Viser møderne i datamappen: id, udvalg, dato og antal punkter.
  export   Skriver referatet af et møde som DOCX.`,
  unknownCommand: (c: string) => `Ukendt kommando: ${c}`,
  missingOption: (o: string) => `Mangler --${o}.`,
  noMeetings: 'Datamappen indeholder ingen møder.',
  meetingNotFound: (id: string) => `Mødet ${id} findes ikke i datamappen.`,
  written: (file: string, items: number) => `Referatet er skrevet til ${file} (${items} punkter).`,
  header: ['Id', 'Udvalg', 'Dato', 'Punkter'] as const,
};
