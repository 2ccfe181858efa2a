// Nothing leaves the device: every request of every fixture page (content scripts included), the service worker,
// the popup and the options page is recorded, through Playwright and the DevTools protocol, and none may leave.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from './pages.ts';
import { expectedLabels } from './expected.ts';
import { activeTabId, extensionPath, openPage, openSession, root, settledLabels, type Session } from './session.ts';
import { currentWorker, recordRequests, requestsLeavingTheDevice, stopWorker, type RecordedRequest } from './trust-helpers.ts';

let session: Session;
let recorder: ReturnType<typeof recordRequests>;

beforeAll(async () => {
  session = await openSession();
  recorder = recordRequests(session.context);
});

afterAll(async () => {
  await session?.close();
});

describe('nothing leaves the device', () => {
  it('no request from any fixture page, content script, service worker, popup or options page leaves', async () => {
    let tabId = -1;
    for (const page of FIXTURE_PAGES) {
      // The DevTools watch starts before the navigation, so it sees the page and its content script from the start.
      const opened = await session.context.newPage();
      await recorder.watch(opened);
      const body = readFileSync(join(root, page.file));
      await opened.route(page.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      await opened.goto(page.url);
      const { incoming, outgoing, rows } = expectedLabels(page, root);
      if (incoming + outgoing + rows > 0) await settledLabels(opened, { quietMs: 300, timeoutMs: 8_000 });
      else await opened.waitForTimeout(500);
      tabId = await activeTabId(currentWorker(session));
      if (page !== FIXTURE_PAGES.at(-1)) await opened.close();
    }

    const popup = await session.context.newPage();
    await recorder.watch(popup);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForTimeout(1_200);
    const options = await session.context.newPage();
    await recorder.watch(options);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForTimeout(1_200);

    // A cold start of the worker (model and index from storage) must not fetch anything either.
    await stopWorker(session, options);
    await popup.reload();
    await popup.waitForTimeout(1_000);

    const leaving: RecordedRequest[] = requestsLeavingTheDevice(recorder.requests, session.extensionId);
    expect(leaving).toEqual([]);
    // The recorder really sees the pages and the extension's own loads, so an empty list means something.
    expect(FIXTURE_PAGES.every((p) => recorder.requests.some((r) => r.via === 'cdp' && r.url === p.url))).toBe(true);
    expect(recorder.requests.some((r) => r.url.startsWith(`chrome-extension://${session.extensionId}/`))).toBe(true);
  });
});

describe('a hostile page cannot reach the background', () => {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));

  it('the manifest exposes nothing to web pages: no externally_connectable, no web_accessible_resources', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('the page’s own scripts see no chrome.runtime, on LinkedIn and on X', async () => {
    for (const site of ['linkedin', 'x'] as const) {
      const page = await openPage(session, FIXTURE_PAGES.find((p) => p.site === site && !p.name.includes('renamed'))!);
      await settledLabels(page, { quietMs: 300, timeoutMs: 6_000 });
      const reach = await page.evaluate(async (id) => {
        const chromeApi = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
        return { runtime: typeof chromeApi?.runtime, sendMessage: typeof chromeApi?.runtime?.sendMessage, id };
      }, session.extensionId);
      expect(reach).toMatchObject({ runtime: 'undefined', sendMessage: 'undefined' });
      await page.close();
    }
  });
});
