import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../messages.ts';
import type { IDBPDatabase } from 'idb';
import { countedKey } from './counted-ids.ts';
import { DB_VERSION, openEchoScreenDb } from './db.ts';

const contact: Contact = { platform: 'linkedin', id: 'ACoAAx', name: 'Ada', note: 'met in Lisbon', addedAt: '2026-11-01T00:00:00.000Z' };
const label = { messageId: 'm1', label: 'genuine' as const, text: 'hi', platform: 'x' as const, senderId: '1', at: 1 };

describe('openEchoScreenDb upgrade ladder', () => {
  it('creates the newest schema from nothing', async () => {
    const db = await openEchoScreenDb(`fresh-${Math.random()}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['contactSeen', 'contacts', 'countedIds', 'dailyStats', 'echoChunks', 'labels', 'meta', 'written']);
    db.close();
  });

  it('upgrades a version-1 database and keeps every contact, label and written conversation', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = await openEchoScreenDb(name, 1);
    await v1.put('contacts', contact);
    await v1.put('labels', label);
    await v1.put('written', { senderKey: 'x:1-2', at: 5 });
    v1.close();

    const db = await openEchoScreenDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('contacts')).toEqual([contact]);
    expect(await db.getAll('labels')).toEqual([label]);
    expect(await db.getAll('written')).toEqual([{ senderKey: 'x:1-2', at: 5 }]);
    expect(db.objectStoreNames.contains('echoChunks')).toBe(true);
    db.close();
  });

  it('upgrades a version-2 database to v3: everything kept, last-seen, daily counters and counted ids added', async () => {
    const name = `v2-${Math.random()}`;
    const v2 = await openEchoScreenDb(name, 2);
    expect([...v2.objectStoreNames]).not.toContain('dailyStats');
    await v2.put('contacts', contact);
    await v2.put('labels', label);
    await (v2 as unknown as IDBPDatabase).add('echoRecords', { f: 1, id: 'a', s: 's', c: 0, t: 0, g: '' });
    await v2.put('meta', { key: 'fingerprint', value: 'v1' });
    v2.close();

    const db = await openEchoScreenDb(name, 3);
    expect(db.version).toBe(3);
    expect(await db.getAll('contacts')).toEqual([contact]);
    expect(await db.getAll('labels')).toEqual([label]);
    expect((await (db as unknown as IDBPDatabase).getAll('echoRecords')).map((r: { id: string }) => r.id)).toEqual(['a']);
    expect(await db.get('meta', 'fingerprint')).toEqual({ key: 'fingerprint', value: 'v1' });
    await db.put('contactSeen', { platform: 'linkedin', id: 'ACoAAx', at: 7 });
    await (db as unknown as IDBPDatabase).put('countedMessages', { id: 'm1', day: '2026-11-28' });
    expect(await db.get('contactSeen', ['linkedin', 'ACoAAx'])).toEqual({ platform: 'linkedin', id: 'ACoAAx', at: 7 });
    expect(await (db as unknown as IDBPDatabase).getAllFromIndex('countedMessages', 'byDay', '2026-11-28')).toEqual([{ id: 'm1', day: '2026-11-28' }]);
    db.close();
  });

  it('upgrades a version-3 database to v4: fp1 echo rows dropped, counted ids hashed per day, the rest kept', async () => {
    const name = `v3-${Math.random()}`;
    const v3 = await openEchoScreenDb(name, 3);
    await (v3 as unknown as IDBPDatabase).add('echoRecords', { f: 1, id: 'a', s: 's', c: 0, t: 0, g: '' });
    for (const [id, day] of [['m1', '2026-11-20'], ['m2', '2026-11-20'], ['m3', '2026-11-21']]) {
      await (v3 as unknown as IDBPDatabase).put('countedMessages', { id, day });
    }
    await v3.put('contacts', contact);
    await v3.put('meta', { key: 'fingerprint', value: 'fp1:test' });
    v3.close();

    const db = await openEchoScreenDb(name);
    expect(db.version).toBe(4);
    expect(db.objectStoreNames.contains('echoRecords' as never)).toBe(false);
    expect(await db.count('echoChunks')).toBe(0);
    expect(db.objectStoreNames.contains('countedMessages' as never)).toBe(false);
    const counted = (await db.getAll('countedIds')).map((row) => ({ day: row.day, ids: [...row.ids].sort() }));
    expect(counted).toEqual([
      { day: '2026-11-20', ids: [countedKey('m1'), countedKey('m2')].sort() },
      { day: '2026-11-21', ids: [countedKey('m3')] },
    ]);
    expect(await db.getAll('contacts')).toEqual([contact]);
    expect(await db.get('meta', 'fingerprint')).toEqual({ key: 'fingerprint', value: 'fp1:test' });
    db.close();
  });
});
