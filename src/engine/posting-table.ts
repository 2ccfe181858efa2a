// LSH band postings for echo-index.ts, kept in typed arrays (no per-posting objects).

/**
 * Open-addressing multimap from 32-bit band hashes to postings (linear probing, load ≤ 0.8).
 * Keys are kept as a 16-bit tag beside the slot position: a rare false candidate only costs one similarity check.
 */
export function createPostingTable(keyOf: (posting: number) => number) {
  let mask = (1 << 14) - 1;
  let tags = new Uint16Array(mask + 1);
  let values = new Int32Array(mask + 1).fill(-1);
  let used = 0;
  const tagOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;

  function place(key: number, posting: number): void {
    let slot = key & mask;
    while (values[slot] !== -1) slot = (slot + 1) & mask;
    tags[slot] = tagOf(key);
    values[slot] = posting;
  }

  // Walking a key's slots with first/next, not a callback, spares a closure per lookup.
  const seek = (tag: number, slot: number): number => {
    for (; values[slot] !== -1; slot = (slot + 1) & mask) if (tags[slot] === tag) return slot;
    return -1;
  };
  // Rehashing recomputes every key from its posting (keys are not stored): a reload reserves once instead.
  function grow(nextMask: number): void {
    const old = values;
    mask = nextMask;
    tags = new Uint16Array(mask + 1);
    values = new Int32Array(mask + 1).fill(-1);
    for (const existing of old) if (existing !== -1) place(keyOf(existing), existing);
  }

  return {
    /** First slot holding a posting under `key` (by its tag), or -1. */
    first: (key: number): number => seek(tagOf(key), key & mask),
    next: (key: number, slot: number): number => seek(tagOf(key), (slot + 1) & mask),
    posting: (slot: number): number => values[slot]!,
    add(key: number, posting: number): void {
      if (++used > mask * 0.8) grow(mask * 2 + 1);
      place(key, posting);
    },
    /** Postings held. */
    get size(): number {
      return used;
    },
    /** Grows the table once, now, to hold `count` postings in all without growing again (a reload knows its count). */
    reserve(count: number): void {
      let next = mask;
      while (count > next * 0.8) next = next * 2 + 1;
      if (next !== mask) grow(next);
    },
  };
}
