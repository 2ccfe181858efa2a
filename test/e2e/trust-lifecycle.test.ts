// MV3 lifecycle: a worker stopped in the middle of a batch loses no label (content scripts keep the batch and retry,
// the worker reloads its model and index from storage), and ten tabs labelling at once agree on every verdict.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from './pages.ts';
import { labelsOf, openPage, openSession, settledLabels, type LabelledRow, type Session } from './session.ts';
import { currentWorker, stopWorker } from './trust-helpers.ts';

const page = FIXTURE_PAGES.find((p) => p.name === 'x-chat-group')!;
const verdicts = (rows: LabelledRow[]) => rows.map((r) => `${r.verdict} ${r.score ?? ''} ${r.tactic ?? ''}`);

let session: Session;
let baseline: string[];
let extensionPage: Page;

beforeAll(async () => {
  session = await openSession();
  extensionPage = await session.context.newPage();
  await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
  const tab = await openPage(session, page);
  baseline = verdicts(await settledLabels(tab));
  await tab.close();
});

afterAll(async () => {
  await session?.close();
});

describe('MV3 lifecycle', () => {
  it('a worker stopped again and again while a page is being labelled loses no label', async () => {
    expect(baseline.length).toBeGreaterThan(5);
    // The DevTools protocol reports each running-status change of the worker: stopped, then running again.
    const statuses: string[] = [];
    const watch = await session.context.newCDPSession(extensionPage);
    watch.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions.map((v) => v.runningStatus)));
    await watch.send('ServiceWorker.enable');
    await stopWorker(session, extensionPage);
    const tab = await openPage(session, page);
    // The page's first batch wakes the worker; stop it again and again while it starts, loads and scores.
    let interrupted = 0;
    for (let i = 0; i < 40 && (await labelsOf(tab)).length < baseline.length; i++) {
      if (['starting', 'running'].includes(statuses.at(-1) ?? '')) interrupted++;
      await stopWorker(session, extensionPage);
      await tab.waitForTimeout(40);
    }
    expect(interrupted).toBeGreaterThan(0);
    await expect.poll(async () => (await labelsOf(tab)).length, { timeout: 20_000 }).toBe(baseline.length);
    expect(verdicts(await settledLabels(tab))).toEqual(baseline);
    expect(statuses.slice(statuses.indexOf('stopped'))).toContain('running');
    await watch.detach();
    await tab.close();
  });

  it('a messaging page wakes a stopped worker before it has any message to send', async () => {
    const statuses: string[] = [];
    const watch = await session.context.newCDPSession(extensionPage);
    watch.on('ServiceWorker.workerVersionUpdated', (event) => statuses.push(...event.versions.map((v) => v.runningStatus)));
    await watch.send('ServiceWorker.enable');
    await stopWorker(session, extensionPage);
    await expect.poll(() => statuses.at(-1)).toBe('stopped');
    // A messaging URL whose markup the adapter does not know: no message is found, so no batch is ever sent.
    const tab = await openPage(session, FIXTURE_PAGES.find((p) => p.name === 'x-renamed-testids')!);
    await expect.poll(() => statuses.at(-1)).toBe('running');
    expect(await labelsOf(tab)).toEqual([]);
    await watch.detach();
    await tab.close();
  });

  it('a messaging page wakes a stopped worker as it starts loading, not once its DOM is parsed', async () => {
    await stopWorker(session, extensionPage);
    const stoppedAt = Date.now();
    const tab = await session.context.newPage();
    const url = 'https://x.com/i/chat/1-2';
    // The page's own script holds up parsing for 1.5 s, as a heavy site's bundle does.
    const body = '<!doctype html><html><head><script>for (const until = Date.now() + 1500; Date.now() < until; );</script></head><body></body></html>';
    await tab.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    await tab.goto(url);
    const parsedAt = await tab.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventStart);
    const startedAt = () => currentWorker(session).evaluate(() => performance.timeOrigin).catch(() => 0);
    await expect.poll(startedAt).toBeGreaterThan(stoppedAt);
    expect(await startedAt()).toBeLessThan(parsedAt);
    await tab.close();
  });

  it('ten tabs on the same conversation at once get identical verdicts and scores', async () => {
    const tabs = await Promise.all(Array.from({ length: 10 }, () => openPage(session, page)));
    // Ten tabs load at once on a shared machine: wait for every tab's labels, not only for a quiet spell.
    const settled = (tab: Page) => settledLabels(tab, { quietMs: 500, timeoutMs: 20_000, atLeast: baseline.length });
    const lists = await Promise.all(tabs.map(async (tab) => verdicts(await settled(tab))));
    for (const list of lists) expect(list).toEqual(baseline);
    await Promise.all(tabs.map((tab) => tab.close()));
  });
});
