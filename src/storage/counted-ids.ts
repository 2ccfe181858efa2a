// Message ids already counted in the daily totals, so a message screened again (a thread re-opened, a page reloaded)
// is counted once. Kept as 52-bit hashes, one row per screened batch: 8 bytes a message, where a row per id string
// with its day index cost ~190 bytes in IndexedDB.
import { fnv1a, idHashLow } from '../engine/fingerprint.ts';
import type { EchoScreenDb } from './db.ts';

export interface CountedIds {
  /** Local day the ids were counted on, "YYYY-MM-DD". */
  day: string;
  ids: Float64Array;
}

/** 52 bits of two hashes of the id: exact as a double, so a Set<number> holds the ids without a string each. */
export function countedKey(id: string): number {
  return fnv1a(id) * 0x100000 + (idHashLow(id) & 0xfffff);
}

// More rows than this (mostly single arrivals) are merged into one row per day at start-up.
const ROWS_BEFORE_MERGE = 64;

/**
 * The counted ids of `fromDay` on. Older rows are deleted (those messages are long gone from the inbox views), and
 * once many rows have piled up they are merged into one per day, in the same transaction.
 */
export async function loadCountedIds(db: EchoScreenDb, fromDay: string): Promise<Set<number>> {
  const tx = db.transaction('countedIds', 'readwrite');
  const [keys, rows] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const counted = new Set<number>();
  const byDay = new Map<string, number[]>();
  const stale: number[] = [];
  rows.forEach((row, i) => {
    if (row.day < fromDay) return stale.push(keys[i]!);
    const ids = byDay.get(row.day) ?? [];
    for (const id of row.ids) {
      counted.add(id);
      ids.push(id);
    }
    byDay.set(row.day, ids);
  });
  const writes: Array<Promise<unknown>> = stale.map((key) => tx.store.delete(key));
  if (rows.length - stale.length > ROWS_BEFORE_MERGE) {
    writes.push(tx.store.clear());
    for (const [day, ids] of byDay) writes.push(tx.store.add({ day, ids: Float64Array.from(ids) }));
  }
  await Promise.all([...writes, tx.done]);
  return counted;
}
