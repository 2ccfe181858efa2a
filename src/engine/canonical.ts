// Canonical tokens of a message for echo fingerprints: links, e-mails, handles and numbers flattened, the greeting and
// sign-off (with the names that follow them) dropped. The link, e-mail and sign-off steps are hand-written scanners,
// equal to the regexes in canonical.test.ts but linear-time: those regexes backtrack quadratically on long runs.
import { boundedCache } from './char-class.ts';

// Openers and sign-offs in the corpus languages (en, es, fr, de, pt, it, nl, hi), with the name that follows them.
const GREETING_WORDS =
  'hi|hii+|hey+|heya|hello|hallo|hiya|dear|greetings|howdy|yo|good\\s+(?:morning|afternoon|evening|day)|hola|buen[oa]s(?:\\s+(?:días|dias|tardes|noches))?|qu[ée]\\s+tal|bonjour|bonsoir|salut|guten\\s+(?:tag|morgen)|servus|moin|ol[áa]|oi|bom\\s+dia|boa\\s+tarde|e\\s+a[íi]|ciao|buongiorno|buonasera|salve|namaste|hoi|goedemorgen|beste';
const GREETING = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${GREETING_WORDS})(?![\\p{L}])(?:(?:\\s+there)?[^\\n,.!?:;—–-]{0,40}?[\\n,.!?:;—–-]+|\\s+[\\p{L}\\p{M}]+)`,
  'u',
);
// Each sign-off alternative on its own (optional parts expanded), so every place a sign-off can end is tried.
const SIGN_OFFS = [
  'best\\s+regards', 'best\\s+wishes', 'best', 'kind\\s+regards', 'warmest\\s+regards', 'warm\\s+regards', 'regards', 'cheers',
  'thanks\\s+again', 'thanks', 'thank\\s+you', 'many\\s+thanks', 'sincerely', 'talk\\s+soon', 'speak\\s+soon', 'take\\s+care',
  'all\\s+the\\s+best', 'warmly', 'looking\\s+forward', 'saludos', 'un\\s+abrazo', 'gracias', 'cordialement', 'bien\\s+à\\s+vous',
  'merci', 'bises', 'viele\\s+grüße', 'grüße', 'lg', 'danke', 'abra[çc]os', 'abra[çc]o', 'atenciosamente', 'obrigad[oa]', 'grazie',
  'saluti', 'un\\s+saluto', 'groetjes', 'bedankt',
];
const SIGN_OFF_BY_FIRST = new Map<number, RegExp[]>();
for (const word of SIGN_OFFS) {
  const first = word.charCodeAt(0);
  const list = SIGN_OFF_BY_FIRST.get(first) ?? [];
  list.push(new RegExp(`(?:${word})(?![\\p{L}])`, 'uy'));
  SIGN_OFF_BY_FIRST.set(first, list);
}
const ANY_SIGN_OFF = new RegExp(SIGN_OFFS.join('|'), 'gu');
const HANDLE = /@[\p{L}\p{N}_]+/gu;
const APOSTROPHES = /[’‘`´']/gu;
const URL_HINT = /https?:\/\/|www\.|\.(?:com|io|ai|co|net|org|ly|me|app|dev)/;
const TLDS = ['com', 'io', 'ai', 'co', 'net', 'org', 'ly', 'me', 'app', 'dev'];

// Function words of the corpus languages: a swapped article or pronoun should not change the fingerprint.
const STOPWORDS = new Set(
  (
    'a an the and or but if so of to in on at by for with from as into about than then that this these those it its ' +
    'is am are was were be been being do does did have has had will would can could shall should may might must ' +
    'i me my we our us you your yours he she they them their his her im ive id ill youre youve weve were theyre ' +
    'just very really also too there here what which who whom whose when where why how all any some no not ' +
    'de la que el en y los se del las un una por con para es al lo como más mas pero su sus le ya o te tu mi ' +
    'les des du et à est qui pas ne au aux ce ces dans sur avec vous nous je il elle ' +
    'der die das und ist zu den dem ein eine einen mit von für auf nicht ich du sie wir es im ' +
    'os as do da dos das em um uma com não se no na é você voce ' +
    'il lo gli di della è per che su ti ' +
    'het een van op dat voor met niet ik je u'
  ).split(' '),
);

const STOPWORD_MAX = Math.max(...[...STOPWORDS].map((word) => word.length));
// Stop words in a small open-addressing table keyed by FNV-1a of their units: a token is checked in place, never
// sliced out only to be dropped, and with no Map or Set look-up per token.
const STOPWORD_LIST = [...STOPWORDS];
const STOPWORD_MASK = 1023;
const STOPWORD_SLOTS = new Int32Array(STOPWORD_MASK + 1).fill(-1);

function unitsHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

STOPWORD_LIST.forEach((word, k) => {
  let slot = unitsHash(word, 0, word.length) & STOPWORD_MASK;
  while (STOPWORD_SLOTS[slot] !== -1) slot = (slot + 1) & STOPWORD_MASK;
  STOPWORD_SLOTS[slot] = k;
});

function isStopwordAt(s: string, start: number, end: number): boolean {
  if (end - start > STOPWORD_MAX) return false;
  for (let slot = unitsHash(s, start, end) & STOPWORD_MASK; STOPWORD_SLOTS[slot] !== -1; slot = (slot + 1) & STOPWORD_MASK) {
    const word = STOPWORD_LIST[STOPWORD_SLOTS[slot]!]!;
    if (word.length === end - start && s.startsWith(word, start)) return true;
  }
  return false;
}

// Code point classes for the scanners (regex semantics under the u flag), cached for the BMP; bit 0x80 = computed.
const SPACE = 1; // \s
const PUNCT = 2; // \p{P} or \p{S}
const LETTER = 4; // \p{L}
const MARK = 8; // \p{M}
// 16 and 32 are taken by signOffStart's NAME and COMMA_SPACE.
const NUMBER = 64; // \p{N}
const SPACE_RE = /^\s$/u;
const PUNCT_RE = /^[\p{P}\p{S}]$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const NUMBER_RE = /^\p{N}$/u;
const bmpClass = new Uint8Array(0x10000);

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    (SPACE_RE.test(ch) ? SPACE : 0) |
    (PUNCT_RE.test(ch) ? PUNCT : 0) |
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (MARK_RE.test(ch) ? MARK : 0) |
    (NUMBER_RE.test(ch) ? NUMBER : 0)
  );
}

// Astral code points (emoji, mostly) are cached too, up to a bound: computing a class runs five regexes.
const astralClassOf = boundedCache(computeClass);

function classOf(cp: number): number {
  if (cp > 0xffff) return astralClassOf(cp);
  let c = bmpClass[cp]!;
  if (c === 0) bmpClass[cp] = c = 0x80 | computeClass(cp);
  return c & 0x7f;
}

/** Code point at i as the u flag reads it (a lone surrogate is its own code point). */
function codePointAt(s: string, i: number): number {
  // charCodeAt first: nearly every unit is a whole code point, and it is the cheaper call.
  const u = s.charCodeAt(i);
  return u >= 0xd800 && u <= 0xdbff ? s.codePointAt(i)! : u;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
// \b and \w under the u flag without i are ASCII.
const isWord = (u: number): boolean => (u >= 97 && u <= 122) || (u >= 65 && u <= 90) || (u >= 48 && u <= 57) || u === 95;
const isLabel = (u: number): boolean => (u >= 97 && u <= 122) || (u >= 48 && u <= 57) || u === 45;
const isSpaceUnit = (u: number): boolean => (classOf(u) & SPACE) !== 0;
const boundaryAt = (s: string, i: number): boolean => (i > 0 && isWord(s.charCodeAt(i - 1))) !== (i < s.length && isWord(s.charCodeAt(i)));

function nonSpaceEnd(s: string, i: number): number {
  while (i < s.length && !isSpaceUnit(s.charCodeAt(i))) i++;
  return i;
}

// Scratch for replaceUrls, grown on demand.
let tldEnds = new Int32Array(256);

/**
 * text.replace(/\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|…|dev)(?:\/\S*)?/gu, ' url ').
 * A dotted label chain is resolved once from the right (`tldEnd`), instead of once per start position.
 */
export function replaceUrls(s: string): string {
  if (!URL_HINT.test(s)) return s;
  const n = s.length;
  // tldEnd[q], q just past a label: end of the longest "(.label)*.tld" continuing from q, or -1.
  if (tldEnds.length < n + 1) tldEnds = new Int32Array(2 * n + 64);
  const tldEnd = tldEnds.fill(-1, 0, n + 1);
  for (let q = n - 2; q >= 1; q--) {
    if (s.charCodeAt(q) !== 46 || !isLabel(s.charCodeAt(q + 1)) || !isLabel(s.charCodeAt(q - 1))) continue;
    let next = q + 1;
    while (next < n && isLabel(s.charCodeAt(next))) next++;
    if (tldEnd[next]! >= 0) tldEnd[q] = tldEnd[next]!;
    else for (const tld of TLDS) if (s.startsWith(tld, q + 1)) {
      tldEnd[q] = q + 1 + tld.length;
      break;
    }
  }
  let out = '';
  let last = 0;
  let p = 0;
  let labelEnd = -1;
  while (p < n) {
    const u = s.charCodeAt(p);
    if (isLabel(u) && p >= labelEnd) {
      labelEnd = p;
      while (labelEnd < n && isLabel(s.charCodeAt(labelEnd))) labelEnd++;
    }
    if (boundaryAt(s, p)) {
      let end = -1;
      const scheme = s.startsWith('http://', p) ? 7 : s.startsWith('https://', p) ? 8 : s.startsWith('www.', p) ? 4 : 0;
      if (scheme > 0 && p + scheme < n && !isSpaceUnit(s.charCodeAt(p + scheme))) end = nonSpaceEnd(s, p + scheme);
      if (end < 0 && isLabel(u) && tldEnd[labelEnd]! >= 0) {
        end = tldEnd[labelEnd]!;
        if (s.charCodeAt(end) === 47) end = nonSpaceEnd(s, end + 1);
      }
      if (end > p) {
        out += s.slice(last, p) + ' url ';
        last = p = end;
        continue;
      }
    }
    p++;
  }
  return last === 0 ? s : out + s.slice(last);
}

/**
 * text.replace(/\b\S+@\S+\.\S+\b/gu, ' email '). A match never leaves a run of non-spaces and takes the run's last
 * usable "@", "." and word boundary (greedy \S+), so each run has at most one match, found in one pass.
 */
export function replaceEmails(s: string): string {
  if (!s.includes('@')) return s;
  const n = s.length;
  let out = '';
  let last = 0;
  for (let from = 0; from < n; ) {
    if (isSpaceUnit(s.charCodeAt(from))) {
      from++;
      continue;
    }
    const to = nonSpaceEnd(s, from);
    let e = -1;
    for (let i = to; i > from && e < 0; i--) if (boundaryAt(s, i)) e = i;
    let d = -1;
    for (let i = e - 2; i > from && d < 0; i--) if (s.charCodeAt(i) === 46) d = i;
    let a = -1;
    for (let i = d - 2; i > from && a < 0; i--) if (s.charCodeAt(i) === 64) a = i;
    let p = -1;
    for (let i = from; i < a && p < 0; i++) if (boundaryAt(s, i)) p = i;
    if (p >= 0) {
      out += s.slice(last, p) + ' email ';
      last = e;
    }
    from = to;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Scratch for signOffStart, grown on demand.
let okFrom = new Int32Array(256);
let okFromBefore = new Int32Array(256);
let classes = new Int32Array(256);
let runTo = new Int32Array(256);

const isDelimiter = (u: number): boolean => u === 10 || u === 46 || u === 33 || u === 63 || u === 44 || u === 59;
const isNamePunct = (u: number): boolean => u === 46 || u === 39 || u === 45;

/** Start of the code point that ends just before i (a lone surrogate is its own code point). */
function previousStart(s: string, i: number): number {
  const u = s.charCodeAt(i - 1);
  return u >= 0xdc00 && u <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
}

/** Where a sign-off could start at the earliest: six letter-bearing runs of [\p{L}\p{M}.'-] from the end, at most. */
function signOffWindow(s: string): number {
  let lettered = 0;
  let runEnd = -1;
  let hasLetter = false;
  for (let i = s.length; i > 0; ) {
    const at = previousStart(s, i);
    const cp = codePointAt(s, at);
    const c = classOf(cp);
    if (c & (LETTER | MARK) || isNamePunct(cp)) {
      if (runEnd < 0) {
        runEnd = i;
        hasLetter = false;
      }
      if (c & (LETTER | MARK)) hasLetter = true;
    } else if (runEnd >= 0) {
      if (hasLetter && ++lettered === 7) return runEnd;
      runEnd = -1;
    }
    i = at;
  }
  return hasLetter && runEnd >= 0 && lettered + 1 === 7 ? runEnd : 0;
}

/**
 * Where SIGN_OFF = /(?:^|[\n.!?,;])[\s\p{P}\p{S}]*(?:words)(?![\p{L}])(?:[\s,]+[\p{L}\p{M}.'-]+){0,3}[\s\p{P}\p{S}]*$/u
 * first matches, or -1. The tail after the sign-off word is solved once from the right (which positions can still
 * reach the end with k names left), so a run of punctuation is not rescanned from each of its characters; and only
 * the last few words are examined, since a sign-off with its names is at most six letter-bearing runs.
 */
export function signOffStart(s: string): number {
  const n = s.length;
  const earliest = signOffWindow(s);
  // Most messages have no sign-off word in their last words at all: one search settles them.
  ANY_SIGN_OFF.lastIndex = earliest;
  if (!ANY_SIGN_OFF.test(s)) return -1;
  // The [\s\p{P}\p{S}] run that ends at or after `earliest` may start before it: its delimiters count.
  let base = earliest;
  while (base > 0) {
    const at = previousStart(s, base);
    if (!(classOf(codePointAt(s, at)) & (SPACE | PUNCT))) break;
    base = at;
  }
  const m = n - base;
  if (okFrom.length < m + 2) {
    okFrom = new Int32Array(2 * m + 64);
    okFromBefore = new Int32Array(2 * m + 64);
    classes = new Int32Array(2 * m + 64);
    runTo = new Int32Array(2 * m + 64);
  }
  const [nextOk, nextOkPrev, cls, runEnd] = [okFrom, okFromBefore, classes, runTo];
  // Arrays are indexed from `base`. nextOk[x]: first code point boundary y ≥ x whose tail reaches the end (else m + 1).
  // cls[x]: class of the code point at base + x, with NAME for [\p{L}\p{M}.'-] and COMMA_SPACE for [\s,]; -1 inside a pair.
  const NAME = 16;
  const COMMA_SPACE = 32;
  let tailFrom = m;
  for (let x = 0; x < m; ) {
    const cp = codePointAt(s, base + x);
    let c = classOf(cp);
    if (c & (LETTER | MARK) || isNamePunct(cp)) c |= NAME;
    if (c & SPACE || cp === 44) c |= COMMA_SPACE;
    cls[x] = c;
    if (cp > 0xffff) cls[x + 1] = -1;
    x += width(cp);
    if (!(c & (SPACE | PUNCT))) tailFrom = x;
  }
  cls[m] = 0;
  runEnd[m] = m;
  for (let x = m - 1; x >= 0; x--) {
    const c = cls[x]!;
    if (c === -1) continue;
    const next = x + (cls[x + 1] === -1 ? 2 : 1);
    const same = next < m && (c & cls[next]! & (NAME | COMMA_SPACE)) !== 0;
    runEnd[x] = same ? runEnd[next]! : next;
  }
  // Depth 0: only [\s\p{P}\p{S}]* to the end; depth k allows k more "[\s,]+ name" groups before it.
  nextOk[m + 1] = m + 1;
  for (let x = m; x >= 0; x--) nextOk[x] = x >= tailFrom && cls[x] !== -1 ? x : nextOk[x + 1]!;
  for (let depth = 1; depth <= 3; depth++) {
    for (let x = 0; x <= m + 1; x++) nextOkPrev[x] = nextOk[x]!;
    for (let x = m; x >= 0; x--) {
      const c = cls[x]!;
      let ok = x >= tailFrom && c !== -1;
      if (!ok && c !== -1 && c & COMMA_SPACE) {
        const name = runEnd[x]!;
        if (name < m && cls[name]! & NAME) ok = nextOkPrev[name + (cls[name + 1] === -1 ? 2 : 1)]! <= runEnd[name]!;
      }
      nextOk[x] = ok ? x : nextOk[x + 1]!;
    }
  }
  // Each run of [\s\p{P}\p{S}] ends where the sign-off word must start; the match starts at ^ or at its first delimiter.
  for (let x = 0; x <= m; ) {
    const runStart = x;
    let delimiter = -1;
    while (x < m && cls[x]! & (SPACE | PUNCT)) {
      if (delimiter < 0 && isDelimiter(s.charCodeAt(base + x))) delimiter = base + x;
      x += cls[x + 1] === -1 ? 2 : 1;
    }
    const start = base + runStart === 0 ? 0 : delimiter;
    if (start >= 0 && base + x >= earliest && x < m && cls[x]! & LETTER) {
      for (const word of SIGN_OFF_BY_FIRST.get(s.charCodeAt(base + x)) ?? []) {
        word.lastIndex = base + x;
        // test() leaves lastIndex at the end of a sticky match, without allocating a match array.
        if (word.test(s) && nextOk[word.lastIndex - base] === word.lastIndex - base) return start;
      }
    }
    if (x >= m) break;
    while (x < m && !(cls[x] !== -1 && cls[x]! & (SPACE | PUNCT))) x++;
  }
  return -1;
}

const isNumberSeparator = (u: number): boolean => u === 46 || u === 44 || u === 58; // . , :

/** End of the run of \p{N} starting at i (i itself when there is none). */
function numberEnd(s: string, i: number): number {
  while (i < s.length) {
    const cp = codePointAt(s, i);
    if (!(classOf(cp) & NUMBER)) break;
    i += width(cp);
  }
  return i;
}

// Where a \p{N} can start: an ASCII digit, one of the Latin-1 ones, or anything from U+0660 on (astral ones start
// with a high surrogate). A native search skips the plain text between candidates.
const NUMBER_START = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\uffff]/g;

/** text.replace(/\p{N}+(?:[.,:]\p{N}+)*\/gu, '#'), checking only the candidates NUMBER_START finds. */
export function replaceNumbers(s: string): string {
  let out = '';
  let last = 0;
  NUMBER_START.lastIndex = 0;
  while (NUMBER_START.test(s)) {
    const i = NUMBER_START.lastIndex - 1;
    const cp = codePointAt(s, i);
    if (!(classOf(cp) & NUMBER)) {
      NUMBER_START.lastIndex = i + width(cp);
      continue;
    }
    // Greedy: the match takes every "[.,:] digits" that follows.
    let end = numberEnd(s, i);
    while (end + 1 < s.length && isNumberSeparator(s.charCodeAt(end)) && numberEnd(s, end + 1) > end + 1) end = numberEnd(s, end + 1);
    out += `${s.slice(last, i)}#`;
    last = NUMBER_START.lastIndex = end;
  }
  return last === 0 ? s : out + s.slice(last);
}

const isTokenChar = (cp: number): boolean => cp === 35 || (classOf(cp) & (LETTER | MARK)) !== 0;

/** Pushes the runs of [\p{L}\p{M}#] in `s` onto `out`, stop words left out when asked; returns how many runs there are. */
function scanTokens(s: string, dropStopwords: boolean, out: string[]): number {
  let count = 0;
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i);
    if (!isTokenChar(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    for (i += width(cp); i < s.length; ) {
      const next = codePointAt(s, i);
      if (!isTokenChar(next)) break;
      i += width(next);
    }
    count++;
    if (!dropStopwords || !isStopwordAt(s, start, i)) out.push(s.slice(start, i));
  }
  return count;
}

/** text.match(/[\p{L}\p{M}#]+/gu) ?? [], as one scan over the cached classes. */
export function tokensOf(s: string): string[] {
  const tokens: string[] = [];
  scanTokens(s, false, tokens);
  return tokens;
}

/** The words a template is made of: greeting + name, sign-off + name, emoji, punctuation, numbers and links flattened. */
export function canonicalTokensOf(normalizedText: string, dropStopwords: boolean): string[] {
  let text = normalizedText.toLowerCase().replace(APOSTROPHES, '');
  text = replaceEmails(replaceUrls(text));
  if (text.includes('@')) text = text.replace(HANDLE, ' ');
  text = replaceNumbers(text);
  const whole = text;
  text = text.replace(GREETING, ' ');
  for (let i = 0; i < 2; i++) {
    const at = signOffStart(text);
    // No sign-off now means none on the second try either: the text is unchanged.
    if (at < 0) break;
    text = `${text.slice(0, at)} `;
  }
  // "Thanks for connecting!" is all sign-off: a message must keep some words to be comparable at all.
  if (!dropStopwords) {
    const tokens = tokensOf(text);
    return tokens.length >= 3 ? tokens : tokensOf(whole);
  }
  // Without stop words unless that leaves fewer than three; the words are scanned once either way in the usual case.
  let kept: string[] = [];
  let source = text;
  if (scanTokens(text, true, kept) < 3) {
    source = whole;
    kept = [];
    scanTokens(whole, true, kept);
  }
  return kept.length >= 3 ? kept : tokensOf(source);
}
