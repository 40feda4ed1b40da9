/** Accepts `https://…`, `http://…`, `mailto:…`, and a bare `www.kommune.dk` (made https). */
export function normalizeLinkUrl(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (/^(https?:\/\/|mailto:)\S+$/i.test(value)) return value;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)) return `https://${value}`;
  return undefined;
}
