/** Where a command writes: stdout and stderr in a terminal, arrays in a test. */
export type CliIo = { out: (line: string) => void; err: (line: string) => void };

export const processIo: CliIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
