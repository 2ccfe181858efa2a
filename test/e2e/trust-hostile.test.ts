// Hostile messages are inert: texts and names full of markup, script, javascript: links, bidi overrides, 100 KB and
// 10,000 emoji run nothing, break no layout, and come back as plain labels, in the page, the popup and the worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedLabels } from './expected.ts';
import type { FixturePage } from './pages.ts';
import { activeTabId, openSession, root, settledLabels, type Session } from './session.ts';
import { currentWorker, HOSTILE_PAGES } from './trust-helpers.ts';

let session: Session;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await openSession();
  session.context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  });
});

afterAll(async () => {
  await session?.close();
});

async function openHostile(page: FixturePage): Promise<Page> {
  const tab = await session.context.newPage();
  const body = readFileSync(join(root, page.file));
  await tab.route(page.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await tab.goto(page.url);
  return tab;
}

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null);
// Elements that could run code or load something: the fixture has exactly as many as its raw HTML declares.
const ACTIVE = ['img', 'script', 'svg', 'iframe', 'object', 'embed', 'style', 'link'];
const countActive = (page: Page) =>
  page.evaluate((tags) => Object.fromEntries(tags.map((t) => [t, document.querySelectorAll(t).length])), ACTIVE);
const declared = (file: string) => {
  const html = readFileSync(join(root, file), 'utf8');
  return Object.fromEntries(ACTIVE.map((t) => [t, (html.match(new RegExp(`<${t}[\\s>]`, 'gi')) ?? []).length]));
};

it('has hostile fixtures for both sites', () => {
  expect(HOSTILE_PAGES.map((p) => p.site).sort()).toEqual(['linkedin', 'x']);
});

describe.each(HOSTILE_PAGES)('$name', (page) => {
  it('runs nothing, labels every message with plain verdicts, and changes no row height', async () => {
    const tab = await openHostile(page);
    const expected = expectedLabels(page, root);
    const rows = await settledLabels(tab, { quietMs: 500, timeoutMs: 15_000 });
    expect(rows).toHaveLength(expected.incoming + expected.outgoing + expected.rows);
    for (const row of rows) {
      expect(['pitch', 'clean', 'contact', 'own']).toContain(row.verdict);
      if (row.verdict !== 'own') expect(row.score).toMatch(/^(0\.\d\d|1\.00)$/);
      if (row.tactic !== null) expect(row.tactic).toMatch(/^[a-z-]+$/);
      if (row.echo !== null) expect(row.echo).toMatch(/^\d+$/);
    }
    // The payloads are still text: the page shows them literally.
    expect(rows.some((r) => r.text.includes('<img src=x onerror='))).toBe(true);
    expect(rows.some((r) => r.text.includes('<script>'))).toBe(true);

    const unlabelled = await tab.evaluate(() => {
      document.querySelectorAll('style[data-echo-screen-style]').forEach((s) => s.remove());
      return [...document.querySelectorAll('[data-echo-screen]')].map((el) => el.getBoundingClientRect().height);
    });
    expect(rows.map((r) => r.height)).toEqual(unlabelled);

    // Nothing the extension added can run or load: no new img/script/svg/iframe, no inline handler anywhere.
    const active = await countActive(tab);
    expect(active).toEqual({ ...declared(page.file), style: active.style, link: declared(page.file).link });
    expect(await tab.evaluate(() => document.querySelectorAll('[onerror],[onload],[onmouseover],a[href^="javascript:"]').length)).toBe(0);
    await tab.mouse.move(400, 300);
    await tab.waitForTimeout(200);
    expect(await pwned(tab)).toBeNull();
    await tab.close();
  });

  it('the popup lists the hostile sender’s name as text and runs nothing', async () => {
    const tab = await openHostile(page);
    await settledLabels(tab, { quietMs: 500, timeoutMs: 15_000 });
    const tabId = await activeTabId(currentWorker(session));
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.name').allTextContents(), { timeout: 10_000 }).toContainEqual(
      expect.stringContaining('<b onmouseover="window.__pwned=1">Eve</b>'),
    );
    expect(await popup.locator('main img, main script, main svg b').count()).toBe(0);
    expect(await pwned(popup)).toBeNull();
    await popup.close();
    await tab.close();
  });
});

describe('hostile texts sent straight to the background', () => {
  const hostile = (id: string, text: string) => ({
    id,
    conversationId: 'c-hostile',
    direction: 'in',
    text,
    sender: { platform: 'linkedin', id: 'ACoAAhostile', name: '<b onmouseover=alert(1)>Eve</b>\u202e' },
  });

  it('scores clipped hostile texts, refuses an oversized one without harm, and keeps answering', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const send = (message: unknown) => options.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const texts = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      'javascript:window.__pwned=1',
      '\u202efdp.exe\u202c let’s link up',
      '🚀'.repeat(9_999),
      'We have so much in common, let’s link up! '.repeat(470).slice(0, 20_000),
    ];
    const ok = (await send({ type: 'cs→bg:screen', messages: texts.map((t, i) => hostile(`h${i}`, t)) })) as { results: Array<{ id: string; verdict: string; score: number }> };
    expect(ok.results.map((r) => r.id)).toEqual(texts.map((_, i) => `h${i}`));
    for (const r of ok.results) expect(r.score).toBeGreaterThanOrEqual(0);

    expect(await send({ type: 'cs→bg:screen', messages: [hostile('big', 'x'.repeat(100_000))] })).toEqual({ error: expect.stringMatching(/longer than/) });
    expect(await send({ type: 'cs→bg:screen', messages: 'not a list' })).toEqual({ error: expect.any(String) });
    expect(await send({ type: 'cs→bg:drop-everything' })).toEqual({ error: expect.stringMatching(/unknown message type/) });
    expect(await send({ type: 'cs→bg:screen', messages: [hostile('after', 'Are we still on for lunch?')] })).toMatchObject({ results: [{ id: 'after' }] });
    expect(await pwned(options)).toBeNull();
    await options.close();
  });
});

describe('the whole run', () => {
  it('opened no dialog and raised no page error', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
