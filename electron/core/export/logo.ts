import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';

export type Logo = { type: 'png' | 'jpg'; data: Buffer; width: number; height: number };

/** The largest box the logo is scaled into, in pixels at 96 dpi (6.6 × 2.1 cm): big enough to read, small enough to leave the title the page. */
export const LOGO_MAX_WIDTH = 250;
export const LOGO_MAX_HEIGHT = 80;

/**
 * Reads a template's logo (a PNG or JPEG data URL) and its pixel size. A logo
 * that cannot be read is left out rather than stopping the export: the
 * protocol matters more than the logo.
 */
export function parseLogo(dataUrl: string | undefined): Logo | undefined {
  if (!dataUrl) return undefined;
  const m = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m) return undefined;
  const data = Buffer.from(m[2]!, 'base64');
  const size = m[1] === 'png' ? pngSize(data) : jpegSize(data);
  if (!size || size.width <= 0 || size.height <= 0) return undefined;
  return { type: m[1] === 'png' ? 'png' : 'jpg', data, ...size };
}

function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.toString('hex', 0, 8) !== signature || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function jpegSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = data.readUInt16BE(offset + 2);
    // SOF0–SOF15 carry the frame size, but for DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

/** Scales into the logo box, never up: a small logo stays sharp. */
export function logoDisplaySize(logo: Pick<Logo, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, LOGO_MAX_WIDTH / logo.width, LOGO_MAX_HEIGHT / logo.height);
  return { width: Math.max(1, Math.round(logo.width * scale)), height: Math.max(1, Math.round(logo.height * scale)) };
}

/**
 * The logo, right-aligned above the title. Its line is exactly as tall as the
 * picture plus a little air, so Word, LibreOffice and the page estimator give
 * the front page the same height (an auto line height differs between them).
 */
export function logoParagraph(logo: Logo, altText: string): Paragraph {
  const size = logoDisplaySize(logo);
  const heightTwips = Math.round(size.height * 15); // 96 dpi: 1 px = 0.75 pt = 15 twips
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 0, after: 240, line: heightTwips + 80, lineRule: LineRuleType.EXACT },
    children: [
      new ImageRun({
        type: logo.type,
        data: logo.data,
        transformation: size,
        altText: { name: 'Logo', title: altText, description: altText },
      }),
    ],
  });
}
