// The built extension in real Chromium, on every fixture page served under its real URL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedLabels } from './expected.ts';
import { FIXTURE_PAGES, type FixturePage } from './pages.ts';
import { activeTabId, extensionPath, labelsOf, openPage, openSession, root, settledLabels, type Session } from './session.ts';

const withMessages = FIXTURE_PAGES.map((page) => ({ page, expected: expectedLabels(page, root) }));
const labelledPages = withMessages.filter(({ expected }) => expected.incoming + expected.outgoing + expected.rows > 0);
const emptyPages = withMessages.filter(({ expected }) => expected.incoming + expected.outgoing + expected.rows === 0);

let session: Session;
const pageErrors: string[] = [];
const requests: string[] = [];

async function open(page: FixturePage): Promise<Page> {
  return openPage(session, page);
}

beforeAll(async () => {
  session = await openSession();
  session.context.on('request', (request) => requests.push(request.url()));
  session.context.on('page', (tab) => tab.on('pageerror', (error) => pageErrors.push(`${tab.url()}: ${error.message}`)));
});

afterAll(async () => {
  await session?.close();
});

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));

  it('asks for storage only and host access only to LinkedIn and X', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.every((m: string) => /^https:\/\/(www\.linkedin\.com|x\.com)\/\*$/.test(m))).toBe(true);
  });

  it('keeps the default CSP: no remote code, no unsafe-eval', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe.each(labelledPages)('$page.name', ({ page, expected }) => {
  it('labels every message: incoming with a verdict and score, outgoing as own', async () => {
    const tab = await open(page);
    const rows = await settledLabels(tab, { atLeast: expected.incoming + expected.outgoing + expected.rows });
    const own = rows.filter((r) => r.verdict === 'own');
    const scored = rows.filter((r) => r.verdict !== 'own');
    expect(rows).toHaveLength(expected.incoming + expected.outgoing + expected.rows);
    expect(own.length).toBeGreaterThanOrEqual(expected.outgoing);
    expect(scored.length).toBeGreaterThanOrEqual(expected.incoming);
    for (const row of scored) {
      expect(['pitch', 'clean', 'contact']).toContain(row.verdict);
      expect(row.score).toMatch(/^(0\.\d\d|1\.00)$/);
    }
    expect(rows.filter((r) => r.shadow)).toHaveLength(expected.inShadow);
    await tab.close();
  });

  it('does not change the height of any labelled row', async () => {
    const tab = await open(page);
    const labelled = await settledLabels(tab, { atLeast: expected.incoming + expected.outgoing + expected.rows });
    const unlabelled = await tab.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const r of roots) r.querySelectorAll('style[data-echo-screen-style]').forEach((s) => s.remove());
      return roots.flatMap((r) => [...r.querySelectorAll('[data-echo-screen]')].map((el) => el.getBoundingClientRect().height));
    });
    expect(labelled.map((r) => r.height)).toEqual(unlabelled);
    await tab.close();
  });
});

describe.each(emptyPages)('$page.name (markup the adapters do not know)', ({ page }) => {
  it('labels nothing, throws nothing, and the popup says the markup may have changed', async () => {
    const tab = await open(page);
    await tab.waitForTimeout(800);
    expect(await labelsOf(tab)).toEqual([]);
    const tabId = await activeTabId(session.worker);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/markup may have changed/);
    expect(await popup.getByTestId('health').textContent()).toMatch(/0 messages found/);
    await popup.close();
    await tab.close();
  });
});

describe('real contacts', () => {
  // A message request: the sender pitches and the user has not replied.
  const page = FIXTURE_PAGES.find((p) => p.name === 'x-chat-request-thread')!;

  it('marking a pitching sender in the popup turns their messages to contact at once, and it survives a restart', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'echo-screen-restart-'));
    let own = await openSession({ userDataDir: profile });
    try {
      const tab = await openPage(own, page);
      const before = await settledLabels(tab);
      expect(before.some((r) => r.verdict === 'pitch')).toBe(true);
      const tabId = await activeTabId(own.worker);

      const popup = await own.context.newPage();
      await popup.goto(`chrome-extension://${own.extensionId}/popup.html?tab=${tabId}`);
      const pitcher = popup.locator('li', { has: popup.locator('.verdict-pitch') }).first();
      const name = (await pitcher.locator('.name').textContent()) ?? '';
      await pitcher.getByRole('button', { name: `Mark ${name} as a real contact` }).click();
      await expect.poll(() => pitcher.getByRole('button').getAttribute('aria-pressed')).toBe('true');
      await popup.close();

      await expect.poll(async () => (await labelsOf(tab)).filter((r) => r.verdict === 'contact').length).toBeGreaterThan(0);
      const contactRows = (await labelsOf(tab)).filter((r) => r.verdict === 'contact').length;
      await own.close();

      own = await openSession({ userDataDir: profile });
      const again = await openPage(own, page);
      const after = await settledLabels(again);
      expect(after.filter((r) => r.verdict === 'contact')).toHaveLength(contactRows);

      const options = await own.context.newPage();
      await options.goto(`chrome-extension://${own.extensionId}/options.html`);
      await expect.poll(() => options.locator('tbody tr').count()).toBe(1);
      expect(await options.locator('tbody').textContent()).toContain(name);
    } finally {
      await own.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('the whole run', () => {
  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });

  it('made no request beyond the fixture pages themselves', () => {
    const fixtureUrls = new Set(FIXTURE_PAGES.map((p) => p.url));
    const extra = requests.filter((url) => !fixtureUrls.has(url) && !url.startsWith(`chrome-extension://${session.extensionId}/`));
    expect(extra).toEqual([]);
  });
});
