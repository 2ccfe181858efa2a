// Character classes and per-cluster mapping for normalize.ts, cached so the hot loop works on code units.
import { enclosedLetter, isDefaultIgnorable, LATIN_LOOKALIKES } from './confusables.ts';

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const ALNUM = LETTER | MARK | NUMBER;

const LETTER_RE = /^\p{L}/u;
const MARK_RE = /^\p{M}/u;
const NUMBER_RE = /^\p{N}/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
// Ranges whose NFKC image is a plain letter only because someone dressed it up (math bold, full-width, circled).
const FANCY_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1d400, 0x1d7ff], [0xff00, 0xffef], [0x2460, 0x24ff], [0x1f100, 0x1f1ff], [0x2100, 0x214f],
];

// BMP class cache: bit 0x80 marks "computed".
const bmpClass = new Uint8Array(0x10000);

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (LETTER_RE.test(ch) ? LETTER : 0) | (MARK_RE.test(ch) ? MARK : 0) | (NUMBER_RE.test(ch) ? NUMBER : 0);
}

/** `compute` remembered for up to `max` code points: for astral ones (emoji, mostly), whose classes take regexes. */
export function boundedCache(compute: (cp: number) => number, max = 4096): (cp: number) => number {
  const cache = new Map<number, number>();
  return (cp) => {
    let c = cache.get(cp);
    if (c === undefined) {
      c = compute(cp);
      if (cache.size < max) cache.set(cp, c);
    }
    return c;
  };
}

const astralClassOf = boundedCache(computeClass);

export function classOfCodePoint(cp: number): number {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? LETTER : cp >= 48 && cp <= 57 ? NUMBER : 0;
  if (cp > 0xffff) return astralClassOf(cp);
  let c = bmpClass[cp]!;
  if (c === 0) {
    c = 0x80 | computeClass(cp);
    bmpClass[cp] = c;
  }
  return c & 7;
}

export const isHighSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
export const isLowSurrogate = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/** Class of the code point starting at units[i] (0 past the ends). */
export function classAt(units: ArrayLike<number>, i: number): number {
  if (i < 0 || i >= units.length) return 0;
  const u = units[i]!;
  if (isHighSurrogate(u) && i + 1 < units.length && isLowSurrogate(units[i + 1]!)) {
    return classOfCodePoint(((u - 0xd800) << 10) + (units[i + 1]! - 0xdc00) + 0x10000);
  }
  return classOfCodePoint(u);
}

/** Class of the code point ending just before units[i]. */
export function classBefore(units: ArrayLike<number>, i: number): number {
  if (i <= 0) return 0;
  const u = units[i - 1]!;
  return isLowSurrogate(u) && i >= 2 && isHighSurrogate(units[i - 2]!) ? classAt(units, i - 2) : classOfCodePoint(u);
}

/** Length in units of the code point at units[i]. */
export function unitLength(units: ArrayLike<number>, i: number): number {
  return isHighSurrogate(units[i]!) && i + 1 < units.length && isLowSurrogate(units[i + 1]!) ? 2 : 1;
}

export function isMarkCodePoint(cp: number): boolean {
  return cp >= 0x300 && (classOfCodePoint(cp) & MARK) !== 0;
}

function isFancy(cp: number): boolean {
  for (const [from, to] of FANCY_RANGES) if (cp >= from && cp <= to) return true;
  return false;
}

/** Emoji presentation selectors, joiners and flag tags belong to emoji; only elsewhere are they obfuscation. */
export function isEmojiGlue(cp: number, base: number): boolean {
  const emojiBase = base > 0xff ? PICTOGRAPHIC.test(String.fromCodePoint(base)) : false;
  if (cp === 0xfe0f || cp === 0xfe0e) return emojiBase || (base >= 0x23 && base <= 0x39) || base === 0x2a;
  if (cp === 0x200d) return emojiBase;
  if (cp >= 0xe0020 && cp <= 0xe007f) return base === 0x1f3f4 || (base >= 0xe0020 && base <= 0xe007f);
  return false;
}

export interface MappedCluster {
  text: string;
  homoglyph: boolean;
}

const clusterCache = new Map<string, MappedCluster>();
const CACHE_LIMIT = 8192;

function mapOnce(cluster: string): MappedCluster {
  let text = '';
  let homoglyph = false;
  for (const ch of cluster.normalize('NFKC')) {
    for (const low of ch.toLowerCase().normalize('NFKC')) {
      const cp = low.codePointAt(0)!;
      if (isDefaultIgnorable(cp)) continue;
      const latin = LATIN_LOOKALIKES[low] ?? enclosedLetter(cp);
      if (latin) homoglyph = true;
      text += latin ?? low;
    }
  }
  return { text, homoglyph };
}

/** NFKC, lower-case and Latin look-alike mapping of one base-plus-marks cluster, to a fixed point. */
export function mapCluster(cluster: string, base: number): MappedCluster {
  const cached = clusterCache.get(cluster);
  if (cached) return cached;
  let { text, homoglyph } = mapOnce(cluster);
  // Mapping can expose a new composition ("🅰\u0301" → "a\u0301" → "á"): repeat to a fixed point.
  for (let round = 0; round < 3; round++) {
    const again = mapOnce(text);
    if (again.text === text) break;
    text = again.text;
  }
  if (!homoglyph && isFancy(base) && /[a-z0-9]/.test(text)) homoglyph = true;
  const mapped = { text, homoglyph };
  if (clusterCache.size >= CACHE_LIMIT) clusterCache.clear();
  clusterCache.set(cluster, mapped);
  return mapped;
}

/** A string from code units, in chunks so huge inputs do not overflow the argument limit. */
export function stringFromUnits(units: Uint16Array | number[]): string {
  // apply() reads the array-like in place: copying it out first cost more than building the string.
  if (units.length <= 4096) return String.fromCharCode.apply(null, units as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 4096) parts.push(String.fromCharCode.apply(null, units.slice(i, i + 4096) as unknown as number[]));
  return parts.join('');
}
