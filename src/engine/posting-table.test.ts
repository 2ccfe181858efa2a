import { describe, expect, it } from 'vitest';
import { createPostingTable } from './posting-table.ts';

// Postings are numbers whose key the table can recompute, as the echo index's are.
const keyOf = (posting: number): number => Math.imul(posting % 997, 0x9e3779b1) >>> 0;

function postingsUnder(table: ReturnType<typeof createPostingTable>, key: number): number[] {
  const found: number[] = [];
  for (let slot = table.first(key); slot >= 0; slot = table.next(key, slot)) if (keyOf(table.posting(slot)) === key) found.push(table.posting(slot));
  return found.sort((a, b) => a - b);
}

describe('posting table', () => {
  it('finds every posting under its key across growth, and a reserve keeps what it holds', () => {
    const table = createPostingTable(keyOf);
    for (let posting = 0; posting < 5_000; posting++) table.add(keyOf(posting), posting);
    table.reserve(60_000);
    for (let posting = 5_000; posting < 50_000; posting++) table.add(keyOf(posting), posting);
    expect(table.size).toBe(50_000);
    for (const residue of [0, 1, 500, 996]) {
      const expected: number[] = [];
      for (let posting = residue; posting < 50_000; posting += 997) expected.push(posting);
      expect(postingsUnder(table, keyOf(residue))).toEqual(expected);
    }
  });

  it('ignores a reserve smaller than what it holds', () => {
    const table = createPostingTable(keyOf);
    for (let posting = 0; posting < 20_000; posting++) table.add(keyOf(posting), posting);
    table.reserve(10);
    expect(table.size).toBe(20_000);
    expect(postingsUnder(table, keyOf(3))).toHaveLength(21);
  });
});
