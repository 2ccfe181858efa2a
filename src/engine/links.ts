import type { Normalized } from './types.ts';

export type LinkKind = 'url' | 'shortener' | 'messenger' | 'booking';

export interface LinkSpan {
  /** Span in `Normalized.text`. */
  start: number;
  end: number;
  /** Host with defanging undone ("site[.]com" → "site.com"). */
  host: string;
  kind: LinkKind;
  defanged: boolean;
}

const SHORTENERS = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'buff.ly', 'is.gd', 'cutt.ly', 'rebrand.ly', 'lnkd.in',
  'linktr.ee', 'shorturl.at', 'rb.gy', 'tiny.cc', 'bl.ink', 's.id', 'v.gd', 'tr.im', 'shorte.st', 'adf.ly', 'bitly.com',
]);
const MESSENGERS = new Set(['wa.me', 't.me', 'chat.whatsapp.com', 'telegram.me', 'm.me', 'signal.me']);
const BOOKING = new Set(['calendly.com', 'cal.com', 'zcal.co', 'savvycal.com', 'tidycal.com', 'meetings.hubspot.com']);

// Bare "word.tld" counts as a link only for TLDs that are rarely a typo'd sentence end ("ok.so", "call.me").
const STRONG_TLD =
  'com|net|org|io|ai|xyz|info|biz|link|site|online|club|shop|store|app|dev|page|live|top|vip|ly|gl|gd|ee|cc|tv|ru|cn|click|pro|cash|finance|money|digital|agency|media|global|world|tech|academy|coach';
const WEAK_TLD = 'co|me|in|to|us|uk|de|fr|es|pt|br|mx|ca|au|eu|it|nl|so|sh|im|li|at|ch|gg|id|ws';
// A dot, or a defanged one: "[.]", "(.)", "{.}", "[dot]", "(dot)", " dot ".
const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)| dot )`;
const LABEL = '[a-z0-9][a-z0-9-]{0,62}';
const PATH = String.raw`(?:\/[^\s<>"'()]*)?`;

const LINK_PATTERNS: ReadonlyArray<RegExp> = [
  new RegExp(String.raw`\b(?:h(?:tt|xx)ps?|ftp)(?::|\[:\])\/\/[^\s<>"']+`, 'g'),
  new RegExp(String.raw`\bwww${DOT}[^\s<>"']+`, 'g'),
  new RegExp(String.raw`(?<![@\w.-])${LABEL}(?:${DOT}${LABEL}){0,4}${DOT}(?:${STRONG_TLD})\b${PATH}`, 'g'),
  new RegExp(String.raw`(?<![@\w.-])${LABEL}(?:${DOT}${LABEL}){0,4}${DOT}(?:${WEAK_TLD})(?:\/[^\s<>"'()]*|\b)`, 'g'),
];
const DEFANG = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)| dot |hxxp|\[:\]/;
// Cheap gate: every link form has a dot between word characters, a defanged dot, or a scheme.
const MAYBE_LINK = /[a-z0-9-]\.[a-z0-9]|\[\.\]|\(\.\)|\{\.\}|dot|:\/\/|\[:\]/;
const TRAILING_PUNCT = /[.,;:!?)\]}'"»…]+$/;

function hostOf(link: string): string {
  const plain = link
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)| dot /g, '.')
    .replace(/^h(?:tt|xx)ps?(?::|\[:\])\/\/|^ftp(?::|\[:\])\/\//, '');
  return plain.split(/[/?#]/, 1)[0]!.replace(/^www\./, '');
}

function kindOf(host: string): LinkKind {
  if (SHORTENERS.has(host)) return 'shortener';
  if (MESSENGERS.has(host)) return 'messenger';
  if (BOOKING.has(host) || host.endsWith('.calendly.com')) return 'booking';
  return 'url';
}

/** Links in the normalised text, including defanged ones (`hxxps://`, `site[.]com`, `example dot com`, `wa(.)me`). */
export function findLinks(text: string): LinkSpan[] {
  if (!MAYBE_LINK.test(text)) return [];
  const spans: LinkSpan[] = [];
  for (const [index, pattern] of LINK_PATTERNS.entries()) {
    // Spans kept so far never overlap, so sorted by start they are sorted by end too; this pattern's matches come
    // in increasing order (and never overlap each other), so one pointer finds the only span each could overlap.
    // Checking every earlier span instead was quadratic on a text made of thousands of links.
    const earlier = spans.slice().sort((a, b) => a.start - b.start);
    let next = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const raw = m[0].replace(TRAILING_PUNCT, '');
      const start = m.index;
      const end = start + raw.length;
      while (next < earlier.length && earlier[next]!.end <= start) next++;
      if (next < earlier.length && earlier[next]!.start < end) continue;
      const host = hostOf(raw);
      const kind = kindOf(host);
      // A weak-TLD bare word ("ok.so") needs a path or a known host to count.
      if (index === 3 && !raw.includes('/') && kind === 'url' && !DEFANG.test(raw)) continue;
      spans.push({ start, end, host, kind, defanged: DEFANG.test(raw) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Links of a normalised message. */
export function linksOf(n: Normalized): LinkSpan[] {
  return findLinks(n.text);
}
