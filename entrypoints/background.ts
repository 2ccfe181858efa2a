import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createInboxService } from '../src/background/inbox-service.ts';
import { changesContacts, handleMessage } from '../src/background/handle-message.ts';
import { openEchoScreenDb } from '../src/storage/db.ts';
import { settingsItem } from '../src/storage/settings.ts';
import modelSnapshot from '../src/engine/model.json';

export default defineBackground({
  type: 'module',
  main() {
    const extensionOrigin = browser.runtime.getURL('/');
    // The worker may be stopped after 30 s idle: everything it needs is reloaded from storage on the next message.
    const service = openEchoScreenDb().then((db) =>
      createInboxService({ db, modelSnapshot, threshold: async () => (await settingsItem.getValue()).threshold }),
    );

    browser.runtime.onMessage.addListener((message, sender) => {
      const reply = service.then((s) => handleMessage(s, message, { url: sender.url, extensionOrigin }));
      if (changesContacts(message)) void reply.then(notifyTabs);
      return reply.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
    });

    async function notifyTabs() {
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : browser.tabs.sendMessage(tab.id, { type: 'bg→cs:contacts-changed' }).catch(() => undefined),
        ),
      );
    }
  },
});
