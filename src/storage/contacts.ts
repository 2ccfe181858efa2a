import type { Contact } from '../messages.ts';
import type { Platform, Sender } from '../sites/types.ts';
import type { ContactSeen, EchoScreenDb } from './db.ts';

export function listContacts(db: EchoScreenDb): Promise<Contact[]> {
  return db.getAll('contacts');
}

export async function addContact(db: EchoScreenDb, contact: Contact): Promise<void> {
  await db.put('contacts', contact);
}

export async function removeContact(db: EchoScreenDb, platform: Platform, id: string): Promise<void> {
  await db.delete('contacts', [platform, id]);
}

/** Adds or overwrites every contact in one transaction: either all are written or none. */
export async function importContacts(db: EchoScreenDb, contacts: readonly Contact[]): Promise<{ added: number; updated: number }> {
  const tx = db.transaction('contacts', 'readwrite');
  const existing = new Set((await tx.store.getAllKeys()).map((k) => `${k[0]}:${k[1]}`));
  let added = 0;
  for (const c of contacts) if (!existing.has(`${c.platform}:${c.id}`)) added++;
  await Promise.all([...contacts.map((c) => tx.store.put(c)), tx.done]);
  return { added, updated: contacts.length - added };
}

/** Replaces the whole list in one transaction (used to undo an import). */
export async function replaceContacts(db: EchoScreenDb, contacts: readonly Contact[]): Promise<void> {
  const tx = db.transaction('contacts', 'readwrite');
  await Promise.all([tx.store.clear(), ...contacts.map((c) => tx.store.put(c)), tx.done]);
}

export const listContactSeen = (db: EchoScreenDb): Promise<ContactSeen[]> => db.getAll('contactSeen');

const normUrl = (url: string) => url.toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '');
const normHandle = (h: string) => h.toLowerCase().replace(/^@/, '');

type SenderLike = Pick<Sender, 'platform' | 'id'> & Partial<Sender>;

/** The contact a sender is, matched by platform and id, handle or profile URL. */
export function contactFinder(contacts: readonly Contact[]): (sender: SenderLike) => Contact | undefined {
  const keys = new Map<string, Contact>();
  for (const c of contacts) {
    keys.set(`${c.platform}:id:${c.id}`, c);
    if (c.handle) keys.set(`${c.platform}:handle:${normHandle(c.handle)}`, c);
    if (c.profileUrl) keys.set(`${c.platform}:url:${normUrl(c.profileUrl)}`, c);
  }
  return (s) =>
    keys.get(`${s.platform}:id:${s.id}`) ??
    (s.handle ? keys.get(`${s.platform}:handle:${normHandle(s.handle)}`) : undefined) ??
    (s.profileUrl ? keys.get(`${s.platform}:url:${normUrl(s.profileUrl)}`) : undefined);
}

/** A fast matcher over a contact list: a sender matches by platform and id, handle or profile URL. */
export function contactMatcher(contacts: readonly Contact[]): (sender: SenderLike) => boolean {
  const find = contactFinder(contacts);
  return (s) => find(s) !== undefined;
}
