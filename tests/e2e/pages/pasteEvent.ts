import type { Locator } from '@playwright/test';

/** A paste into `field` as Chromium fires one for a Ctrl+V, with `html` (and a little plain text) on the clipboard. */
export async function pasteHtmlInto(field: Locator, html: string, plain = 'x'): Promise<void> {
  await field.evaluate(
    (el, { html, plain }) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      transfer.setData('text/plain', plain);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}
