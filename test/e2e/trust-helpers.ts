// Shared by the trust-*.test.ts browser tests: request recording, stopping the MV3 worker, hostile fixtures.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
// @ts-expect-error plain ESM helpers shared with `npm start`
import { stopServiceWorkers } from '../../scripts/lib/browser.mjs';
import { FIXTURE_PAGES } from './pages.ts';
import type { Session } from './session.ts';

export interface RecordedRequest {
  url: string;
  /** Who made it: "worker" for the extension's service worker, else the URL of the page (or frame) that did. */
  by: string;
  via: 'playwright' | 'cdp';
}

/** Records every request of every page and of the extension's service worker, from now on. */
export function recordRequests(context: BrowserContext): { requests: RecordedRequest[]; watch(page: Page): Promise<void> } {
  const requests: RecordedRequest[] = [];
  // Playwright 1.65 reports service-worker requests on the context (request.serviceWorker()).
  context.on('request', (request) => {
    let by = 'worker';
    if (!request.serviceWorker()) {
      try {
        by = request.frame().url();
      } catch {
        by = 'unknown';
      }
    }
    requests.push({ url: request.url(), by, via: 'playwright' });
  });
  return {
    requests,
    /** Also asks the DevTools protocol: Network.requestWillBeSent from the page's own target. */
    async watch(page: Page) {
      const cdp: CDPSession = await page.context().newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (event) => requests.push({ url: event.request.url, by: event.documentURL ?? page.url(), via: 'cdp' }));
      await cdp.send('Network.enable');
    },
  };
}

/**
 * Requests that are neither a fixture page being served (nor the browser's own favicon fetch for it) nor the
 * extension loading its own files. Every one of these would be the extension's doing: the fixtures load nothing.
 */
export function requestsLeavingTheDevice(requests: RecordedRequest[], extensionId: string): RecordedRequest[] {
  const served = new Set(FIXTURE_PAGES.flatMap((p) => [p.url, new URL('/favicon.ico', p.url).href]));
  return requests.filter(
    (r) => !(r.by !== 'worker' && served.has(r.url)) && !r.url.startsWith(`chrome-extension://${extensionId}/`) && !r.url.startsWith('data:'),
  );
}

/** Stops the extension's service worker (as Chrome does after 30 s idle), from one of the extension's own pages. */
export const stopWorker = (session: Session, extensionPage: Page): Promise<void> => stopServiceWorkers(session.context, extensionPage);

/** The current service worker (a stopped worker's handle may be replaced by a new one). */
export const currentWorker = (session: Session): Worker => session.context.serviceWorkers().at(-1) ?? session.worker;

export const HOSTILE_PAGES = FIXTURE_PAGES.filter((p) => p.name.includes('hostile'));
