import { InvalidMessageError, parseToBackground } from '../message-validation.ts';
import type { ErrorResponse, Responses, ToBackground } from '../messages.ts';
import type { InboxService } from './inbox-service.ts';

export interface MessageOrigin {
  /** The sender's URL: an extension page or a site page. */
  url?: string;
  /** This extension's own origin, e.g. chrome-extension://<id>/. */
  extensionOrigin: string;
}

type Reply = Responses[keyof Responses] | ErrorResponse;

/** Validates, authorises and answers one message; invalid or unauthorised ones are rejected without side effects. */
export const changesContacts = (raw: unknown): boolean =>
  ['ui→bg:add-contact', 'ui→bg:remove-contact'].includes((raw as { type?: string } | null)?.type ?? '');

export async function handleMessage(service: InboxService, raw: unknown, origin: MessageOrigin): Promise<Reply> {
  let message: ToBackground;
  try {
    message = parseToBackground(raw);
  } catch (error) {
    if (error instanceof InvalidMessageError) return { error: error.message };
    throw error;
  }
  // Content scripts run inside the site's pages; only the popup and options pages may change contacts.
  if (message.type.startsWith('ui→bg:') && !origin.url?.startsWith(origin.extensionOrigin)) {
    return { error: `${message.type} is accepted only from the extension's own pages` };
  }
  switch (message.type) {
    case 'cs→bg:screen':
      return { results: await service.screen(message.messages) };
    case 'ui→bg:list-contacts':
      return { contacts: await service.listContacts() };
    case 'ui→bg:add-contact':
      return { contacts: await service.addContact(message.contact) };
    case 'ui→bg:remove-contact':
      return { contacts: await service.removeContact(message.platform, message.id) };
  }
}
