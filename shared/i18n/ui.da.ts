/** Generic words of renderer/src/ui/ (dialogs, buttons), shared by every screen. */
export const uiText = {
  cancel: 'Annullér',
  loading: 'Indlæser …',
  required: 'skal udfyldes',
  close: 'Luk',
} as const;
