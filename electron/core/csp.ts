/**
 * One Content-Security-Policy for both the Electron window and the browser host:
 * only our own bundle runs; TipTap needs inline styles; exports are blob: downloads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The clean-up of a large Word paste runs in a worker of our own bundle.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
