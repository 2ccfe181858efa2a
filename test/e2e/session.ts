// Shared set-up for the browser tests: Chromium with the built extension, fixture pages under their real URLs.
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
// @ts-expect-error plain ESM helpers shared with `npm start`
import { blockSites, launchWithExtension, openFixture } from '../../scripts/lib/browser.mjs';
// @ts-expect-error plain ESM helpers shared with `npm start`
import { collectLabels, waitForLabels } from '../../scripts/lib/collect-labels.mjs';
import type { FixturePage } from './pages.ts';

export const root = join(import.meta.dirname, '../..');
export const extensionPath = join(root, '.output/chrome-mv3');

export interface LabelledRow {
  shadow: boolean;
  verdict: string;
  score: string | null;
  echo: string | null;
  tactic: string | null;
  text: string;
  height: number;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function openSession(options: { userDataDir?: string } = {}): Promise<Session> {
  const session: Session = await launchWithExtension({ extensionPath, headless: true, ...options });
  await blockSites(session.context);
  return session;
}

/** A new tab showing a fixture under its real URL. */
export const openPage = (session: Session, page: FixturePage): Promise<Page> =>
  openFixture(session.context, page.url, join(root, page.file));

export const labelsOf = (page: Page): Promise<LabelledRow[]> => page.evaluate(collectLabels);
export const settledLabels = (page: Page, opts?: { quietMs?: number; timeoutMs?: number; atLeast?: number }): Promise<LabelledRow[]> =>
  waitForLabels(page, opts);

/** The tab id of the page that is active now (the popup is then opened pinned to it). */
export async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}
