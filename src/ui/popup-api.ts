// What the popup and options pages can ask: the current tab's content script, the background, and the settings.
import { browser } from 'wxt/browser';
import type { Contact, PageState, Responses, UiToBg } from '../messages.ts';
import type { BackupFile } from '../backup-format.ts';
import { readSettings, updateSettings, watchSettings, type CustomPhrases, type Settings } from '../storage/settings.ts';

async function ask<K extends UiToBg['type']>(message: Extract<UiToBg, { type: K }>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage(message)) as Responses[K] | { error: string };
  if (reply && typeof reply === 'object' && 'error' in reply) throw new Error(reply.error);
  return reply as Responses[K];
}

/** `?tab=<id>` pins the popup to a tab (used when it is opened as a page, e.g. by the browser tests). */
export function createUiApi(search: string) {
  const pinned = Number(new URLSearchParams(search).get('tab'));
  const tabId = async () =>
    Number.isInteger(pinned) && pinned > 0
      ? pinned
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  return {
    async pageState(): Promise<PageState | null> {
      const id = await tabId();
      if (id === undefined) return null;
      try {
        return ((await browser.tabs.sendMessage(id, { type: 'ui→cs:page-state' })) as PageState) ?? null;
      } catch {
        return null; // No content script there: not a LinkedIn or X page.
      }
    },
    listContacts: async () => (await ask({ type: 'ui→bg:list-contacts' })).contacts,
    addContact: async (contact: Contact) => (await ask({ type: 'ui→bg:add-contact', contact })).contacts,
    removeContact: async (platform: Contact['platform'], id: string) => (await ask({ type: 'ui→bg:remove-contact', platform, id })).contacts,
    contactActivity: async () => (await ask({ type: 'ui→bg:contact-activity' })).seen,
    importContacts: (contacts: Contact[]) => ask({ type: 'ui→bg:import-contacts', contacts }),
    replaceContacts: async (contacts: Contact[]) => (await ask({ type: 'ui→bg:replace-contacts', contacts })).contacts,
    exportAll: async () => (await ask({ type: 'ui→bg:export-all' })).backup,
    importAll: async (backup: BackupFile) => void (await ask({ type: 'ui→bg:import-all', backup })),
    clearAll: async () => void (await ask({ type: 'ui→bg:clear-all' })),
    insight: (days: number) => ask({ type: 'ui→bg:insight', days }),
    preview: (samples: string[], threshold: number | null, customPhrases: CustomPhrases) => ask({ type: 'ui→bg:preview', samples, threshold, customPhrases }),
    settings: (): Promise<Settings> => readSettings(),
    updateSettings: (change: (current: Settings) => Settings) => updateSettings(change),
    watchSettings: (listener: (value: Settings) => void) => watchSettings(listener),
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}

export type UiApi = ReturnType<typeof createUiApi>;

export const createPopupApi = createUiApi;
