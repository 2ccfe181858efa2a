import type { Normalized, TacticHit } from './types.ts';
import { findLinks, type LinkSpan } from './links.ts';
import { classOfCodePoint, LETTER, MARK, NUMBER } from './char-class.ts';
import { FEATURE_TEXT_LIMIT } from './tokenize.ts';

/** A sparse feature vector over hashed buckets; indices are unique. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export const DEFAULT_BUCKETS = 1 << 18;
const CHAR_MIN = 3;
const CHAR_MAX = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Namespace seeds keep word, bigram and char-gram hashes apart.
const NS_WORD = 0x9e3779b1;
const NS_BIGRAM = 0x85ebca77;
const NS_CHAR = 0xc2b2ae3d;
const NS_META = 0x27d4eb2f;

/** FNV-1a over UTF-16 units, seeded by a namespace. */
export function hashString(text: string, namespace = 0): number {
  let h = (FNV_OFFSET ^ namespace) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

// Buckets touched by one message: a bitmap over all buckets (32 KB for 2^18, so it stays in cache) answers "seen
// already?" with one load, and the touch list keeps first-touch order. The next message clears the bits through the
// list, so even a call that threw half-way leaves nothing behind.
let seen = new Uint32Array(DEFAULT_BUCKETS >>> 5);
let touched = new Int32Array(1024);
let touchedCount = 0;

function resetTouched(expected: number, buckets: number): void {
  for (let i = 0; i < touchedCount; i++) seen[touched[i]! >>> 5] = 0;
  touchedCount = 0;
  if (seen.length < (buckets + 31) >>> 5) seen = new Uint32Array((buckets + 31) >>> 5);
  if (touched.length < expected) touched = new Int32Array(expected);
}

/** Records bucket `index` (≥ 0) unless this message touched it already; returns whether it is new. */
function touch(index: number): boolean {
  const bit = 1 << (index & 31);
  const word = seen[index >>> 5]!;
  if (word & bit) return false;
  seen[index >>> 5] = word | bit;
  touched[touchedCount++] = index;
  return true;
}

// Output vectors are views into a shared slab: a fresh ArrayBuffer per message costs about a microsecond plus GC work,
// more than filling it. A slab is freed once none of its vectors is referenced.
const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

function carve(bytes: number): [ArrayBuffer, number] {
  if (bytes > SLAB_BYTES / 4) return [new ArrayBuffer(bytes), 0];
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  slabUsed += bytes;
  return [slab, slabUsed - bytes];
}

const LENGTH_EDGES: readonly number[] = [20, 60, 150, 400, 1000];

function bucketLabel(value: number, edges: readonly number[]): string {
  for (const edge of edges) if (value <= edge) return `<=${edge}`;
  return `>${edges[edges.length - 1]}`;
}

function capsRatioHigh(original: string): boolean {
  let upper = 0;
  let letters = 0;
  const end = Math.min(original.length, FEATURE_TEXT_LIMIT);
  for (let i = 0; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (!(c >= 97 && c <= 122)) continue;
    letters++;
  }
  return letters >= 10 && upper / letters > 0.4;
}

/** Names of the non-text features: tactic ids, obfuscation, links, length. Exposed for explanations and tests. */
export function metaFeatures(n: Normalized, tactics: readonly TacticHit[], links: readonly LinkSpan[] = findLinks(n.text)): string[] {
  const names: string[] = [];
  for (const hit of tactics) names.push(`t:${hit.id}`);
  names.push(`t:count:${Math.min(tactics.length, 4)}`);
  const o = n.obfuscation;
  if (o.ignorables) names.push('o:ignorables');
  if (o.homoglyphs) names.push('o:homoglyphs');
  if (o.spaced) names.push('o:spaced');
  if (o.leet) names.push('o:leet');
  if (o.ignorables + o.homoglyphs + o.spaced + o.leet > 0) names.push('o:any');
  for (const link of links) {
    names.push('l:any', `l:${link.kind}`, `h:${link.host}`);
    if (link.defanged) names.push('l:defanged');
  }
  names.push(`len:${bucketLabel(n.text.length, LENGTH_EDGES)}`);
  if (capsRatioHigh(n.original)) names.push('caps:high');
  return names;
}

const SPACE = 32;
const ZERO = 48;
const APOSTROPHES = new Set([39, 0x2019]);
const SYMBOL_TOKENS = new Set([...'$€£%!?'].map((c) => c.charCodeAt(0)));
let gramBuffer = new Uint16Array(FEATURE_TEXT_LIMIT + 2);

/**
 * Adds the word text[from, to) and, after a first word, its bigram with the previous one (whose hash state is
 * `prefix`); returns the state the next bigram continues from. One pass computes all three FNV hashes.
 */
function addWord(text: string, from: number, to: number, prefix: number, mask: number): number {
  let word = (FNV_OFFSET ^ NS_WORD) >>> 0;
  let bigram = prefix;
  let next = (FNV_OFFSET ^ NS_BIGRAM) >>> 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    word = Math.imul(word ^ c, FNV_PRIME);
    bigram = Math.imul(bigram ^ c, FNV_PRIME);
    next = Math.imul(next ^ c, FNV_PRIME);
  }
  touch(word & mask);
  if (prefix >= 0) touch(bigram & mask);
  return Math.imul(next ^ SPACE, FNV_PRIME) >>> 0;
}

function isWordUnit(u: number): boolean {
  if (u < 0x80) return (u >= 97 && u <= 122) || (u >= 48 && u <= 57) || (u >= 65 && u <= 90);
  return !(u >= 0xd800 && u <= 0xdfff) && (classOfCodePoint(u) & (LETTER | NUMBER | MARK)) !== 0;
}

const isSpace = (u: number): boolean =>
  u === SPACE || (u >= 9 && u <= 13) || u === 0xa0 || u === 0x85 || (u >= 0x2000 && u <= 0x200a) || u === 0x2028 || u === 0x2029 || u === 0x3000;

/**
 * Hashed features: word uni/bigrams (numbers longer than 3 digits as their shape, "#11") and char 3–5-grams
 * (whitespace collapsed, digits as "0") of `folded`, L2-normalised; plus meta features at 1 unless `meta: false`.
 */
export function extractFeatures(
  n: Normalized,
  tactics: readonly TacticHit[],
  buckets = DEFAULT_BUCKETS,
  options: { meta?: boolean; links?: readonly LinkSpan[] } = {},
): SparseVector {
  const mask = buckets - 1;
  const text = n.folded;
  const len = Math.min(text.length, FEATURE_TEXT_LIMIT);
  // At most: a word and a bigram per unit, three char grams per unit, and the meta features.
  resetTouched(5 * len + 64 + 8 * tactics.length + 8 * (options.links?.length ?? len), buckets);
  // Words and bigrams: FNV states continue from the previous word, so no token strings are built.
  let prefix = -1;
  for (let i = 0; i < len; ) {
    const u = text.charCodeAt(i);
    let from = i;
    let to: number;
    let shape: string | null = null;
    if (isWordUnit(u)) {
      let digits = true;
      for (; i < len; i++) {
        const c = text.charCodeAt(i);
        if (isWordUnit(c)) digits &&= c >= 48 && c <= 57;
        else if (!(APOSTROPHES.has(c) && i + 1 < len && i > from && isWordUnit(text.charCodeAt(i + 1)))) break;
      }
      to = i;
      if (digits && to - from > 3) shape = `#${to - from}`;
    } else if (SYMBOL_TOKENS.has(u)) {
      to = ++i;
    } else {
      i++;
      continue;
    }
    prefix = shape === null ? addWord(text, from, to, prefix, mask) : addWord(shape, 0, shape.length, prefix, mask);
  }
  // Char n-grams over " text " with whitespace runs collapsed and digits reduced to "0".
  if (gramBuffer.length < len + 2) gramBuffer = new Uint16Array(len + 2);
  const g = gramBuffer;
  let glen = 0;
  g[glen++] = SPACE;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (g[glen - 1] !== SPACE) g[glen++] = SPACE;
    } else g[glen++] = c >= 49 && c <= 57 ? ZERO : c;
  }
  if (g[glen - 1] !== SPACE) g[glen++] = SPACE;
  for (let i = 0; i + CHAR_MIN <= glen; i++) {
    let h = (FNV_OFFSET ^ NS_CHAR) >>> 0;
    const end = Math.min(glen, i + CHAR_MAX);
    for (let k = i; k < end; k++) {
      h = Math.imul(h ^ g[k]!, FNV_PRIME);
      if (k - i + 1 >= CHAR_MIN) touch((h ^ (k - i + 1)) & mask);
    }
  }
  const textCount = touchedCount;
  const scale = textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
  // Meta features are valued 1, text features scale; a meta feature in a text feature's bucket makes it 1.
  const upgraded: number[] = [];
  if (options.meta !== false) {
    const names = metaFeatures(n, tactics, options.links);
    if (touchedCount + names.length > touched.length) {
      const grown = new Int32Array(touchedCount + names.length);
      grown.set(touched.subarray(0, touchedCount));
      touched = grown;
    }
    for (const name of names) {
      const index = hashString(name, NS_META) & mask;
      // Rare: the bucket was touched before, by a text feature (value 1 from now on) or by another meta feature.
      if (!touch(index)) {
        const at = touched.subarray(0, touchedCount).indexOf(index);
        if (at < textCount) upgraded.push(at);
      }
    }
  }
  const [buffer, offset] = carve(touchedCount * 8);
  const indices = new Int32Array(buffer, offset, touchedCount);
  const values = new Float32Array(buffer, offset + touchedCount * 4, touchedCount);
  indices.set(touched.subarray(0, touchedCount));
  values.fill(scale, 0, textCount).fill(1, textCount);
  for (const at of upgraded) values[at] = 1;
  return { indices, values };
}
