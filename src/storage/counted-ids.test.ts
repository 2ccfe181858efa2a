import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countedKey, loadCountedIds } from './counted-ids.ts';
import { openEchoScreenDb } from './db.ts';

describe('counted ids', () => {
  it('keys ids by 52 bits of hash, exact as numbers', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => countedKey(`urn:li:msg_message:${i}`));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(Number.isSafeInteger(key) && key >= 0 && key < 2 ** 52).toBe(true);
    expect(countedKey('a')).toBe(countedKey('a'));
  });

  it('loads the ids of recent days, deletes older rows, and merges many rows into one per day', async () => {
    const db = await openEchoScreenDb(`counted-${Math.random()}`);
    await db.add('countedIds', { day: '2026-07-01', ids: Float64Array.of(countedKey('old')) });
    for (let i = 0; i < 70; i++) await db.add('countedIds', { day: i < 35 ? '2026-11-26' : '2026-11-27', ids: Float64Array.of(countedKey(`m${i}`)) });

    const counted = await loadCountedIds(db, '2026-08-01');
    expect(counted.size).toBe(70);
    expect(counted.has(countedKey('m69'))).toBe(true);
    expect(counted.has(countedKey('old'))).toBe(false);
    const rows = await db.getAll('countedIds');
    expect(rows.map((r) => [r.day, r.ids.length])).toEqual([
      ['2026-11-26', 35],
      ['2026-11-27', 35],
    ]);
    expect(await loadCountedIds(db, '2026-08-01')).toEqual(counted);
  });
});
