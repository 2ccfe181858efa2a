// SPA navigation: the content script is injected once per page load, and X swaps its whole app on client-side routes.
// From a page with no messages, the user moves to a conversation and then to message requests without a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedLabels } from './expected.ts';
import { FIXTURE_PAGES } from './pages.ts';
import { labelsOf, openSession, root, settledLabels, type Session } from './session.ts';

const thread = FIXTURE_PAGES.find((p) => p.name === 'x-chat-thread')!;
const requests = FIXTURE_PAGES.find((p) => p.name === 'x-chat-requests-shadow')!;
const total = (page: typeof thread) => {
  const e = expectedLabels(page, root);
  return e.incoming + e.outgoing + e.rows;
};

let session: Session;
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

/** What X does on a client-side route: a new URL in history, and the app's body swapped for the new view. */
function navigate([url, html]: readonly [string, string]): void {
  history.pushState({}, '', url);
  // parseHTMLUnsafe attaches declarative shadow roots, as the site's own rendering would create them.
  const next = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(html);
  // Adopted, not imported: a copy would leave the shadow roots behind.
  document.body.replaceWith(document.adoptNode(next.body));
}

describe('SPA navigation', () => {
  it('labels a conversation, then message requests in a shadow root, reached by client-side routes', async () => {
    const tab = await session.context.newPage();
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.route('https://x.com/home', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><head></head><body><main role="main">Home</main></body></html>' }),
    );
    await tab.goto('https://x.com/home');
    await tab.waitForTimeout(500);
    expect(await labelsOf(tab)).toEqual([]);

    await tab.evaluate(navigate, [thread.url, readFileSync(join(root, thread.file), 'utf8')] as const);
    expect(await tab.evaluate(() => location.pathname)).toBe(new URL(thread.url).pathname);
    const inThread = await settledLabels(tab);
    expect(inThread).toHaveLength(total(thread));
    expect(inThread.filter((r) => r.shadow)).toHaveLength(0);

    await tab.evaluate(navigate, [requests.url, readFileSync(join(root, requests.file), 'utf8')] as const);
    const inRequests = await settledLabels(tab);
    expect(inRequests).toHaveLength(total(requests));
    expect(inRequests.every((r) => r.shadow)).toBe(true);
    expect(pageErrors).toEqual([]);
    await tab.close();
  });
});
