// Wires the services to the extension runtime: one listener, and a rescreen notice to every tab after a change.
import { browser } from 'wxt/browser';
import { openEchoScreenDb } from '../storage/db.ts';
import { createSettingsCache } from '../storage/settings.ts';
import { createDataService } from './data-service.ts';
import { changesVerdicts, handleMessage, type BackgroundServices } from './handle-message.ts';
import { createInboxService } from './inbox-service.ts';
import { warmUpPays } from './warm-up.ts';

// Opt-in User Timing spans for profiling: set `self.echoScreenTrace = true` in the worker's console.
function trace(name: string, start: number): void {
  if ((globalThis as { echoScreenTrace?: boolean }).echoScreenTrace) performance.measure(`echo-screen:worker:${name}`, { start, end: performance.now() });
}

export function startBackground(modelSnapshot: unknown): void {
  const extensionOrigin = browser.runtime.getURL('/');
  const settings = createSettingsCache();
  // The worker may be stopped after 30 s idle: everything it needs is reloaded from storage on the next message.
  const open = (): Promise<BackgroundServices> =>
    openEchoScreenDb().then(async (db) => {
      const warmUp = warmUpPays(globalThis.navigator?.hardwareConcurrency);
      const inbox = await createInboxService({ db, modelSnapshot, settings: settings.read, warmUp, trace });
      return { ...inbox, ...createDataService({ db, reload: inbox.reload, readSettings: settings.read, writeSettings: settings.write }) };
    });
  // A failed start (a full disk, a blocked open) is reported to that message's sender and retried on the next one.
  let services: Promise<BackgroundServices> | undefined;
  const ready = () =>
    (services ??= open().catch((error: unknown) => {
      services = undefined;
      throw error;
    }));
  // The engine builds its tables on first use (~100 ms): do that while idle rather than in the first batch.
  ready().then((s) => setTimeout(() => s.preview(['warm-up'], null, { always: [], never: [] })), () => undefined);

  browser.runtime.onMessage.addListener((message, sender) => {
    const start = performance.now();
    const reply = ready().then((s) => handleMessage(s, message, { url: sender.url, extensionOrigin }));
    void reply.finally(() => trace('message', start)).catch(() => undefined);
    if (changesVerdicts(message)) void reply.then(notifyTabs, () => undefined);
    return reply.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  });

  async function notifyTabs() {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'bg→cs:rescreen' }).catch(() => undefined),
      ),
    );
  }
}
