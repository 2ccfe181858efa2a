// Daily aggregate counters for the insight page: counts, tactic ids and template ids, never message text.
import type { DailyStats, EchoScreenDb } from './db.ts';

/** Local calendar day of an epoch-ms time, "YYYY-MM-DD". */
export function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const emptyDay = (day: string): DailyStats => ({ day, pitch: 0, clean: 0, contact: 0, tactics: {}, echoes: {}, notPitch: 0, missed: 0 });

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
