// The user's controls in real Chromium: the in-page menu, mute modes, the popup and the options page.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from './pages.ts';
import { activeTabId, labelsOf, openPage, openSession, root, settledLabels, type Session } from './session.ts';

const shots = join(root, 'test-output');
mkdirSync(shots, { recursive: true });
const fixture = (name: string) => FIXTURE_PAGES.find((p) => p.name === name)!;
const requests = fixture('x-chat-request-thread'); // conversation list + an open request thread, all strangers
const thread = fixture('x-chat-thread'); // the user's own messages and a mutual conversation

let session: Session;
const pageErrors: string[] = [];

beforeAll(async () => {
  session = await openSession();
  session.context.on('page', (tab) => tab.on('pageerror', (error) => pageErrors.push(`${tab.url()}: ${error.message}`)));
});
afterAll(async () => {
  await session?.close();
});

async function openPopup(tab: Page): Promise<Page> {
  await tab.bringToFront();
  const tabId = await activeTabId(session.worker);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('today').waitFor();
  return popup;
}

async function openOptions(): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Real contacts' }).waitFor();
  return options;
}

/** Every labelled row with its mute attribute and height, in the document and open shadow roots. */
const muteState = (tab: Page) =>
  tab.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots.flatMap((r) =>
      [...r.querySelectorAll('[data-echo-screen]')].map((el) => ({
        verdict: el.getAttribute('data-echo-screen'),
        mute: el.getAttribute('data-echo-screen-mute'),
        visible: getComputedStyle(el).display !== 'none',
        height: el.getBoundingClientRect().height,
      })),
    );
  });

async function setMute(tab: Page, mode: string) {
  const popup = await openPopup(tab);
  await popup.getByLabel('What to do with pitches on X').selectOption(mode);
  // The popup stores the change asynchronously (read, then write): closing it at once could cut the write short.
  await expect
    .poll(() => popup.evaluate(async () => ((await chrome.storage.local.get('settings')) as { settings?: { sites?: { x?: { mute?: string } } } }).settings?.sites?.x?.mute))
    .toBe(mode);
  await popup.close();
}

async function clearAll() {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Clear all data…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect.poll(() => options.getByText('All Echo Screen data was deleted.').count()).toBe(1);
  await options.close();
}

describe('the in-page label menu', () => {
  it('explains a verdict with highlighted phrases, and "Not a pitch" clears it and lowers similar messages', async () => {
    const tab = await openPage(session, requests);
    const before = await settledLabels(tab);
    // The last badge is the open thread's last message: a pitch with tactics.
    const threadBadge = tab.locator('echo-screen-badge button').last();
    await threadBadge.click();
    const menu = tab.getByRole('dialog', { name: /Echo Screen/ });
    await expect.poll(() => menu.count()).toBe(1);
    // Keyboard: the first item has focus; Why? is reachable with the arrow keys.
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Enter');
    const highlighted = () => tab.evaluate(() => (CSS.highlights.get('echo-screen-evidence') as Set<unknown> | undefined)?.size ?? 0);
    await expect.poll(highlighted).toBeGreaterThan(0);
    // The ::highlight rule is scoped to the explained row: its phrases are painted in the mark colour.
    const painted = () =>
      tab.evaluate(() => {
        const [range] = [...((CSS.highlights.get('echo-screen-evidence') as Set<Range> | undefined) ?? [])];
        const el = range?.startContainer.parentElement;
        return { scoped: Boolean(el?.closest('[data-echo-screen-why]')), background: el ? getComputedStyle(el, '::highlight(echo-screen-evidence)').backgroundColor : '' };
      });
    expect(await painted()).toEqual({ scoped: true, background: expect.stringMatching(/^rgb\((255, 213, 74|138, 109, 0)\)$/) });
    expect(await menu.textContent()).toMatch(/Phrases that count towards a pitch/);
    await tab.screenshot({ path: join(shots, 'menu-why.png') });
    // Escape closes the menu, clears the highlight and gives focus back to the label.
    await tab.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await highlighted()).toBe(0);
    expect(await tab.locator('[data-echo-screen-why]').count()).toBe(0);
    expect(await threadBadge.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);

    await tab.locator('echo-screen-badge button').filter({ hasText: /^pitch 0\.5\d$/ }).first().click();
    await menu.getByRole('menuitem', { name: 'Not a pitch' }).click();
    await expect.poll(async () => (await labelsOf(tab)).filter((r) => r.score === '0.01' && r.verdict === 'clean').length).toBeGreaterThan(0);
    const after = await labelsOf(tab);
    const changed = before
      .map((b, i) => ({ b, a: after[i]! }))
      .filter(({ b, a }) => b.verdict !== 'own' && b.text === a.text && Number(a.score) < Number(b.score));
    // The corrected message, and at least one other message like it, now score lower; none higher.
    expect(changed.length).toBeGreaterThanOrEqual(2);
    expect(before.every((b, i) => b.text !== after[i]!.text || Number(after[i]!.score) <= Number(b.score))).toBe(true);
    await tab.close();
  });

  it('marks the sender as a real contact from the menu, with the keyboard only', async () => {
    const tab = await openPage(session, requests);
    await settledLabels(tab);
    const badge = tab.locator('echo-screen-badge button').last();
    await badge.focus();
    await tab.keyboard.press('Enter');
    const item = tab.getByRole('menuitem', { name: /^Mark .+ as a real contact$/ });
    await item.waitFor();
    await item.focus();
    await tab.keyboard.press('Enter');
    await expect.poll(async () => (await labelsOf(tab)).filter((r) => r.verdict === 'contact').length).toBeGreaterThan(0);
    expect(await tab.getByRole('status').textContent()).toMatch(/is now a real contact/);
    await tab.close();
    await clearAll();
  });
});

describe('the popup', () => {
  it('shows today’s counts, switches the site off and on, and marks a real contact', async () => {
    const tab = await openPage(session, requests);
    await settledLabels(tab);
    const popup = await openPopup(tab);
    await expect.poll(() => popup.getByTestId('today').textContent()).toMatch(/Today: [1-9]\d* pitches screened/);
    await popup.screenshot({ path: join(shots, 'popup.png'), fullPage: true });

    await popup.getByLabel('Screen messages on X').uncheck();
    await expect.poll(async () => (await labelsOf(tab)).length).toBe(0);
    expect(await popup.getByRole('status').textContent()).toMatch(/switched off on X/);
    // Switched off, a change inside a conversation row (a new snippet) labels nothing either.
    await tab.evaluate(() => {
      document.querySelector('[data-testid^="dm-message-request-item-"] span[dir="auto"]')!.textContent = 'Make six figures from home';
    });
    await tab.waitForTimeout(500);
    expect(await labelsOf(tab)).toEqual([]);
    await popup.getByLabel('Screen messages on X').check();
    await expect.poll(async () => (await labelsOf(tab)).length).toBeGreaterThan(0);

    const pitcher = popup.locator('li', { has: popup.locator('.verdict-pitch') }).first();
    const name = (await pitcher.locator('.name').textContent()) ?? '';
    await pitcher.getByRole('button', { name: `Mark ${name} as a real contact` }).click();
    await expect.poll(async () => (await labelsOf(tab)).filter((r) => r.verdict === 'contact').length).toBeGreaterThan(0);
    await popup.close();
    await tab.close();
    await clearAll();
  });
});

describe('mute modes', () => {
  it('blur: pitches are blurred, a click reveals one, "Show" reveals all and "Mute again" undoes it', async () => {
    const tab = await openPage(session, requests);
    await settledLabels(tab);
    await setMute(tab, 'blur');
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute === 'blur').length).toBeGreaterThan(0);
    const state = await muteState(tab);
    expect(state.filter((r) => r.mute).every((r) => r.verdict === 'pitch')).toBe(true);
    const counter = tab.getByRole('region', { name: 'Echo Screen muted pitches' });
    await expect.poll(() => counter.textContent()).toMatch(/pitch(es)? muted/);
    await tab.screenshot({ path: join(shots, 'muted-inbox.png') });

    const blurred = state.filter((r) => r.mute === 'blur').length;
    await tab.locator('[data-echo-screen-mute="blur"]').first().click({ position: { x: 20, y: 10 } });
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute === 'blur').length).toBe(blurred - 1);

    await counter.getByRole('button', { name: 'Show the muted pitches on this page' }).click();
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute).length).toBe(0);
    await counter.getByRole('button', { name: 'Mute these pitches again' }).click();
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute).length).toBeGreaterThan(0);
    await tab.close();
  });

  it('collapse: pitches shrink to one line; hide: muted conversations leave the list, with a counter and undo', async () => {
    const tab = await openPage(session, requests);
    await settledLabels(tab);
    await setMute(tab, 'collapse');
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute === 'collapse').length).toBeGreaterThan(0);
    expect((await muteState(tab)).filter((r) => r.mute === 'collapse').every((r) => r.height <= 24)).toBe(true);

    await setMute(tab, 'hide');
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute === 'hide' && !r.visible).length).toBeGreaterThan(0);
    const hidden = (await muteState(tab)).filter((r) => r.mute === 'hide').length;
    const counter = tab.getByRole('region', { name: 'Echo Screen muted pitches' });
    expect(await counter.textContent()).toMatch(/\d+ pitch(es)? muted/);
    await counter.getByRole('button', { name: 'Show the muted pitches on this page' }).click();
    await expect.poll(async () => (await muteState(tab)).every((r) => r.visible)).toBe(true);
    expect(hidden).toBeGreaterThan(0);

    await setMute(tab, 'label');
    await expect.poll(async () => (await muteState(tab)).filter((r) => r.mute).length).toBe(0);
    await tab.close();
  });

  it('never mutes real contacts or the user’s own messages', async () => {
    const tab = await openPage(session, thread);
    await settledLabels(tab);
    for (const mode of ['blur', 'hide']) {
      await setMute(tab, mode);
      await expect.poll(async () => (await muteState(tab)).some((r) => r.mute)).toBe(true);
      const rows = await muteState(tab);
      expect(rows.filter((r) => r.verdict === 'own' || r.verdict === 'contact').every((r) => !r.mute && r.visible)).toBe(true);
    }
    await setMute(tab, 'label');
    await tab.close();
  });
});

describe('the options page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echo-screen-files-'));
  const file = (name: string, body: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const growth = { platform: 'x', id: 'growthpilot_io', handle: '@growthpilot_io', name: 'Growth Pilot', profileUrl: 'https://x.com/growthpilot_io', note: 'met at SaaStr', addedAt: '2026-10-01T00:00:00.000Z' };
  const valid = { format: 'echo-screen/contacts', version: 1, contacts: [growth] };

  it('imports a contacts file: the sender turns to contact on the open page, and undo puts it back', async () => {
    const tab = await openPage(session, requests);
    await settledLabels(tab);
    const options = await openOptions();
    await options.getByLabel('Import contacts from a file').setInputFiles(file('contacts.json', JSON.stringify(valid)));
    await expect.poll(() => options.getByTestId('import-result').textContent()).toMatch(/Imported: 1 new, 0 updated/);
    expect(await options.locator('tbody').textContent()).toContain('met at SaaStr');
    await expect.poll(async () => (await labelsOf(tab)).filter((r) => r.verdict === 'contact').length).toBeGreaterThan(0);
    await options.screenshot({ path: join(shots, 'options.png'), fullPage: true });

    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('tbody tr').count()).toBe(0);
    await expect.poll(async () => (await labelsOf(tab)).filter((r) => r.verdict === 'contact').length).toBe(0);
    await options.close();
    await tab.close();
  });

  it('refuses a bad file with a clear error and leaves the list unchanged', async () => {
    const options = await openOptions();
    await options.getByLabel('Import contacts from a file').setInputFiles(file('ok.json', JSON.stringify(valid)));
    await expect.poll(() => options.locator('tbody tr').count()).toBe(1);
    const bad: Array<[string, string | Buffer, RegExp]> = [
      ['format.json', JSON.stringify({ ...valid, format: 'other/contacts' }), /format/],
      ['version.json', JSON.stringify({ ...valid, version: 2 }), /version 2 is not supported/],
      ['broken.json', '{"format": "echo-screen/contacts", "version": 1, "contacts": [', /not valid JSON/],
      ['types.json', JSON.stringify({ ...valid, contacts: [{ ...growth, id: 'new' }, { ...growth, id: 42 }] }), /contacts\[1\]\.id must be a string/],
      ['huge.json', Buffer.alloc(50 * 1024 * 1024, 0x20), /larger than 10 MB/],
    ];
    for (const [name, body, reason] of bad) {
      await options.getByLabel('Import contacts from a file').setInputFiles(file(name, body));
      await expect.poll(() => options.getByRole('alert').textContent()).toMatch(reason);
      expect(await options.getByRole('alert').textContent()).toMatch(/^Nothing was imported/);
      expect(await options.locator('tbody tr').count()).toBe(1);
    }
    await options.close();
  });

  it('backs up everything, erases it, and restores the same contacts and settings', async () => {
    const options = await openOptions();
    await options.getByLabel('Always flag messages containing (one phrase per line)').fill('loved your recent post');
    await options.getByRole('button', { name: 'Save phrases' }).click();
    await options.getByText('Phrases saved.').waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download backup' }).click()]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(backup).toMatchObject({ format: 'echo-screen/backup', version: 1, contacts: [growth] });
    expect(backup.settings.customPhrases.always).toEqual(['loved your recent post']);

    await options.getByRole('button', { name: 'Clear all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.locator('tbody tr').count()).toBe(0);
    await expect.poll(() => options.getByLabel('Always flag messages containing (one phrase per line)').inputValue()).toBe('');

    await options.getByLabel('Restore from a backup file').setInputFiles(file('backup.json', JSON.stringify(backup)));
    await expect.poll(() => options.getByTestId('backup-result').textContent()).toMatch(/Restored 1 contacts/);
    await expect.poll(() => options.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => options.getByLabel('Always flag messages containing (one phrase per line)').inputValue()).toBe('loved your recent post');
    const [again] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download backup' }).click()]);
    const restored = JSON.parse(readFileSync((await again.path())!, 'utf8'));
    expect({ ...restored, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });
    await options.close();
  });

  it('previews the threshold on sample messages as the slider moves', async () => {
    const options = await openOptions();
    const preview = options.getByTestId('preview');
    await expect.poll(() => preview.locator('.verdict-pitch').count()).toBeGreaterThan(0);
    const slider = options.getByRole('slider', { name: 'Pitch threshold' });
    await slider.fill('0.95');
    const strict = await preview.locator('.verdict-pitch').count();
    await slider.fill('0.05');
    await expect.poll(() => preview.locator('.verdict-pitch').count()).toBeGreaterThan(strict);
    await options.getByRole('button', { name: /Use the default/ }).click();
    await options.close();
  });

  it('shows and keeps a change the popup made while the options page was open', async () => {
    const tab = await openPage(session, requests);
    const options = await openOptions();
    const slider = options.getByRole('slider', { name: 'Pitch threshold' });
    await slider.waitFor();
    const xMute = options.getByLabel('What to do with pitches on X');
    await expect.poll(() => xMute.inputValue()).toBe('label');
    // The options page has read the settings; the popup now changes X's mute mode, and the page shows it.
    await setMute(tab, 'blur');
    await expect.poll(() => xMute.inputValue()).toBe('blur');
    await slider.fill('0.8');
    type Stored = { settings?: { threshold: number | null; sites: { x: { mute: string } } } };
    const stored = () => options.evaluate(async () => ((await chrome.storage.local.get('settings')) as Stored).settings);
    await expect.poll(async () => (await stored())?.threshold).toBe(0.8);
    expect((await stored())?.sites.x.mute).toBe('blur');
    await options.getByRole('button', { name: /Use the default/ }).click();
    await expect.poll(async () => (await stored())?.threshold).toBeNull();
    await setMute(tab, 'label');
    await options.close();
    await tab.close();
  });
});

describe('the whole run', () => {
  it('raised no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
