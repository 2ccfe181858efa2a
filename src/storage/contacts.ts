import type { Contact } from '../messages.ts';
import type { Platform, Sender } from '../sites/types.ts';
import type { EchoScreenDb } from './db.ts';

export function listContacts(db: EchoScreenDb): Promise<Contact[]> {
  return db.getAll('contacts');
}

export async function addContact(db: EchoScreenDb, contact: Contact): Promise<void> {
  await db.put('contacts', contact);
}

export async function removeContact(db: EchoScreenDb, platform: Platform, id: string): Promise<void> {
  await db.delete('contacts', [platform, id]);
}

const normUrl = (url: string) => url.toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '');
const normHandle = (h: string) => h.toLowerCase().replace(/^@/, '');

/** A fast matcher over a contact list: a sender matches by platform and id, handle or profile URL. */
export function contactMatcher(contacts: readonly Contact[]): (sender: Pick<Sender, 'platform' | 'id'> & Partial<Sender>) => boolean {
  const keys = new Set<string>();
  for (const c of contacts) {
    keys.add(`${c.platform}:id:${c.id}`);
    if (c.handle) keys.add(`${c.platform}:handle:${normHandle(c.handle)}`);
    if (c.profileUrl) keys.add(`${c.platform}:url:${normUrl(c.profileUrl)}`);
  }
  return (s) =>
    keys.has(`${s.platform}:id:${s.id}`) ||
    (!!s.handle && keys.has(`${s.platform}:handle:${normHandle(s.handle)}`)) ||
    (!!s.profileUrl && keys.has(`${s.platform}:url:${normUrl(s.profileUrl)}`));
}
