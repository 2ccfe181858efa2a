// The echo index's persisted chunks: read at start-up, appended per screened batch (screen-writes.ts), and merged
// when many small ones have piled up.
import type { EchoChunk } from '../engine/echo-index.ts';
import type { EchoScreenDb } from './db.ts';

export interface StoredChunk {
  key: number;
  /** Number of the chunk's first record, and how many it holds. */
  from: number;
  records: number;
}

/** Loads every chunk; chunks from another fingerprint version are dropped first (the index could not read them). */
export async function loadEchoChunks(db: EchoScreenDb, fingerprintVersion: string): Promise<{ chunks: EchoChunk[]; stored: StoredChunk[] }> {
  const meta = await db.get('meta', 'fingerprint');
  if (meta?.value !== fingerprintVersion) {
    const tx = db.transaction(['echoChunks', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('echoChunks').clear(), tx.objectStore('meta').put({ key: 'fingerprint', value: fingerprintVersion }), tx.done]);
    return { chunks: [], stored: [] };
  }
  const tx = db.transaction('echoChunks');
  const [keys, chunks] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  return { chunks, stored: chunks.map((chunk, i) => ({ key: keys[i]!, from: chunk.from, records: chunk.join.length })) };
}

/**
 * Replaces the chunks `remove` with `add`, in one transaction. Does nothing (resolves false) when any of `remove`
 * is gone, e.g. the stores were cleared meanwhile: a merge must never bring back erased records.
 */
export async function replaceEchoChunks(db: EchoScreenDb, remove: readonly number[], add: readonly EchoChunk[]): Promise<boolean> {
  const tx = db.transaction('echoChunks', 'readwrite');
  const present = new Set(await tx.store.getAllKeys());
  if (!remove.every((key) => present.has(key))) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return false;
  }
  await Promise.all([...remove.map((key) => tx.store.delete(key)), ...add.map((chunk) => tx.store.add(chunk)), tx.done]);
  return true;
}

/** Records per chunk when chunks are merged: big enough that per-row overhead vanishes, small enough to rewrite quickly. */
export const CHUNK_RECORDS = 2048;
/** Small chunks (one per screened batch, often a single arrival) tolerated before they are merged. */
const SMALL_CHUNKS_BEFORE_MERGE = 32;
/** A chunk this small pays a row's overhead (~100–200 B in LevelDB) for a handful of records; a page's batch does not. */
export const SMALL_CHUNK = 32;

export interface ChunkMerge {
  /** Keys of the stored chunks to replace. */
  remove: number[];
  /** Record range [from, to) to write in their place, in chunks of at most CHUNK_RECORDS. */
  from: number;
  to: number;
}

/**
 * Which stored chunks to merge. When the load asked for a rewrite (records renumbered after an out-of-order load, or
 * chunks from before the current chunk format) everything is rewritten; otherwise each run of consecutive small
 * chunks becomes one, once enough small chunks have piled up.
 */
export function planChunkMerges(stored: readonly StoredChunk[], records: number, rewrite: boolean): ChunkMerge[] {
  if (rewrite) return [{ remove: stored.map((s) => s.key), from: 0, to: records }];
  const sorted = [...stored].sort((a, b) => a.from - b.from);
  const small = (s: StoredChunk) => s.records < SMALL_CHUNK;
  if (sorted.filter(small).length < SMALL_CHUNKS_BEFORE_MERGE) return [];
  const merges: ChunkMerge[] = [];
  let run: StoredChunk[] = [];
  const flush = () => {
    if (run.length >= 2) merges.push({ remove: run.map((s) => s.key), from: run[0]!.from, to: run.at(-1)!.from + run.at(-1)!.records });
    run = [];
  };
  for (const s of sorted) {
    if (small(s)) run.push(s);
    else flush();
  }
  flush();
  return merges;
}
