import type { Normalized, TacticHit } from './types.ts';
import { evidenceOf } from './normalize.ts';
import { findLinks, type LinkSpan } from './links.ts';
import { TACTIC_TABLE } from './tactic-patterns.ts';

export { TACTIC_TABLE } from './tactic-patterns.ts';

export const TACTIC_IDS: ReadonlyArray<string> = TACTIC_TABLE.map((row) => row.id);

const withApostrophes = (p: string): string => p.replaceAll("'", "['’]");
const SOURCES = TACTIC_TABLE.map((row) => row.patterns.map((p) => `(?:${withApostrophes(p)})`).join('|'));

/** Top-level alternatives of a pattern source (splits on "|" outside groups and classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** A sequence split into its elements (atom plus any quantifier): "(?:a|b)c?" → ["(?:a|b)", "c?"]. */
function elements(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '[') {
      for (i++; source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
    } else if (c === '(') {
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const d = source[i];
        if (d === '\\') i++;
        else if (inClass) inClass = d !== ']';
        else if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      i++;
    } else i++;
    if (source[i] === '?' || source[i] === '*' || source[i] === '+') i++;
    else if (source[i] === '{') i = source.indexOf('}', i) + 1;
    if (source[i] === '?') i++;
    out.push(source.slice(start, i));
  }
  return out;
}

/**
 * An alternative as [first character, rest] pairs, expanding a leading group or optional part: "(?:came|stumbled) x" →
 * [["c", "ame x"], ["s", "tumbled x"]], "(?:just )?x" → [["j", "ust x"], ["x", ""]]. [null, alternative] when it does
 * not start with one plain character.
 */
function heads(alternative: string): Array<[string | null, string]> {
  const [first = '', ...rest] = elements(alternative);
  const tail = rest.join('');
  const optional = first.endsWith('?') ? first.slice(0, -1) : null;
  if (optional !== null && (optional.endsWith(')') || /^(?:[^\\]|\\.)$/.test(optional))) {
    return [...heads(optional + tail), ...heads(tail)];
  }
  if (first.startsWith('(?:') && first.endsWith(')')) return alternatives(first.slice(3, -1)).flatMap((a) => heads(a + tail));
  if (/^(?:[^\\^$.|?*+()[\]{}]|\\[^a-zA-Z0-9])$/.test(first)) return [[first, tail]];
  return [[null, alternative]];
}

/** The same alternatives grouped by first character, "c(?:ame x|…)|s(?:tumbled x|…)|…": an equivalent regex. */
function byFirstCharacter(alts: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const other: string[] = [];
  for (const alternative of alts) {
    for (const [head, tail] of heads(alternative)) {
      if (head === null) other.push(tail);
      else if (groups.has(head)) groups.get(head)!.push(tail);
      else groups.set(head, [tail]);
    }
  }
  return [...[...groups].map(([head, tails]) => `${head}(?:${tails.join('|')})`), ...other].join('|');
}

/** The source without its word-boundary assertions: a regex that matches wherever the original does, and more. */
function withoutWordBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (inClass || source[i + 1] !== 'b') out += c + (source[i + 1] ?? '');
      i++;
    } else {
      if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      out += c;
    }
  }
  return out;
}

// One scan for all tactics finds candidate positions, then a sticky check per tactic decides at each. Alternatives
// that start at a word boundary share one leading \b, and are grouped by first character so the regex engine tries a
// few dozen first-character checks per position instead of every alternative (about 3x faster on the DM corpus).
// The scan drops every other \b (the sticky checks keep theirs): they tripled its compile time, which a fresh MV3
// worker pays in its first batch (Chromium worker, compile and first runs: 88 → 62 ms; Node, compile: 124 → 44 ms).
const BOUNDED: string[] = [];
const FREE: string[] = [];
for (const row of TACTIC_TABLE) {
  const alts = row.patterns.flatMap((p) => alternatives(withApostrophes(p)));
  const bounded = alts.filter((a) => a.startsWith('\\b')).map((a) => withoutWordBoundaries(a.slice(2)));
  const free = alts.filter((a) => !a.startsWith('\\b')).map(withoutWordBoundaries);
  BOUNDED.push(...bounded);
  FREE.push(...free);
}
const COMBINED = new RegExp(`\\b(?:${byFirstCharacter(BOUNDED)})|${FREE.join('|')}`, 'g');
const STICKY = SOURCES.map((s) => new RegExp(s, 'y'));
// Characters each tactic's match can start with (null: not known), so a hit only runs the patterns that can match there.
const FIRST_UNITS: ReadonlyArray<ReadonlySet<number> | null> = TACTIC_TABLE.map((row) => {
  const units = new Set<number>();
  for (const alternative of row.patterns.flatMap((p) => alternatives(withApostrophes(p)))) {
    for (const [head] of heads(alternative.startsWith('\\b') ? alternative.slice(2) : alternative)) {
      if (head === null) return null;
      units.add(head.charCodeAt(head.length - 1)); // "c", or "$" from "\\$"
    }
  }
  return units;
});
const LINK_DROP = TACTIC_IDS.indexOf('link-drop');

/**
 * Tactics found in a normalised message, in table order, each with the exact original text of its first match as
 * evidence. Same result as running each tactic's pattern on its own, in one pass over the text.
 */
export function findTactics(n: Normalized, links: readonly LinkSpan[] = findLinks(n.text)): TacticHit[] {
  const text = n.folded;
  const found: Array<[number, number] | undefined> = new Array(SOURCES.length);
  let remaining = SOURCES.length;
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(text); m && remaining > 0; m = COMBINED.exec(text)) {
    const at = m.index;
    const unit = text.charCodeAt(at);
    // Each unfound tactic's own pattern decides at `at` (a sticky exec), so results equal per-tactic scans.
    for (let t = 0; t < SOURCES.length; t++) {
      if (found[t] || FIRST_UNITS[t]?.has(unit) === false) continue;
      const sticky = STICKY[t]!;
      sticky.lastIndex = at;
      const length = sticky.exec(text)?.[0].length ?? 0;
      if (length > 0) {
        found[t] = [at, at + length];
        remaining--;
      }
    }
    COMBINED.lastIndex = at + 1;
  }
  if (!found[LINK_DROP] && links.length > 0) found[LINK_DROP] = [links[0]!.start, links[0]!.end];
  const hits: TacticHit[] = [];
  for (let t = 0; t < found.length; t++) {
    const span = found[t];
    if (span) hits.push({ id: TACTIC_IDS[t]!, evidence: evidenceOf(n, span[0], span[1]) });
  }
  return hits;
}
