// Bounded cost on hostile input: the normaliser, tactics and fingerprint never throw, are deterministic, and scale
// linearly. Timing is a ratio (time(2n) / time(n)), never an absolute budget, so a loaded machine does not flake it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.ts';
import { findLinks } from './links.ts';
import { normalize } from './normalize.ts';
import { findTactics } from './tactics.ts';

const analyse = (text: string) => {
  const n = normalize(text);
  return { n, tactics: findTactics(n, findLinks(n.text)), print: fingerprint(n.folded) };
};

// Characters that exercise every branch: ASCII, leet, look-alikes, marks, ignorables, bidi, emoji glue, surrogates.
const hostileChar = fc.oneof(
  fc.constantFrom(...'aeiouyxzAEIOU01345789@$.:/[]()-_ \n\t!?'),
  fc.constantFrom('а', 'е', 'о', 'р', 'с', 'і', 'ο', 'ν', 'ｈ', 'ｔ', 'ｐ', '𝐟', '𝐫', 'ℯ', 'ß', 'ﬁ', 'İ'),
  fc.constantFrom('\u0301', '\u0308', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u00ad', '\ufe0f'),
  fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇵🇹', '\ud83d', '\ude00'),
  fc.constantFrom('hxxp', '[.]', '(dot)', 'bit.ly/', 'calendly.com/', 'wa.me/', 'https://', 'javascript:', '<img src=x onerror=alert(1)>'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const hostileText = fc.array(hostileChar, { maxLength: 300 }).map((parts) => parts.join(''));

describe('engine on adversarial text (fast-check)', () => {
  it('never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { n, tactics, print } = analyse(text);
        expect(n.original).toBe(text);
        expect(n.offsets).toHaveLength(n.text.length + 1);
        expect(n.folded).toHaveLength(n.text.length);
        for (const hit of tactics) expect(text).toContain(hit.evidence);
        expect(print.signature.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const a = analyse(text);
        const b = analyse(text);
        expect(b.n).toEqual(a.n);
        expect(b.tactics).toEqual(a.tactics);
        expect([...b.print.signature]).toEqual([...a.print.signature]);
      }),
      { numRuns: 200 },
    );
  });
});

function elapsed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

type Stage = readonly [name: string, prepare: (text: string) => unknown, run: (input: never) => unknown];

// Each stage is timed on its own input, so a slow step is blamed on the function that owns it.
const STAGES: Stage[] = [
  ['normalize', (t) => t, (t: string) => normalize(t)],
  ['findLinks', (t) => normalize(t).text, (t: string) => findLinks(t)],
  ['findTactics', (t) => normalize(t), (n: ReturnType<typeof normalize>) => findTactics(n)],
  ['fingerprint', (t) => normalize(t).folded, (t: string) => fingerprint(t)],
];

/**
 * time(4n) / time(n), best of 7 runs each, interleaved, with n grown until one run takes a few ms.
 * Linear cost gives ~4 and quadratic ~16, so a bound of 8 leaves a factor of two for a loaded machine.
 */
function scalingRatio(make: (n: number) => string, [, prepare, run]: Stage): { n: number; ratio: number; ms: number } {
  const f = run as (input: unknown) => unknown;
  const best = (input: unknown, runs: number) => Math.min(...Array.from({ length: runs }, () => elapsed(() => f(input))));
  // Warm runs only: a cold first call (JIT) would stop the calibration early. 4n stays within a few times the
  // longest text a content script may send (LIMITS.text = 20,000).
  let n = 2_000;
  while (n < 16_000 && best(prepare(make(n)), 3) < 4) n *= 2;
  const small = prepare(make(n));
  const large = prepare(make(4 * n));
  let best1 = Infinity;
  let best4 = Infinity;
  for (let k = 0; k < 7; k++) {
    best1 = Math.min(best1, elapsed(() => f(small)));
    best4 = Math.min(best4, elapsed(() => f(large)));
  }
  // A few milliseconds for 64,000 characters is cheap whatever its shape, and below that the ratio is noise.
  return { n, ratio: best4 < 15 ? 1 : best4 / Math.max(best1, 1), ms: best4 };
}

function expectLinear(make: (n: number) => string, stage: Stage): void {
  let { n, ratio, ms } = scalingRatio(make, stage);
  // Retries absorb a scheduler stall or a major GC; a real quadratic (~16) fails every time.
  for (let retry = 0; retry < 2 && ratio >= 8; retry++) ({ n, ratio, ms } = scalingRatio(make, stage));
  expect(ratio, `${stage[0]}: ${ms.toFixed(1)} ms at 4n=${4 * n}, ratio ${ratio.toFixed(1)}`).toBeLessThan(8);
}

const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const PATHOLOGICAL: Array<[string, (n: number) => string]> = [
  ['spaced letters', repeat('f r e e ')],
  ['spaced letters, no break', repeat('a ')],
  ['repeated hxxp[.]', repeat('hxxp[.]')],
  ['hxxp://x[.]y[.] runs', repeat('hxxp://x[.]y[.]')],
  ['a run of dots', repeat('.')],
  ['dotted letters', repeat('a.')],
  ['nested confusables with marks and ignorables', repeat('а\u0301\u200bе\u0308\u2060о\u0301\ufe0f')],
  ['bidi overrides', repeat('\u202eabc\u202d')],
  ['one long word', repeat('a')],
  ['leet runs', repeat('$1gn4l$')],
  ['digits and currency', repeat('$10,000 ')],
  ['emoji', repeat('😀')],
  ['ZWJ emoji', repeat('👨‍👩‍👧')],
  ['half-matching tactic words', repeat('we help we can book a quick ')],
  ['markup text', repeat('<img src=x onerror=alert(1)>')],
  ['many links', repeat('see a.com ')],
];

describe('engine cost grows linearly with input length', () => {
  for (const [name, make] of PATHOLOGICAL) {
    for (const stage of STAGES) it(`${stage[0]} on ${name}`, () => expectLinear(make, stage));
  }
});
