// A screened batch's side data in one transaction: conversations written in, echo records, daily counters and
// contacts' last-seen times. Counts, ids and fingerprints only, never message text.
import { unwrap, type StoreNames } from 'idb';
import type { EchoChunk } from '../engine/echo-index.ts';
import type { ScoredMessage } from '../engine/types.ts';
import type { ContactSeen, DailyStats, EchoScreenDb, EchoScreenSchema } from './db.ts';
import { countedKey, type CountedIds } from './counted-ids.ts';
import { dayOf, emptyDay } from './stats.ts';

export interface ScreenedBatch {
  /** Conversations the user has written in, "platform:conversationId". */
  written: string[];
  /** The echo index's records added by the batch (usually one chunk). */
  echoChunks: EchoChunk[];
  /** Results to count into the day's totals: never counted before (see counted-ids.ts), own messages left out. */
  counted: ScoredMessage[];
  seen: ContactSeen[];
  now: number;
}

export const emptyBatch = (now: number): ScreenedBatch => ({ written: [], echoChunks: [], counted: [], seen: [], now });

/** Later work appended to earlier work, e.g. a failed batch retried with the next one; records keep their order. */
export const mergeBatches = (earlier: ScreenedBatch, later: ScreenedBatch): ScreenedBatch => ({
  written: [...earlier.written, ...later.written],
  echoChunks: [...earlier.echoChunks, ...later.echoChunks],
  counted: [...earlier.counted, ...later.counted],
  seen: [...earlier.seen, ...later.seen],
  now: Math.max(earlier.now, later.now),
});

/**
 * Writes the batch in a single transaction and resolves when it commits: either all of it is stored or none.
 * Throws at once when no transaction can start. Raw requests with callbacks: one promise per batch, not per row.
 */
export function writeScreenedBatch(db: EchoScreenDb, batch: ScreenedBatch): Promise<void> {
  const stores: Array<StoreNames<EchoScreenSchema>> = [];
  if (batch.written.length) stores.push('written');
  if (batch.echoChunks.length) stores.push('echoChunks');
  if (batch.counted.length) stores.push('dailyStats', 'countedIds');
  if (batch.seen.length) stores.push('contactSeen');
  if (!stores.length) return Promise.resolve();
  const tx = db.transaction(stores, 'readwrite');
  const raw = unwrap(tx) as IDBTransaction;
  if (batch.written.length) {
    const written = raw.objectStore('written');
    for (const key of batch.written) written.put({ senderKey: key, at: batch.now });
  }
  if (batch.echoChunks.length) {
    const chunks = raw.objectStore('echoChunks');
    for (const chunk of batch.echoChunks) chunks.add(chunk);
  }
  if (batch.seen.length) {
    const seen = raw.objectStore('contactSeen');
    for (const s of batch.seen) seen.put(s);
  }
  if (batch.counted.length) addToDay(raw, batch.counted, dayOf(batch.now));
  return tx.done;
}

function addToDay(tx: IDBTransaction, counted: readonly ScoredMessage[], day: string): void {
  const ids: CountedIds = { day, ids: Float64Array.from(counted, (r) => countedKey(r.id)) };
  tx.objectStore('countedIds').add(ids);
  const dailyStats = tx.objectStore('dailyStats');
  const request = dailyStats.get(day) as IDBRequest<DailyStats | undefined>;
  request.onsuccess = () => {
    const stats = request.result ?? emptyDay(day);
    for (const r of counted) {
      if (r.verdict === 'pitch' || r.verdict === 'clean' || r.verdict === 'contact') stats[r.verdict]++;
      if (r.verdict === 'pitch') {
        for (const t of r.tactics) stats.tactics[t.id] = (stats.tactics[t.id] ?? 0) + 1;
        if (r.echo && r.echo.senders >= 2) stats.echoes[r.echo.template] = Math.max(stats.echoes[r.echo.template] ?? 0, r.echo.senders);
      }
    }
    dailyStats.put(stats);
  };
}
