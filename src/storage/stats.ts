// Daily aggregate counters for the insight page: counts, tactic ids and template ids, never message text.
import type { ScoredMessage } from '../engine/types.ts';
import type { DailyStats, EchoScreenDb } from './db.ts';

/** Local calendar day of an epoch-ms time, "YYYY-MM-DD". */
export function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const emptyDay = (day: string): DailyStats => ({ day, pitch: 0, clean: 0, contact: 0, tactics: {}, echoes: {}, notPitch: 0, missed: 0 });

/** Counts screened messages into today's totals; an id already counted (on any day) is skipped. */
export async function countScreened(db: EchoScreenDb, results: readonly ScoredMessage[], now = Date.now()): Promise<void> {
  const scored = results.filter((r) => r.verdict !== 'own');
  if (!scored.length) return;
  const day = dayOf(now);
  const tx = db.transaction(['dailyStats', 'countedMessages'], 'readwrite');
  const counted = tx.objectStore('countedMessages');
  const seen = await Promise.all(scored.map((r) => counted.getKey(r.id)));
  const fresh = scored.filter((_, i) => seen[i] === undefined);
  if (!fresh.length) return tx.done;
  const stats = (await tx.objectStore('dailyStats').get(day)) ?? emptyDay(day);
  for (const r of new Map(fresh.map((f) => [f.id, f])).values()) {
    if (r.verdict === 'pitch' || r.verdict === 'clean' || r.verdict === 'contact') stats[r.verdict]++;
    if (r.verdict === 'pitch') {
      for (const t of r.tactics) stats.tactics[t.id] = (stats.tactics[t.id] ?? 0) + 1;
      if (r.echo && r.echo.senders >= 2) stats.echoes[r.echo.template] = Math.max(stats.echoes[r.echo.template] ?? 0, r.echo.senders);
    }
    void counted.put({ id: r.id, day });
  }
  await Promise.all([tx.objectStore('dailyStats').put(stats), tx.done]);
}

/** One user correction: "genuine" on a flagged message is a false positive, "pitch" is a miss. */
export async function countCorrection(db: EchoScreenDb, label: 'pitch' | 'genuine', now = Date.now()): Promise<void> {
  const day = dayOf(now);
  const tx = db.transaction('dailyStats', 'readwrite');
  const stats = (await tx.store.get(day)) ?? emptyDay(day);
  if (label === 'genuine') stats.notPitch++;
  else stats.missed++;
  await Promise.all([tx.store.put(stats), tx.done]);
}

/** Days from `fromDay` on, oldest first. */
export async function listDailyStats(db: EchoScreenDb, fromDay: string): Promise<DailyStats[]> {
  return db.getAll('dailyStats', IDBKeyRange.lowerBound(fromDay));
}

/** Forgets counted ids older than `beforeDay`: those messages are long gone from the inbox views. */
export async function pruneCounted(db: EchoScreenDb, beforeDay: string): Promise<void> {
  const tx = db.transaction('countedMessages', 'readwrite');
  let cursor = await tx.store.index('byDay').openCursor(IDBKeyRange.upperBound(beforeDay, true));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}
