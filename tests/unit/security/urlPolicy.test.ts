import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppUrl, isTrustedSender, resolveAppFile } from '../../../electron/core/security/urlPolicy.ts';

describe('Electron URL policy', () => {
  it('opens only http, https and mailto links outside the app', () => {
    for (const ok of ['https://www.kl.dk/oekonomi', 'http://haderslev.dk', 'mailto:udvalg@haderslev.dk']) expect(isAllowedExternalUrl(ok)).toBe(true);
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'app://referent/index.html', 'smb://server/share', 'ms-msdt:/id', 'data:text/html,<script>', 'ikke en adresse', '']) {
      expect(isAllowedExternalUrl(bad)).toBe(false);
    }
  });

  it('lets the window show only app://referent pages', () => {
    expect(isAppUrl('app://referent/index.html')).toBe(true);
    for (const bad of ['https://evil.example/', 'file:///work/main/dist/renderer/index.html', 'app://evil/index.html', 'http://127.0.0.1:5178/']) expect(isAppUrl(bad)).toBe(false);
  });

  it('trusts IPC only from our own top-level page', () => {
    expect(isTrustedSender('app://referent/index.html', true)).toBe(true);
    expect(isTrustedSender('app://referent/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('serves files from the renderer folder only', () => {
    const root = '/opt/Referent/renderer';
    expect(resolveAppFile(root, 'app://referent/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://referent/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    for (const bad of ['app://referent/..%2f..%2fetc%2fpasswd', 'app://referent/..%5c..%5cetc', 'app://other/index.html', 'file:///etc/passwd', 'app://referent/%E0%A4%A']) {
      expect(resolveAppFile(root, bad)).toBeNull();
    }
    // The URL parser folds dot segments before we see them: whatever is left stays inside the folder.
    expect(resolveAppFile(root, 'app://referent/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });
});
