import type { Normalized, ObfuscationCounts } from './types.ts';
import { isDefaultIgnorable, SCRIPT_LOOKALIKES } from './confusables.ts';
import {
  ALNUM,
  classAt,
  classBefore,
  isEmojiGlue,
  isMarkCodePoint,
  LETTER,
  MARK,
  mapCluster,
  stringFromUnits,
  unitLength,
} from './char-class.ts';

// Joined only as a pair when neither is an everyday one-letter word ("a", "I", "o", "y", "e", "u").
const SINGLE_LETTER_WORDS = new Set([...'aioeyuàé'].map((c) => c.charCodeAt(0)));
const LEET = new Map([...'0o1i3e4a5s7t@a$s'.matchAll(/(.)(.)/g)].map((m) => [m[1]!.charCodeAt(0), m[2]!.charCodeAt(0)]));
const SCRIPT_MAP = new Map(Object.entries(SCRIPT_LOOKALIKES).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const SPACE = 32;
const TAB = 9;

const isCyrillicOrGreek = (u: number): boolean => (u >= 0x370 && u <= 0x52f) || (u >= 0x1f00 && u <= 0x1fff);

type UnitArray = Uint16Array | number[];
type OffsetArray = Int32Array | number[];

interface Units {
  units: UnitArray;
  offs: OffsetArray;
  sawScript: boolean;
  /** Every unit is the lower-cased original unit at the same index (plain ASCII input). */
  identity: boolean;
}

// Reused buffers for mapClusters: allocating typed arrays per message cost more than the mapping itself. A huge
// message gets its own buffers, so one 1 MB paste does not stay allocated.
const SCRATCH_MAX = 1 << 15;
let scratchUnits = new Uint16Array(1024);
let scratchOffs = new Int32Array(1024);

/** Step 1: NFKC per base-plus-marks cluster, drop default-ignorables, lower-case, map Latin look-alikes. */
function mapClusters(original: string, counts: ObfuscationCounts): Units {
  const n = original.length;
  let capacity = n + 16;
  if (capacity <= SCRATCH_MAX && scratchUnits.length < capacity) {
    scratchUnits = new Uint16Array(2 * capacity);
    scratchOffs = new Int32Array(2 * capacity);
  }
  let units = capacity <= SCRATCH_MAX ? scratchUnits : new Uint16Array(capacity);
  let offs = capacity <= SCRATCH_MAX ? scratchOffs : new Int32Array(capacity);
  capacity = units.length;
  let length = 0;
  let sawScript = false;
  let identity = true;
  let prevBase = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = original.charCodeAt(i);
    // Fast path, no bounds check needed: one unit in, at most one unit out, and capacity exceeds n.
    if (c < 0x80 && (i + 1 >= n || original.charCodeAt(i + 1) < 0x300)) {
      units[length] = c >= 65 && c <= 90 ? c + 32 : c;
      offs[length++] = start;
      prevBase = c;
      i++;
      continue;
    }
    identity = false;
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (isDefaultIgnorable(cp)) {
      if (!isEmojiGlue(cp, prevBase)) counts.ignorables++;
      continue;
    }
    // Gather combining marks (skipping ignorables between them) so NFKC can compose "e\u0301" into "é".
    let cluster = String.fromCodePoint(cp);
    while (i < n) {
      const next = original.codePointAt(i)!;
      if (isMarkCodePoint(next)) cluster += String.fromCodePoint(next);
      else if (isDefaultIgnorable(next)) {
        if (!isEmojiGlue(next, cp)) counts.ignorables++;
      } else break;
      i += next > 0xffff ? 2 : 1;
    }
    prevBase = cp;
    const mapped = mapCluster(cluster, cp);
    if (mapped.homoglyph) counts.homoglyphs++;
    // A mapping can be longer than its cluster ("ﬁ" → "fi"): grow by doubling, keeping room for the rest of the text.
    if (length + mapped.text.length + (n - i) > capacity) {
      capacity = 2 * (length + mapped.text.length + (n - i));
      const grownUnits = new Uint16Array(capacity);
      grownUnits.set(units.subarray(0, length));
      units = grownUnits;
      const grownOffs = new Int32Array(capacity);
      grownOffs.set(offs.subarray(0, length));
      offs = grownOffs;
    }
    for (let k = 0; k < mapped.text.length; k++) {
      const u = mapped.text.charCodeAt(k);
      if (isCyrillicOrGreek(u)) sawScript = true;
      units[length] = u;
      offs[length++] = start;
    }
  }
  return { units: units.subarray(0, length), offs: offs.subarray(0, length), sawScript, identity };
}

const isAsciiAlnum = (u: number): boolean => (u >= 97 && u <= 122) || (u >= 48 && u <= 57) || (u >= 65 && u <= 90);

/** End of the single-letter word (letter plus its marks) starting at j, or -1 if none starts there. */
function singleLetterEnd(units: UnitArray, j: number): number {
  if (!(classAt(units, j) & LETTER) || classBefore(units, j) & ALNUM) return -1;
  let end = j + unitLength(units, j);
  while (end < units.length && classAt(units, end) & MARK) end += unitLength(units, end);
  return classAt(units, end) & ALNUM ? -1 : end;
}

/** Step 2: "d e m o" → "demo"; returns a drop-mask so offsets stay aligned. */
function joinSpacedLetters(units: UnitArray, counts: ObfuscationCounts): Uint8Array | null {
  let drop: Uint8Array | null = null;
  let j = 0;
  while (j < units.length) {
    // No single-letter word starts inside a run of two or more ASCII letters or digits: skip the run whole.
    if (isAsciiAlnum(units[j]!) && j + 1 < units.length && isAsciiAlnum(units[j + 1]!)) {
      for (j += 2; j < units.length && isAsciiAlnum(units[j]!); ) j++;
      continue;
    }
    const firstEnd = singleLetterEnd(units, j);
    if (firstEnd < 0) {
      j++;
      continue;
    }
    // Only the first two letters and the last matter: no per-letter allocation on a 1 MB run.
    let count = 1;
    let [firstStart, joinFrom, secondStart, secondEnd, lastStart, lastEnd] = [j, firstEnd, -1, -1, j, firstEnd];
    for (;;) {
      let gap = lastEnd;
      while (gap < units.length && gap - lastEnd < 4 && (units[gap] === SPACE || units[gap] === TAB)) gap++;
      if (gap === lastEnd || gap - lastEnd > 3) break;
      const end = singleLetterEnd(units, gap);
      if (end < 0) break;
      if (++count === 2) [secondStart, secondEnd] = [gap, end];
      [lastStart, lastEnd] = [gap, end];
    }
    // "a d e m o": the leading everyday word keeps its space when the rest still spells a run.
    if (count >= 4 && SINGLE_LETTER_WORDS.has(units[firstStart]!)) {
      [firstStart, joinFrom] = [secondStart, secondEnd];
      count--;
    }
    const pairOk = count === 2 && !SINGLE_LETTER_WORDS.has(units[firstStart]!) && !SINGLE_LETTER_WORDS.has(units[lastStart]!);
    if (count >= 3 || pairOk) {
      drop ??= new Uint8Array(units.length);
      for (let p = joinFrom; p < lastStart; p++) if (units[p] === SPACE || units[p] === TAB) drop[p] = 1;
      counts.spaced++;
    }
    j = lastEnd;
  }
  return drop;
}

/** Step 3: Cyrillic/Greek look-alikes become Latin inside Latin words, or everywhere when no unmistakable Cyrillic/Greek letter exists. */
function mapScriptLookalikes(input: Units, counts: ObfuscationCounts): Units {
  const { units, offs } = input;
  let unmistakable = 0;
  for (let j = 0; j < units.length; j++) {
    const u = units[j]!;
    if (isCyrillicOrGreek(u) && !SCRIPT_MAP.has(u) && classAt(units, j) & LETTER) unmistakable++;
  }
  let composeFrom: number[] | null = null;
  let j = 0;
  while (j < units.length) {
    if (!(classAt(units, j) & LETTER)) {
      j++;
      continue;
    }
    const start = j;
    let hasLatin = false;
    let hasLookalike = false;
    while (j < units.length && classAt(units, j) & (LETTER | MARK)) {
      const u = units[j]!;
      if (u >= 97 && u <= 122) hasLatin = true;
      else if (SCRIPT_MAP.has(u)) hasLookalike = true;
      j += unitLength(units, j);
    }
    if (!hasLookalike || !(hasLatin || unmistakable === 0)) continue;
    for (let k = start; k < j; k++) {
      const latin = SCRIPT_MAP.get(units[k]!);
      if (latin === undefined) continue;
      units[k] = latin;
      counts.homoglyphs++;
      if (k + 1 < j && classAt(units, k + 1) & MARK) (composeFrom ??= []).push(k);
    }
  }
  if (!composeFrom) return input;
  // A mapped letter followed by marks may now compose ("о\u0302" → "ô"), as the next normalisation would.
  const outUnits: number[] = [];
  const outOffs: number[] = [];
  let next = 0;
  for (const k of composeFrom) {
    for (; next < k; next++) {
      outUnits.push(units[next]!);
      outOffs.push(offs[next]!);
    }
    let end = k + 1;
    while (end < units.length && classAt(units, end) & MARK) end += unitLength(units, end);
    const composed = stringFromUnits(Array.from(units.slice(k, end))).normalize('NFKC');
    for (let u = 0; u < composed.length; u++) {
      outUnits.push(composed.charCodeAt(u));
      outOffs.push(offs[k]!);
    }
    next = end;
  }
  for (; next < units.length; next++) {
    outUnits.push(units[next]!);
    outOffs.push(offs[next]!);
  }
  return { units: outUnits, offs: outOffs, sawScript: true, identity: false };
}

const isFoldable = (u: number): boolean => (u >= 97 && u <= 122) || (u >= 48 && u <= 57) || u === 64 || u === 36;

// "21st", "5k", "24hrs", "$40", "3x": a number with up to three letters of unit is not leet.
function isQuantity(units: UnitArray, from: number, to: number): boolean {
  let p = from;
  if (units[p] === 36) p++;
  const digitsFrom = p;
  while (p < to && units[p]! >= 48 && units[p]! <= 57) p++;
  for (let k = p; k < to; k++) if (units[k]! < 97 || units[k]! > 122) return false;
  return p > digitsFrom && to - p <= 3;
}

/** Leet folding for features ("$1gn4l$" → "signals"): same length as the text, so offsets apply to it unchanged. */
function foldLeetUnits(units: UnitArray, counts?: ObfuscationCounts): UnitArray | null {
  let folded: UnitArray | null = null;
  let j = 0;
  while (j < units.length) {
    if (!isFoldable(units[j]!)) {
      j++;
      continue;
    }
    const start = j;
    let letters = false;
    let leet = false;
    for (; j < units.length && isFoldable(units[j]!); j++) {
      if (units[j]! >= 97) letters = true;
      else if (LEET.has(units[j]!)) leet = true;
    }
    if (!letters || !leet || isQuantity(units, start, j)) continue;
    folded ??= units.slice();
    for (let k = start; k < j; k++) folded[k] = LEET.get(units[k]!) ?? units[k]!;
    if (counts) counts.leet++;
  }
  return folded;
}

export function foldLeet(text: string): string {
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const folded = foldLeetUnits(units);
  return folded ? stringFromUnits(folded) : text;
}

export function normalize(original: string): Normalized {
  const obfuscation: ObfuscationCounts = { ignorables: 0, homoglyphs: 0, spaced: 0, leet: 0 };
  let mapped = mapClusters(original, obfuscation);
  // Join spaced letters first: a joined word's script context ("ж е a" → "жеa") is what the mapping should see.
  const drop = joinSpacedLetters(mapped.units, obfuscation);
  if (drop) {
    let kept = 0;
    for (let j = 0; j < drop.length; j++) if (!drop[j]) kept++;
    const units = new Uint16Array(kept);
    const offs = new Int32Array(kept);
    for (let j = 0, k = 0; j < drop.length; j++) {
      if (drop[j]) continue;
      units[k] = mapped.units[j]!;
      offs[k++] = mapped.offs[j]!;
    }
    mapped = { units, offs, sawScript: mapped.sawScript, identity: false };
  }
  if (mapped.sawScript) mapped = mapScriptLookalikes(mapped, obfuscation);
  const folded = foldLeetUnits(mapped.units, obfuscation);
  // Plain ASCII input with nothing joined is its own lower-case, each unit at its own offset.
  const text = mapped.identity ? original.toLowerCase() : stringFromUnits(mapped.units);
  const offsets = new Array<number>(mapped.units.length + 1);
  if (mapped.identity) for (let j = 0; j < mapped.units.length; j++) offsets[j] = j;
  else for (let j = 0; j < mapped.units.length; j++) offsets[j] = mapped.offs[j]!;
  offsets[mapped.units.length] = original.length;
  return { original, text, folded: folded ? stringFromUnits(folded) : text, offsets, obfuscation };
}

/** Exact span of `original` behind text[start, end), trimmed of trailing space and invisible characters. */
export function sourceSpan(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) return [n.offsets[start] ?? n.original.length, n.offsets[start] ?? n.original.length];
  const from = n.offsets[start]!;
  const last = n.offsets[end - 1]!;
  let to = n.original.length;
  for (let k = end; k < n.offsets.length; k++) {
    if (n.offsets[k]! > last) {
      to = n.offsets[k]!;
      break;
    }
  }
  while (to > last + 1) {
    const code = n.original.charCodeAt(to - 1);
    const prev = to >= 2 ? n.original.codePointAt(to - 2)! : 0;
    if (code >= 0xdc00 && code <= 0xdfff && prev > 0xffff && isDefaultIgnorable(prev)) to -= 2;
    else if (/\s/.test(n.original[to - 1]!) || isDefaultIgnorable(code)) to--;
    else break;
  }
  return [from, to];
}

/** The exact substring of the original text behind text[start, end). */
export function evidenceOf(n: Normalized, start: number, end: number): string {
  const [from, to] = sourceSpan(n, start, end);
  return n.original.slice(from, to);
}
