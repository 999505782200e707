/**
 * A page that can show a record and do nothing else: no JavaScript, no
 * network, no files. Records are written by people, and a record's Markdown
 * could try to make the renderer fetch a URL or read a local file; the
 * defences are layered so any one of them suffices:
 *
 * 1. markdown-it runs with `html: false`, so raw HTML is shown as text;
 * 2. the document carries a deny-all Content-Security-Policy;
 * 3. JavaScript is switched off on the page;
 * 4. every request but `data:` is aborted by request interception;
 * 5. content is set in place with `setContent`; the page never navigates to a
 *    `file://` URL, so it has no file origin to read from.
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer';

/** The policy every rendered document carries as its first `<head>` element. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

/** A page made safe by {@link isolatePage}. */
export interface IsolatedPage {
  page: Page;
  browser: Browser;
  /** Requests this page tried to make and was refused, since it was created. */
  blocked(): number;
  /** Their URLs (the last few), for diagnostics and tests. */
  blockedUrls(): string[];
}

const KEEP_URLS = 20;

/** Switch JavaScript off and refuse every request but `data:` URLs. */
export async function isolatePage(page: Page, browser: Browser, onBlocked?: (url: string) => void): Promise<IsolatedPage> {
  let blocked = 0;
  const urls: string[] = [];
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url.startsWith('data:')) {
      void request.continue().catch(() => undefined);
      return;
    }
    blocked += 1;
    urls.push(url.slice(0, 200));
    if (urls.length > KEEP_URLS) urls.shift();
    onBlocked?.(url);
    void request.abort('blockedbyclient').catch(() => undefined);
  });
  // A page must never open another window (target=_blank, window.open): close any that appears.
  page.on('popup', (popup) => {
    void popup?.close().catch(() => undefined);
  });
  return { page, browser, blocked: () => blocked, blockedUrls: () => [...urls] };
}

/**
 * Put a complete HTML document into the page and wait for it to lay out. The
 * document is written in place (no navigation), so relative URLs resolve
 * against `about:blank` and there is no origin to fetch from.
 */
export async function setIsolatedContent(isolated: IsolatedPage, html: string, timeoutMs: number): Promise<void> {
  if (!html.includes(CONTENT_SECURITY_POLICY)) {
    throw new Error('refusing to render a document without supv\'s Content-Security-Policy');
  }
  await isolated.page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
}
