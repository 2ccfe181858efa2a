import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../messages.ts';
import { addContact, contactMatcher, listContacts, removeContact } from './contacts.ts';
import { DB_VERSION, openEchoScreenDb } from './db.ts';

const ada: Contact = {
  platform: 'linkedin',
  id: 'ACoAAAda',
  name: 'Ada Obi',
  profileUrl: 'https://www.linkedin.com/in/ada-obi/',
  note: '',
  addedAt: '2026-11-01T00:00:00.000Z',
};
const sam: Contact = { platform: 'x', id: '12345', handle: '@SamK', name: 'Sam', note: 'climbing', addedAt: '2026-11-02T00:00:00.000Z' };

describe('contacts store', () => {
  it('adds, lists, overwrites by platform+id and removes contacts', async () => {
    const db = await openEchoScreenDb(`contacts-${Math.random()}`);
    expect(db.version).toBe(DB_VERSION);
    await addContact(db, ada);
    await addContact(db, sam);
    await addContact(db, { ...ada, note: 'met in Lisbon' });
    const list = await listContacts(db);
    expect(list).toHaveLength(2);
    expect(list.find((c) => c.id === ada.id)?.note).toBe('met in Lisbon');
    await removeContact(db, 'linkedin', ada.id);
    expect((await listContacts(db)).map((c) => c.id)).toEqual(['12345']);
    db.close();
  });

  it('keeps contacts when the database is reopened', async () => {
    const name = `reopen-${Math.random()}`;
    const first = await openEchoScreenDb(name);
    await addContact(first, sam);
    first.close();
    const second = await openEchoScreenDb(name);
    expect(await listContacts(second)).toEqual([sam]);
    second.close();
  });
});

describe('contactMatcher', () => {
  const isContact = contactMatcher([ada, sam]);

  it('matches by platform and id', () => {
    expect(isContact({ platform: 'linkedin', id: 'ACoAAAda' })).toBe(true);
    expect(isContact({ platform: 'x', id: 'ACoAAAda' })).toBe(false);
  });

  it('matches by handle, ignoring case and @', () => {
    expect(isContact({ platform: 'x', id: 'other', handle: 'samk' })).toBe(true);
  });

  it('matches by profile URL, ignoring trailing slash, query and case', () => {
    expect(isContact({ platform: 'linkedin', id: 'ACoAAOther', profileUrl: 'https://www.linkedin.com/in/Ada-Obi?trk=x' })).toBe(true);
  });

  it('does not match strangers', () => {
    expect(isContact({ platform: 'linkedin', id: 'ACoAAStranger', profileUrl: 'https://www.linkedin.com/in/someone/' })).toBe(false);
  });
});
