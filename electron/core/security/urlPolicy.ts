import { realpath } from 'node:fs/promises';
import { normalize, join, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'referent';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Links in protocol texts may open in the system browser or mail client, nothing else (no file:, no custom schemes). */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The window may only ever show our own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** An IPC call is trusted only from our own top-level page, never from a frame. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean): boolean {
  return isTopFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}

/** The file an app:// request may read: inside the renderer folder, or nothing. */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveInsideFolder(rendererDir, url.pathname);
}

/** A URL path (still percent-encoded) as a file inside `folder`, or null if it would leave it. Shared by app:// and the browser host. */
export function resolveInsideFolder(folder: string, encodedPath: string): string | null {
  const root = normalize(folder + sep);
  let relative: string;
  try {
    relative = decodeURIComponent(encodedPath === '/' || encodedPath === '' ? '/index.html' : encodedPath);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows: refuse it everywhere so the rule is the same on every platform.
  if (relative.includes('\\') || relative.includes('\0')) return null;
  const target = normalize(join(root, relative));
  return target.startsWith(root) ? target : null;
}

/**
 * The real file behind `target` (a path `resolveInsideFolder` let through),
 * after every symlink: null when there is none, 'outside' when a link leads
 * out of `folder`. A link inside the renderer folder to /etc/passwd must not
 * make it a page.
 */
export async function realFileInsideFolder(folder: string, target: string): Promise<string | 'outside' | null> {
  let root: string;
  let real: string;
  try {
    root = await realpath(folder);
    real = await realpath(target);
  } catch {
    return null;
  }
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep) ? real : 'outside';
}
