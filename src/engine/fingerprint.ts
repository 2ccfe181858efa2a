// Near-duplicate fingerprints for short DMs: canonical tokens → shingles → MinHash signature → LSH bands.
// Input is already normalised (normalize.ts: NFKC, homoglyphs, zero-width, spaced letters, lower case, leet folded).

export interface FingerprintParams {
  /** Which shingles to hash: word k-grams, character n-grams over the canonical text, or both. */
  shingle: 'word' | 'char' | 'both';
  wordK: number;
  charN: number;
  /** Signature length (number of MinHash permutations). */
  hashes: number;
  /** Rows per LSH band; bands = hashes / rows. */
  rows: number;
  /** Bits kept per MinHash value (b-bit MinHash): 8 or 16. */
  bits: 8 | 16;
  /** Drop function words before shingling, so "I'd love to" and "I would love to" agree. */
  dropStopwords: boolean;
  /** Messages with fewer content words ("Thanks, will do!") are too short to be a template: empty signature. */
  minTokens: number;
}

/** Chosen by scripts/tune-echo.mjs on the corpus; see docs/echo-benchmarks.md. */
export const FINGERPRINT_PARAMS: Readonly<FingerprintParams> = Object.freeze({
  shingle: 'char',
  wordK: 2,
  charN: 4,
  hashes: 96,
  rows: 3,
  bits: 8,
  dropStopwords: true,
  minTokens: 5,
});

/** Similarity (estimated Jaccard of shingle sets) at or above which two messages share a template. */
export const ECHO_THRESHOLD = 0.3;

/** Names the tokeniser + parameters; persisted records carrying another version are refused. */
export function fingerprintVersion(params: FingerprintParams = FINGERPRINT_PARAMS): string {
  const { shingle, wordK, charN, hashes, rows, bits, dropStopwords, minTokens } = params;
  return `fp1:${shingle}:w${wordK}:c${charN}:h${hashes}:r${rows}:b${bits}:${dropStopwords ? 's' : 'k'}:m${minTokens}`;
}

export interface Fingerprint {
  /** b-bit MinHash values, one per permutation. */
  signature: Uint16Array;
  /** One 32-bit hash per LSH band, derived from the signature. */
  bands: Uint32Array;
}

// Openers and sign-offs in the corpus languages (en, es, fr, de, pt, it, nl, hi), with the name that follows them.
const GREETING_WORDS =
  'hi|hii+|hey+|heya|hello|hallo|hiya|dear|greetings|howdy|yo|good\\s+(?:morning|afternoon|evening|day)|hola|buen[oa]s(?:\\s+(?:días|dias|tardes|noches))?|qu[ée]\\s+tal|bonjour|bonsoir|salut|guten\\s+(?:tag|morgen)|servus|moin|ol[áa]|oi|bom\\s+dia|boa\\s+tarde|e\\s+a[íi]|ciao|buongiorno|buonasera|salve|namaste|hoi|goedemorgen|beste';
const GREETING = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${GREETING_WORDS})(?![\\p{L}])(?:(?:\\s+there)?[^\\n,.!?:;—–-]{0,40}?[\\n,.!?:;—–-]+|\\s+[\\p{L}\\p{M}]+)`,
  'u',
);
const SIGN_OFF_WORDS =
  'best(?:\\s+regards|\\s+wishes)?|kind\\s+regards|warm(?:est)?\\s+regards|regards|cheers|thanks(?:\\s+again)?|thank\\s+you|many\\s+thanks|sincerely|talk\\s+soon|speak\\s+soon|take\\s+care|all\\s+the\\s+best|warmly|looking\\s+forward|saludos|un\\s+abrazo|gracias|cordialement|bien\\s+à\\s+vous|merci|bises|viele\\s+grüße|grüße|lg|danke|abra[çc]os?|atenciosamente|obrigad[oa]|grazie|saluti|un\\s+saluto|groetjes|bedankt';
const SIGN_OFF = new RegExp(
  `(?:^|[\\n.!?,;])[\\s\\p{P}\\p{S}]*(?:${SIGN_OFF_WORDS})(?![\\p{L}])(?:[\\s,]+[\\p{L}\\p{M}.'-]+){0,3}[\\s\\p{P}\\p{S}]*$`,
  'u',
);
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|ai|co|net|org|ly|me|app|dev)(?:\/\S*)?/gu;
const EMAIL = /\b\S+@\S+\.\S+\b/gu;
const HANDLE = /@[\p{L}\p{N}_]+/gu;
const NUMBER = /\p{N}+(?:[.,:]\p{N}+)*/gu;
const TOKEN = /[\p{L}\p{M}#]+/gu;

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

/** The words a template is made of: greeting + name, sign-off + name, emoji, punctuation, numbers and links flattened. */
export function canonicalTokens(normalizedText: string, dropStopwords = FINGERPRINT_PARAMS.dropStopwords): string[] {
  let text = normalizedText.toLowerCase().replace(/[’‘`´]/gu, "'").replace(/'/gu, '');
  text = text.replace(URL, ' url ').replace(EMAIL, ' email ').replace(HANDLE, ' ').replace(NUMBER, '#');
  const whole = text;
  text = text.replace(GREETING, ' ');
  for (let i = 0; i < 2; i++) text = text.replace(SIGN_OFF, ' ');
  let tokens = text.match(TOKEN) ?? [];
  // "Thanks for connecting!" is all sign-off: a message must keep some words to be comparable at all.
  if (tokens.length < 3) tokens = whole.match(TOKEN) ?? [];
  if (!dropStopwords) return tokens;
  const kept = tokens.filter((token) => !STOPWORDS.has(token));
  return kept.length >= 3 ? kept : tokens;
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

/** Distinct 32-bit hashes of the message's shingles. */
export function shingleHashes(tokens: readonly string[], params: FingerprintParams = FINGERPRINT_PARAMS): Uint32Array {
  const set = new Set<number>();
  if (params.shingle !== 'char') {
    const k = Math.min(params.wordK, Math.max(1, tokens.length));
    for (let i = 0; i + k <= tokens.length; i++) set.add(fnv1a(tokens.slice(i, i + k).join(' ')));
  }
  if (params.shingle !== 'word') {
    const text = tokens.join(' ');
    const n = Math.min(params.charN, Math.max(1, text.length));
    // A different seed keeps char grams and word grams in separate hash spaces.
    for (let i = 0; i + n <= text.length; i++) set.add(fnv1a(text.slice(i, i + n), 0x9747b28c));
  }
  return Uint32Array.from(set);
}

const seedCache = new Map<number, Uint32Array>();
function permutationSeeds(count: number): Uint32Array {
  let seeds = seedCache.get(count);
  if (!seeds) {
    seeds = new Uint32Array(count);
    for (let i = 0; i < count; i++) seeds[i] = fmix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(count, seeds);
  }
  return seeds;
}

/** MinHash: permutation i maps shingle hash h to fmix32(h ^ seed_i); keep the minimum, then its low `bits`. */
export function minhash(hashes: Uint32Array, params: FingerprintParams = FINGERPRINT_PARAMS): Uint16Array {
  const seeds = permutationSeeds(params.hashes);
  const mins = new Uint32Array(params.hashes).fill(0xffffffff);
  for (let s = 0; s < hashes.length; s++) {
    const h = hashes[s]!;
    for (let i = 0; i < mins.length; i++) {
      const v = fmix32(h ^ seeds[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  const mask = params.bits === 8 ? 0xff : 0xffff;
  const signature = new Uint16Array(params.hashes);
  // An empty text gets an all-zero signature; such messages are never indexed (see isEmptySignature).
  if (hashes.length > 0) for (let i = 0; i < mins.length; i++) signature[i] = mins[i]! & mask;
  return signature;
}

/** Band b hashes rows [b·r, (b+1)·r) together with b, so equal values in different bands never collide. */
export function bandHash(values: ArrayLike<number>, offset: number, band: number, rows: number): number {
  let h = Math.imul(band + 1, 0x27d4eb2d);
  for (let r = 0; r < rows; r++) h = fmix32(h ^ values[offset + band * rows + r]!) + r;
  return fmix32(h);
}

export function bandHashes(signature: Uint16Array, rows: number = FINGERPRINT_PARAMS.rows): Uint32Array {
  const bands = new Uint32Array(Math.floor(signature.length / rows));
  for (let b = 0; b < bands.length; b++) bands[b] = bandHash(signature, 0, b, rows);
  return bands;
}

export function fingerprint(normalizedText: string, params: FingerprintParams = FINGERPRINT_PARAMS): Fingerprint {
  const tokens = canonicalTokens(normalizedText, params.dropStopwords);
  const signature = minhash(tokens.length >= params.minTokens ? shingleHashes(tokens, params) : new Uint32Array(0), params);
  return { signature, bands: bandHashes(signature, params.rows) };
}

export function isEmptySignature(signature: Uint16Array): boolean {
  return signature.every((value) => value === 0);
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
