import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evidenceOf, foldLeet, normalize } from './normalize.ts';

describe('normalize', () => {
  it.each([
    ['NFKC full-width', 'ｆｒｅｅ　ｍｏｎｅｙ', 'free money'],
    ['math bold', '𝐩𝐚𝐬𝐬𝐢𝐯𝐞 income', 'passive income'],
    ['math sans italic', '𝘤𝘳𝘺𝘱𝘵𝘰', 'crypto'],
    ['Cyrillic look-alikes in a Latin word', 'раssive іncome from hоme', 'passive income from home'],
    ['Greek look-alikes in a Latin word', 'bοnus cοde', 'bonus code'],
    ['letter emoji and regional indicators', '🅰🅱 🇩🇲 me', 'ab dm me'],
    ['small caps', 'ᴅᴍ ᴍᴇ ɴᴏᴡ', 'dm me now'],
    ['circled letters', 'ⓕⓡⓔⓔ', 'free'],
    ['zero-width and soft hyphens', 'fr\u200bee mo\u00adney\u2060!', 'free money!'],
    ['bidi controls and variation selectors', '\u202efree\u202c\ufe0e', 'free'],
    ['spaced-out letters', 'D M me for details', 'dm me for details'],
    ['spaced-out word', 'book a d e m o today', 'book a demo today'],
    ['composed accents', 'cafe\u0301 and nin\u0303o', 'café and niño'],
    ['lower-case', 'GROWTH Hacking', 'growth hacking'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps ordinary single-letter words apart', () => {
    expect(normalize('I think a dog and I went out').text).toBe('i think a dog and i went out');
    expect(normalize('Plan A or plan B').text).toBe('plan a or plan b');
  });

  it('leaves genuinely Cyrillic or Greek text alone', () => {
    expect(normalize('Привет, как дела?').text).toBe('привет, как дела?');
    expect(normalize('Καλημέρα σας').text).toBe('καλημέρα σας');
  });

  it('keeps emoji sequences without counting their joiners as obfuscation', () => {
    const n = normalize('Nice ❤️ 👨‍👩‍👧 🇫🇷');
    expect(n.obfuscation.ignorables).toBe(0);
  });

  it('counts obfuscation', () => {
    const n = normalize('𝐟𝐫𝐞𝐞 fr\u200bee D M me $1gn4l$');
    expect(n.obfuscation.homoglyphs).toBe(4);
    expect(n.obfuscation.ignorables).toBe(1);
    expect(n.obfuscation.spaced).toBe(1);
    expect(n.obfuscation.leet).toBe(1);
    expect(normalize('Hello there, how are you?').obfuscation).toEqual({ ignorables: 0, homoglyphs: 0, spaced: 0, leet: 0 });
  });

  it('folds leet for features only', () => {
    const n = normalize('$1gn4l$ GR0WTH pr0fit');
    expect(n.text).toBe('$1gn4l$ gr0wth pr0fit');
    expect(n.folded).toBe('signals growth profit');
  });

  it('does not fold numbers, amounts or ordinals', () => {
    expect(foldLeet('call 08452810075 on the 21st for $500 or 5k, 24hrs')).toBe('call 08452810075 on the 21st for $500 or 5k, 24hrs');
  });

  it('maps every character of text back into the original', () => {
    const original = 'Earn 𝐩𝐚𝐬𝐬𝐢𝐯𝐞 income — D M me';
    const n = normalize(original);
    const at = n.text.indexOf('passive income');
    expect(evidenceOf(n, at, at + 'passive income'.length)).toBe('𝐩𝐚𝐬𝐬𝐢𝐯𝐞 income');
    const dm = n.text.indexOf('dm me');
    expect(evidenceOf(n, dm, dm + 5)).toBe('D M me');
  });

  it('trims invisible characters off the end of evidence', () => {
    const n = normalize('free\u200b money');
    expect(evidenceOf(n, 0, 4)).toBe('free');
  });

  it('handles a 1 MB message without pathological slowdown', () => {
    const big = 'Earn passive income 💸 fr\u200bee D M me hxxps://x[.]com '.repeat(20_000).slice(0, 1_000_000);
    const n = normalize(big);
    expect(n.offsets).toHaveLength(n.text.length + 1);
    expect(n.text.length).toBeGreaterThan(800_000);
  });
});

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.constantFrom('a', 'B', ' ', 'е', 'о', '𝐚', '\u200b', '\u0301', 'ﬁ', 'İ', '$', '1', '0', 'ｆ', '🅰', 'ᴍ', 'ж', '\ufe0f', '❤'), {
    maxLength: 60,
  }).map((parts) => parts.join('')),
);

describe('normalize properties', () => {
  it('never throws', () => {
    fc.assert(fc.property(anyText, (s) => void normalize(s)), { numRuns: 2000 });
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('has valid offsets: one per text unit plus the end, non-decreasing, inside the original', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalize(s);
        expect(n.offsets).toHaveLength(n.text.length + 1);
        expect(n.offsets[n.offsets.length - 1]).toBe(s.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.offsets[i]).toBeGreaterThanOrEqual(0);
          expect(n.offsets[i]).toBeLessThan(s.length);
          expect(n.offsets[i]).toBeLessThanOrEqual(n.offsets[i + 1]!);
        }
        expect(n.folded).toHaveLength(n.text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives evidence that is always a substring of the original', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        if (n.text.length === 0) return;
        const start = a % n.text.length;
        const end = start + 1 + (b % (n.text.length - start));
        expect(s.includes(evidenceOf(n, start, end))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
