const LABELLED = /^(?:sagsnr|sags\s*nr|sag\s*nr|sagsnummer|j\.?\s*nr|journal\s*nr|journalnummer|acadre\s*nr|esdh\s*nr)\.?\s*[:.]?\s*(\S.*)$/i;
const TOKEN = /^[A-ZÆØÅa-zæøå0-9][A-ZÆØÅa-zæøå0-9./\-–_]*$/;

/**
 * A case or journal number standing alone on its line, in whatever scheme the
 * organisation uses (`25/30730`, `26-000257`, `00.22.00-G01-2-24`,
 * `85.15.00-A00-1-24`), or after a label (`Sagsnr.: 25/30730`). It has digits
 * and a separator, no spaces, and is not a date or a bare number.
 */
export function parseCaseNumber(line: string): string | null {
  const text = line.replace(/\u00a0/g, ' ').trim();
  const labelled = LABELLED.exec(text);
  const candidate = (labelled ? labelled[1]! : text).trim().replace(/[.,;]$/, '');
  if (candidate.length < 4 || candidate.length > 60 || /\s/.test(candidate) || !TOKEN.test(candidate)) return null;
  const digits = candidate.replace(/\D/g, '').length;
  if (digits < 3 || !/[./\-–_]/.test(candidate)) return labelled && digits >= 3 ? candidate : null;
  // `1.000` is an amount: with dots alone, a number needs the KLE scheme's groups (`00.22.00`).
  if (!/[/\-–_]/.test(candidate) && (candidate.match(/\./g) ?? []).length < 2) return null;
  // A date on its own line is not a case number.
  if (!labelled && /^\d{1,2}[-./]\d{1,2}[-./]\d{4}$/.test(candidate)) return null;
  // Letters are fine in KLE codes (`G01`, `Ø00`), but a word with a hyphen (`IT-drift`) is not a number.
  if (candidate.replace(/[^A-Za-zÆØÅæøå]/g, '').length > digits) return null;
  return candidate;
}
