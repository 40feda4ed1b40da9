const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** `Jørgen Smed` → `joergen-smed`: Danish letters transliterated, other accents dropped. */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[æøå]/g, (c) => DANISH[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
