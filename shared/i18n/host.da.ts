/** What the browser host (electron/web) says on the console. */
export const hostText = {
  running: (url: string, dataDir: string) => `Referent kører på ${url} (data: ${dataDir}). Stop med Ctrl+C.`,
} as const;
