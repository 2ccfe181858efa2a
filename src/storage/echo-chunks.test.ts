import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEchoIndex } from '../engine/echo-index.ts';
import { openEchoScreenDb } from './db.ts';
import { CHUNK_RECORDS, SMALL_CHUNK, loadEchoChunks, planChunkMerges, replaceEchoChunks, type StoredChunk } from './echo-chunks.ts';

const chunk = (key: number, from: number, records: number): StoredChunk => ({ key, from, records });

describe('planChunkMerges', () => {
  it('leaves a store with few small chunks alone', () => {
    const stored = [chunk(1, 0, CHUNK_RECORDS), ...Array.from({ length: 31 }, (_, i) => chunk(i + 2, CHUNK_RECORDS + i, 1))];
    expect(planChunkMerges(stored, CHUNK_RECORDS + 31, false)).toEqual([]);
  });

  it('merges each run of small chunks, not the big chunks between them', () => {
    const run1 = Array.from({ length: 20 }, (_, i) => chunk(i + 1, i, 1));
    // A page's batch of a few hundred is not small: only runs of tiny chunks are worth a rewrite.
    const big = chunk(21, 20, SMALL_CHUNK);
    const run2 = Array.from({ length: 20 }, (_, i) => chunk(i + 22, 20 + SMALL_CHUNK + i, 1));
    // Keys out of order, as a retried write leaves them: the plan follows record numbers.
    const stored = [...run2, big, ...run1].reverse();
    expect(planChunkMerges(stored, 40 + SMALL_CHUNK, false)).toEqual([
      { remove: run1.map((c) => c.key), from: 0, to: 20 },
      { remove: run2.map((c) => c.key), from: 20 + SMALL_CHUNK, to: 40 + SMALL_CHUNK },
    ]);
  });

  it('rewrites everything when the load asks: records renumbered, or chunks of an older format', () => {
    const stored = [chunk(1, 0, 10), chunk(2, 15, 10)];
    expect(planChunkMerges(stored, 20, true)).toEqual([{ remove: [1, 2], from: 0, to: 20 }]);
  });
});

describe('replaceEchoChunks', () => {
  const index = createEchoIndex();
  for (let i = 0; i < 3; i++) index.observe({ messageId: `m${i}`, senderKey: `s${i}`, normalizedText: `one two three four five six seven ${i} eight nine ten` });

  it('swaps the chunks in one transaction', async () => {
    const db = await openEchoScreenDb(`replace-${Math.random()}`);
    await loadEchoChunks(db, 'fp-test');
    const keys = [await db.add('echoChunks', index.toChunk(0, 1)), await db.add('echoChunks', index.toChunk(1))];
    expect(await replaceEchoChunks(db, keys, [index.toChunk()])).toBe(true);
    const { chunks } = await loadEchoChunks(db, 'fp-test');
    expect(chunks).toEqual([index.toChunk()]);
  });

  it('brings nothing back when the store was cleared meanwhile', async () => {
    const db = await openEchoScreenDb(`cleared-${Math.random()}`);
    const keys = [await db.add('echoChunks', index.toChunk(0, 1)), await db.add('echoChunks', index.toChunk(1))];
    await db.clear('echoChunks');
    expect(await replaceEchoChunks(db, keys, [index.toChunk()])).toBe(false);
    expect(await db.count('echoChunks')).toBe(0);
  });
});
