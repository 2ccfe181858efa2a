import { InvalidMessageError, parseToBackground } from '../message-validation.ts';
import type { ErrorResponse, Responses, ToBackground } from '../messages.ts';
import type { DataService } from './data-service.ts';
import type { InboxService } from './inbox-service.ts';

export interface MessageOrigin {
  /** The sender's URL: an extension page or a site page. */
  url?: string;
  /** This extension's own origin, e.g. chrome-extension://<id>/. */
  extensionOrigin: string;
}

export type BackgroundServices = InboxService & DataService;

type Reply = Responses[keyof Responses] | ErrorResponse;

/** Messages after which every open page should ask for its verdicts again. */
export const changesVerdicts = (raw: unknown): boolean =>
  [
    'ui→bg:add-contact',
    'ui→bg:remove-contact',
    'ui→bg:import-contacts',
    'ui→bg:replace-contacts',
    'ui→bg:import-all',
    'ui→bg:clear-all',
    'cs→bg:add-contact',
    'cs→bg:feedback',
  ].includes((raw as { type?: string } | null)?.type ?? '');

/** Validates, authorises and answers one message; invalid or unauthorised ones are rejected without side effects. */
export async function handleMessage(service: BackgroundServices, raw: unknown, origin: MessageOrigin): Promise<Reply> {
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
    case 'cs→bg:feedback':
      await service.feedback(message.feedback);
      return { ok: true };
    case 'cs→bg:add-contact':
      return { contacts: await service.addContact(message.contact) };
    case 'cs→bg:wake':
      void service.wake(message.platform);
      return { ok: true };
    case 'ui→bg:echo-senders':
      return { senders: service.echoSenders(message.template) };
    case 'ui→bg:list-contacts':
      return { contacts: await service.listContacts() };
    case 'ui→bg:add-contact':
      return { contacts: await service.addContact(message.contact) };
    case 'ui→bg:remove-contact':
      return { contacts: await service.removeContact(message.platform, message.id) };
    case 'ui→bg:contact-activity':
      return service.contactActivity();
    case 'ui→bg:import-contacts':
      return service.importContacts(message.contacts);
    case 'ui→bg:replace-contacts':
      return { contacts: await service.replaceContacts(message.contacts) };
    case 'ui→bg:export-all':
      return { backup: await service.exportAll() };
    case 'ui→bg:import-all':
      await service.importAll(message.backup);
      return { ok: true };
    case 'ui→bg:clear-all':
      await service.clearAll();
      return { ok: true };
    case 'ui→bg:insight':
      return service.insight(message.days);
    case 'ui→bg:preview':
      return service.preview(message.samples, message.threshold, message.customPhrases);
  }
}
