import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/csp.ts';
import { APP_SCHEME, realFileInsideFolder, resolveAppFile } from '../core/security/urlPolicy.ts';

export { APP_ORIGIN } from '../core/security/urlPolicy.ts';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://referent/ instead of file://, with our CSP on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(rendererDir, request.url);
    if (!target) return new Response('Forbidden', { status: 403 });
    // Never through a symlink out of the renderer folder.
    const real = await realFileInsideFolder(rendererDir, target);
    if (real === 'outside') return new Response('Forbidden', { status: 403 });
    if (real === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(real).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
