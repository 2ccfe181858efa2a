import { browser } from 'wxt/browser';
import type { Contact, PageState, Responses } from '../messages.ts';
import type { PopupApi } from './popup.tsx';

async function ask<K extends keyof Responses>(message: { type: K } & Record<string, unknown>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage(message)) as Responses[K] | { error: string };
  if (reply && typeof reply === 'object' && 'error' in reply) throw new Error(reply.error);
  return reply as Responses[K];
}

/** `?tab=<id>` pins the popup to a tab (used when it is opened as a page, e.g. by the browser tests). */
export function createPopupApi(search: string): PopupApi {
  const pinned = Number(new URLSearchParams(search).get('tab'));
  const tabId = async () =>
    Number.isInteger(pinned) && pinned > 0
      ? pinned
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  return {
    async pageState() {
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
    removeContact: async (platform, id) => (await ask({ type: 'ui→bg:remove-contact', platform, id })).contacts,
  };
}
