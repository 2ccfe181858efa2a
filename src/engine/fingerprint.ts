// Near-duplicate fingerprints for short DMs: canonical tokens → shingles → b-bit signature (one-permutation hashing, or
// classic MinHash for comparison) → LSH bands.
// Input is already normalised (normalize.ts: NFKC, homoglyphs, zero-width, spaced letters, lower case, leet folded).
import { canonicalTokensOf } from './canonical.ts';

export interface FingerprintParams {
  /**
   * How the signature is drawn: 'minhash' runs `hashes` permutations over every shingle; 'oph' (one-permutation
   * hashing with optimal densification, Shrivastava 2017) hashes each shingle once into one of `hashes` bins.
   */
  sketch: 'minhash' | 'oph';
  /** Which shingles to hash: word k-grams, character n-grams over the canonical text, or both. */
  shingle: 'word' | 'char' | 'both';
  wordK: number;
  charN: number;
  /** Signature length: MinHash permutations, or OPH bins. */
  hashes: number;
  /** Rows per LSH band; bands = hashes / rows. */
  rows: number;
  /** Bits kept per signature value (b-bit MinHash): 8 or 16. */
  bits: 8 | 16;
  /** Drop function words before shingling, so "I'd love to" and "I would love to" agree. */
  dropStopwords: boolean;
  /** Messages with fewer content words ("Thanks, will do!") are too short to be a template: empty signature. */
  minTokens: number;
}

/** Chosen by scripts/tune-echo.mjs on the corpus; see docs/echo-benchmarks.md. */
export const FINGERPRINT_PARAMS: Readonly<FingerprintParams> = Object.freeze({
  sketch: 'oph',
  shingle: 'char',
  wordK: 2,
  charN: 4,
  hashes: 64,
  rows: 2,
  bits: 8,
  dropStopwords: true,
  minTokens: 5,
});

/** Similarity (estimated Jaccard of shingle sets) at or above which two messages share a template. */
export const ECHO_THRESHOLD = 0.3;

/** Names the tokeniser + parameters; persisted records carrying another version are refused. */
export function fingerprintVersion(params: FingerprintParams = FINGERPRINT_PARAMS): string {
  const { sketch, shingle, wordK, charN, hashes, rows, bits, dropStopwords, minTokens } = params;
  return `${sketch === 'oph' ? 'fp2:oph:' : 'fp1:'}${shingle}:w${wordK}:c${charN}:h${hashes}:r${rows}:b${bits}:${dropStopwords ? 's' : 'k'}:m${minTokens}`;
}

export interface Fingerprint {
  /** b-bit values, one per permutation or bin. */
  signature: Uint16Array;
  /** One 32-bit hash per LSH band, derived from the signature. */
  bands: Uint32Array;
}

/** The words a template is made of: greeting + name, sign-off + name, emoji, punctuation, numbers and links flattened. */
export function canonicalTokens(normalizedText: string, dropStopwords = FINGERPRINT_PARAMS.dropStopwords): string[] {
  return canonicalTokensOf(normalizedText, dropStopwords);
}

/** FNV-1a over UTF-16 code units, 32-bit. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A second 32-bit hash of a message id, seeded apart from fnv1a(id): the two stand in for the id (echo records, counted ids). */
export const idHashLow = (id: string): number => fnv1a(id, 0x5bd1e995);

/** murmur3's 32-bit finaliser: a full-avalanche mix, used to derive seeded permutations from one hash. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Open-addressing set of shingle hashes, reused across calls; a slot is live when its stamp is the current call's.
let setKeys = new Uint32Array(1024);
let setStamps = new Uint32Array(1024);
let setStamp = 0;
// Sized per message, so one long message does not spread every later one over a big table.
let setMask = 0;
let distinct = new Uint32Array(256);
let distinctCount = 0;

function resetSet(expected: number): void {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  setMask = size - 1;
  if (setKeys.length < size) {
    setKeys = new Uint32Array(size);
    setStamps = new Uint32Array(size);
    setStamp = 0;
  }
  if (distinct.length < expected) distinct = new Uint32Array(Math.max(expected, distinct.length * 2));
  setStamp = (setStamp + 1) >>> 0;
  // A wrapped stamp could match a stale slot: clear once every 2^32 calls.
  if (setStamp === 0) {
    setStamps.fill(0);
    setStamp = 1;
  }
  distinctCount = 0;
}

function addDistinct(hash: number): void {
  const mask = setMask;
  let slot = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) & mask;
  while (setStamps[slot] === setStamp) {
    if (setKeys[slot] === hash) return;
    slot = (slot + 1) & mask;
  }
  setStamps[slot] = setStamp;
  setKeys[slot] = hash;
  distinct[distinctCount++] = hash;
}

/** Fills `distinct` with the message's distinct shingle hashes, in order of first occurrence. */
function collectShingles(tokens: readonly string[], params: FingerprintParams): void {
  const text = params.shingle === 'word' ? '' : tokens.join(' ');
  resetSet(text.length + tokens.length + 1);
  if (params.shingle !== 'char') {
    const k = Math.min(params.wordK, Math.max(1, tokens.length));
    for (let i = 0; i + k <= tokens.length; i++) addDistinct(fnv1a(tokens.slice(i, i + k).join(' ')));
  }
  if (params.shingle !== 'word') {
    const n = Math.min(params.charN, Math.max(1, text.length));
    // FNV-1a of text.slice(i, i + n) straight from char codes: no substring per shingle. A different seed keeps
    // char grams and word grams in separate hash spaces.
    for (let i = 0; i + n <= text.length; i++) {
      let hash = 0x9747b28c;
      for (let k = i; k < i + n; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
      addDistinct(hash >>> 0);
    }
  }
}

/** Distinct 32-bit hashes of the message's shingles. */
export function shingleHashes(tokens: readonly string[], params: FingerprintParams = FINGERPRINT_PARAMS): Uint32Array {
  collectShingles(tokens, params);
  return distinct.slice(0, distinctCount);
}

const seedCache = new Map<number, Int32Array>();
function permutationSeeds(count: number): Int32Array {
  let seeds = seedCache.get(count);
  if (!seeds) {
    seeds = new Int32Array(count);
    for (let i = 0; i < count; i++) seeds[i] = fmix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(count, seeds);
  }
  return seeds;
}

function minhashInto(hashes: Uint32Array, length: number, params: FingerprintParams, signature: Uint16Array): Uint16Array {
  if (params.sketch === 'oph') return ophInto(hashes, length, params, signature);
  const seeds = permutationSeeds(params.hashes);
  const mask = params.bits === 8 ? 0xff : 0xffff;
  // An empty text gets an all-zero signature; such messages are never indexed (see isEmptySignature).
  if (length === 0) return signature.fill(0, 0, params.hashes);
  // fmix32(h ^ seed) inlined, four permutations per pass over the shingles (independent chains the CPU overlaps);
  // each min is kept as a signed int biased by 2^31, which orders like the unsigned value.
  let i = 0;
  for (; i + 4 <= seeds.length; i += 4) {
    const s0 = seeds[i]!;
    const s1 = seeds[i + 1]!;
    const s2 = seeds[i + 2]!;
    const s3 = seeds[i + 3]!;
    let m0 = 0x7fffffff;
    let m1 = 0x7fffffff;
    let m2 = 0x7fffffff;
    let m3 = 0x7fffffff;
    for (let s = 0; s < length; s++) {
      const x = hashes[s]! | 0;
      let h0 = x ^ s0;
      let h1 = x ^ s1;
      let h2 = x ^ s2;
      let h3 = x ^ s3;
      h0 = Math.imul(h0 ^ (h0 >>> 16), 0x85ebca6b);
      h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
      h3 = Math.imul(h3 ^ (h3 >>> 16), 0x85ebca6b);
      h0 = Math.imul(h0 ^ (h0 >>> 13), 0xc2b2ae35);
      h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
      h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
      h3 = Math.imul(h3 ^ (h3 >>> 13), 0xc2b2ae35);
      h0 = h0 ^ (h0 >>> 16) ^ 0x80000000;
      h1 = h1 ^ (h1 >>> 16) ^ 0x80000000;
      h2 = h2 ^ (h2 >>> 16) ^ 0x80000000;
      h3 = h3 ^ (h3 >>> 16) ^ 0x80000000;
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    signature[i] = (m0 ^ 0x80000000) & mask;
    signature[i + 1] = (m1 ^ 0x80000000) & mask;
    signature[i + 2] = (m2 ^ 0x80000000) & mask;
    signature[i + 3] = (m3 ^ 0x80000000) & mask;
  }
  for (; i < seeds.length; i++) {
    const seed = seeds[i]!;
    let min = 0x7fffffff;
    for (let s = 0; s < length; s++) {
      let h = hashes[s]! ^ seed;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ 0x80000000;
      if (h < min) min = h;
    }
    signature[i] = (min ^ 0x80000000) & mask;
  }
  return signature;
}

const OPH_SEED = 0x2545f491;
const DENSIFY_SEED = 0x68e31da4;
let binMins = new Uint32Array(128);
let binFilled = new Uint8Array(128);

/** Bin of a 32-bit hash among `bins`, from its top 16 bits (the low bits stay free for the b-bit value). */
const binOf = (hash: number, bins: number): number => ((hash >>> 16) * bins) >>> 16;

/**
 * One-permutation hashing: each shingle is hashed once and kept if it is its bin's minimum, so the cost is one mix per
 * shingle instead of one per shingle and permutation (hand-written: no library does b-bit OPH over typed arrays).
 * Empty bins borrow the value of a non-empty bin picked by a hash of (bin, attempt), the same for every message
 * ("optimal densification", Shrivastava 2017), so two signatures still agree in a bin with probability = Jaccard.
 */
function ophInto(hashes: Uint32Array, length: number, params: FingerprintParams, signature: Uint16Array): Uint16Array {
  const bins = params.hashes;
  const mask = params.bits === 8 ? 0xff : 0xffff;
  if (length === 0) return signature.fill(0, 0, bins);
  if (binMins.length < bins) {
    binMins = new Uint32Array(bins);
    binFilled = new Uint8Array(bins);
  }
  binFilled.fill(0, 0, bins);
  for (let s = 0; s < length; s++) {
    const h = fmix32(hashes[s]! ^ OPH_SEED);
    const bin = binOf(h, bins);
    if (binFilled[bin] === 0 || h < binMins[bin]!) {
      binMins[bin] = h;
      binFilled[bin] = 1;
    }
  }
  for (let bin = 0; bin < bins; bin++) {
    let from = bin;
    for (let attempt = 0; binFilled[from] === 0; attempt++) from = binOf(fmix32(Math.imul(bin + 1, 0x9e3779b9) ^ (attempt + DENSIFY_SEED)), bins);
    // b-bit value: low bits of the bin's minimum, independent of the top bits that chose the bin.
    signature[bin] = binMins[from]! & mask;
  }
  return signature;
}

/** MinHash: permutation i maps shingle hash h to fmix32(h ^ seed_i); keep the minimum, then its low `bits`. */
export function minhash(hashes: Uint32Array, params: FingerprintParams = FINGERPRINT_PARAMS): Uint16Array {
  return minhashInto(hashes, hashes.length, params, new Uint16Array(params.hashes));
}

/** Band b hashes rows [b·r, (b+1)·r) together with b, so equal values in different bands never collide. */
export function bandHash(values: ArrayLike<number>, offset: number, band: number, rows: number): number {
  let h = Math.imul(band + 1, 0x27d4eb2d);
  for (let r = 0; r < rows; r++) h = fmix32(h ^ values[offset + band * rows + r]!) + r;
  return fmix32(h);
}

export function bandHashes(signature: ArrayLike<number>, rows: number = FINGERPRINT_PARAMS.rows): Uint32Array {
  return bandHashesInto(signature, rows, new Uint32Array(Math.floor(signature.length / rows)));
}

/** bandHashes into `bands` (length = signature.length / rows), for callers that reuse one buffer. */
export function bandHashesInto(signature: ArrayLike<number>, rows: number, bands: Uint32Array): Uint32Array {
  for (let b = 0; b < bands.length; b++) bands[b] = bandHash(signature, 0, b, rows);
  return bands;
}

export function fingerprint(normalizedText: string, params: FingerprintParams = FINGERPRINT_PARAMS): Fingerprint {
  const signature = signatureInto(normalizedText, params, new Uint16Array(params.hashes));
  return { signature, bands: bandHashes(signature, params.rows) };
}

/** fingerprint(text).signature written into `signature` (length params.hashes), for callers that reuse one buffer. */
export function signatureInto(normalizedText: string, params: FingerprintParams, signature: Uint16Array): Uint16Array {
  const tokens = canonicalTokensOf(normalizedText, params.dropStopwords);
  let length = 0;
  if (tokens.length >= params.minTokens) {
    collectShingles(tokens, params);
    length = distinctCount;
  }
  return minhashInto(distinct, length, params, signature);
}

export function isEmptySignature(signature: Uint16Array): boolean {
  for (let i = 0; i < signature.length; i++) if (signature[i] !== 0) return false;
  return true;
}

/** Estimated Jaccard similarity of two signatures, corrected for b-bit chance agreement. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>, bits: 8 | 16 = FINGERPRINT_PARAMS.bits): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[i]) equal++;
  const chance = 2 ** -bits;
  return Math.max(0, (equal / length - chance) / (1 - chance));
}

/** Signature → base64 (bits/8 bytes per value), for compact persisted records. */
export function encodeSignature(signature: ArrayLike<number>, bits: 8 | 16 = FINGERPRINT_PARAMS.bits): string {
  let binary = '';
  for (let i = 0; i < signature.length; i++) {
    const value = signature[i]!;
    binary += String.fromCharCode(value & 0xff);
    if (bits === 16) binary += String.fromCharCode(value >>> 8);
  }
  return btoa(binary);
}

export function decodeSignature(encoded: string, bits: 8 | 16 = FINGERPRINT_PARAMS.bits): Uint16Array {
  const binary = atob(encoded);
  const width = bits / 8;
  const signature = new Uint16Array(Math.floor(binary.length / width));
  for (let i = 0; i < signature.length; i++) {
    const low = binary.charCodeAt(i * width);
    signature[i] = bits === 16 ? low | (binary.charCodeAt(i * width + 1) << 8) : low;
  }
  return signature;
}
