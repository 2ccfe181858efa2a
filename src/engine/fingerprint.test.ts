import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ECHO_THRESHOLD,
  FINGERPRINT_PARAMS,
  bandHashes,
  canonicalTokens,
  decodeSignature,
  encodeSignature,
  fingerprint,
  isEmptySignature,
  minhash,
  similarity,
} from './fingerprint.ts';
import { seededRandom } from './random.ts';
import { normalize } from './normalize.ts';

const TEMPLATE =
  "Hi Priya, I came across your profile and was impressed by your work at Acme. We help founders like you triple their pipeline with done-for-you outbound. Would you be open to a quick 15-minute call this week? Best, Tom";

const sim = (a: string, b: string) => similarity(fingerprint(normalize(a).folded).signature, fingerprint(normalize(b).folded).signature);

describe('canonicalTokens', () => {
  it('drops the greeting with its name, the sign-off with its name, emoji and numbers', () => {
    const tokens = canonicalTokens('Hey John! 👋 we grew 300 clients in 2024 🚀\n\nCheers,\nSarah Connor', false);
    expect(tokens).toEqual(['we', 'grew', '#', 'clients', 'in', '#']);
  });

  it('drops a greeting and name not followed by punctuation', () => {
    expect(canonicalTokens('hey john 👋 came across your profile today', false)).toEqual(['came', 'across', 'your', 'profile', 'today']);
  });

  it('keeps the text when it is nothing but a greeting or a sign-off', () => {
    expect(canonicalTokens('hello there', false)).toEqual(['hello', 'there']);
    expect(canonicalTokens('thanks for connecting, jonah!', false)).toEqual(['thanks', 'for', 'connecting', 'jonah']);
  });

  it('gives messages too short to be a template an empty signature', () => {
    expect(isEmptySignature(fingerprint('thanks, will do!').signature)).toBe(true);
    expect(isEmptySignature(fingerprint(TEMPLATE.toLowerCase()).signature)).toBe(false);
  });
});

describe('fingerprint', () => {
  it('is deterministic', () => {
    const a = fingerprint(TEMPLATE.toLowerCase());
    const b = fingerprint(TEMPLATE.toLowerCase());
    expect([...a.signature]).toEqual([...b.signature]);
    expect([...a.bands]).toEqual([...b.bands]);
    expect(a.signature).toHaveLength(FINGERPRINT_PARAMS.hashes);
    expect(a.bands).toHaveLength(FINGERPRINT_PARAMS.hashes / FINGERPRINT_PARAMS.rows);
  });

  it.each([
    ['swapped name and greeting', TEMPLATE.replace('Hi Priya,', 'Hey John!').replace('Best, Tom', 'Cheers,\nSarah')],
    [
      'reordered clauses',
      "Hi Priya, we help founders like you triple their pipeline with done-for-you outbound. I came across your profile and was impressed by your work at Acme. Would you be open to a quick 15-minute call this week? Best, Tom",
    ],
    ['a synonym or two', TEMPLATE.replace('impressed', 'blown away').replace('quick', 'short')],
    ['emoji added', TEMPLATE.replace('Acme.', 'Acme 🚀.').replace('week?', 'week? 🙌')],
    ['another company and number', TEMPLATE.replace('Acme', 'Globex Industries').replace('15', '20')],
  ])('sees through %s', (_twist, variant) => {
    expect(sim(TEMPLATE, variant)).toBeGreaterThanOrEqual(ECHO_THRESHOLD);
  });

  it.each([
    ['homoglyphs', TEMPLATE.replace('profile', 'prоfіle').replace('pipeline', 'рipеline')],
    ['zero-width characters', TEMPLATE.replace('impressed', 'im\u200bpre\u200css\u200ded').replace('outbound', 'out\u200bbound')],
    ['spaced letters', TEMPLATE.replace('pipeline', 'p i p e l i n e')],
    ['leet', TEMPLATE.replace('impressed', '1mpr3ss3d').replace('founders', 'f0und3rs')],
  ])('sees through %s via normalize', (_obfuscation, variant) => {
    expect(sim(TEMPLATE, variant)).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps different messages apart', () => {
    const others = [
      'Congrats on the new role at Acme! Hope the first weeks are going well, let us catch up over coffee soon.',
      'Are we still on for the team offsite on Friday? I booked the room for 10 and ordered lunch for everyone.',
      'Happy birthday Priya! Hope you have a wonderful day with the family 🎂',
      "Hi, I'm a recruiter at Initech and we have an opening for a senior data engineer, fully remote. Interested?",
    ];
    for (const other of others) expect(sim(TEMPLATE, other)).toBeLessThan(0.2);
    for (let i = 0; i < others.length; i++) for (let j = i + 1; j < others.length; j++) expect(sim(others[i]!, others[j]!)).toBeLessThan(ECHO_THRESHOLD);
  });

  it.each(['oph', 'minhash'] as const)('%s estimates the Jaccard similarity of shingle sets, small sets included', (sketch) => {
    const random = seededRandom(7);
    const params = { ...FINGERPRINT_PARAMS, sketch, bits: 16 as const };
    const errors: number[] = [];
    for (let pair = 0; pair < 300; pair++) {
      // Two sets with a known overlap: `shared` common hashes, `own` each of their own (5–200 elements, like DMs).
      const shared = Math.floor(random() * 100);
      const own = 1 + Math.floor(random() * 100);
      const draw = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 2 ** 32));
      const common = draw(shared);
      const a = Uint32Array.from([...common, ...draw(own)]);
      const b = Uint32Array.from([...common, ...draw(own)]);
      const exact = shared / (shared + 2 * own);
      errors.push(similarity(minhash(a, params), minhash(b, params), 16) - exact);
    }
    const bias = errors.reduce((x, e) => x + e, 0) / errors.length;
    const meanAbsolute = errors.reduce((x, e) => x + Math.abs(e), 0) / errors.length;
    expect(Math.abs(bias)).toBeLessThan(0.02);
    expect(meanAbsolute).toBeLessThan(0.06);
  });

  it('round-trips signatures through base64', () => {
    const { signature } = fingerprint(TEMPLATE.toLowerCase());
    const decoded = decodeSignature(encodeSignature(signature));
    expect([...decoded]).toEqual([...signature]);
    expect([...bandHashes(decoded)]).toEqual([...fingerprint(TEMPLATE.toLowerCase()).bands]);
  });

  it('never throws and is deterministic on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const a = fingerprint(text);
        const b = fingerprint(text);
        expect([...a.signature]).toEqual([...b.signature]);
        expect(similarity(a.signature, b.signature)).toBe(1);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void fingerprint(normalize(text).folded)));
  });
});
