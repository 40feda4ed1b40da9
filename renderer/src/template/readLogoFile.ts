import { templateText } from '../../../shared/i18n/template.da.ts';

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; error: string };

const TYPES = ['image/png', 'image/jpeg'];

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * PNG or JPEG, at most `maxBytes`, as a data URL: what the template's logo field
 * accepts. The type is checked on the file's first bytes too, since a renamed
 * file would pass on its name alone and then fail in the exported document.
 */
export async function readLogoFile(file: File, maxBytes: number): Promise<LogoResult> {
  const t = templateText;
  if (!TYPES.includes(file.type) && !/\.(png|jpe?g)$/i.test(file.name)) return { ok: false, error: t.logoWrongType(file.name) };
  if (file.size > maxBytes) return { ok: false, error: t.logoTooBig(formatSize(file.size)) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: t.logoReadFailed };
  }
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (!isPng && !isJpeg) return { ok: false, error: t.logoWrongType(file.name) };
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { ok: true, dataUrl: `data:image/${isPng ? 'png' : 'jpeg'};base64,${btoa(binary)}` };
}
