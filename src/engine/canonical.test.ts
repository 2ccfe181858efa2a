import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTokensOf, replaceEmails, replaceNumbers, replaceUrls, signOffStart, tokensOf } from './canonical.ts';

// The regex pipeline canonical.ts replaces (quadratic on long runs): the scanners must give exactly its tokens.
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

function regexTokens(normalizedText: string, dropStopwords: boolean, stopwords: (t: string) => boolean): string[] {
  let text = normalizedText.toLowerCase().replace(/[’‘`´]/gu, "'").replace(/'/gu, '');
  text = text.replace(URL, ' url ').replace(EMAIL, ' email ').replace(HANDLE, ' ').replace(NUMBER, '#');
  const whole = text;
  text = text.replace(GREETING, ' ');
  for (let i = 0; i < 2; i++) text = text.replace(SIGN_OFF, ' ');
  let tokens = text.match(TOKEN) ?? [];
  if (tokens.length < 3) tokens = whole.match(TOKEN) ?? [];
  if (!dropStopwords) return tokens;
  const kept = tokens.filter((token) => !stopwords(token));
  return kept.length >= 3 ? kept : tokens;
}

// Stop words are shared; comparing with dropStopwords off isolates the scanners, on checks the whole path.
const kept = (text: string) => canonicalTokensOf(text, false);
const pieces = [
  ...'ab.-@:/_ ,;!?\n\t\'’.#1',
  'é', 'ü', '\u0301', '😀', '\ud83d', '\u00a0', '\ufeff', '—', 'x.com', 'a.io', '.co', '.community', 'www.', 'http://', 'https://',
  'hxxp[.]', 'bob@x.org', 'a@b.c', '@joe', 'cheers', 'thanks', 'thanks again', 'best', 'best regards', 'bien à vous', 'grüße',
  'abraços', 'lg', 'kind  regards', 'un saluto', 'hi', 'hey ', 'hello there', 'good morning', 'bom dia', '12,000.50', '3:30', 'o\'neil',
  'jean-luc', 'j.r.r.', ' - ', '...', '!!', '$', '€', '٣', '²', '𝟙', '𝐚',
];
const messy = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('canonical tokens (scanners against the regexes they replace)', () => {
  it('match the regex pipeline on messy text', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(kept(text)).toEqual(regexTokens(text, false, () => false));
      }),
      { numRuns: 3000 },
    );
  });

  it('each scanner equals its regex', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'grapheme', maxLength: 60 })), (raw) => {
        const text = raw.toLowerCase();
        expect(replaceUrls(text)).toBe(text.replace(URL, ' url '));
        expect(replaceEmails(text)).toBe(text.replace(EMAIL, ' email '));
        expect(signOffStart(text)).toBe(text.search(SIGN_OFF));
        expect(replaceNumbers(text)).toBe(text.replace(NUMBER, '#'));
        expect(tokensOf(text)).toEqual(text.match(TOKEN) ?? []);
      }),
      { numRuns: 5000 },
    );
  });

  it('replaces every kind of number the regex knows', () => {
    const numbers = [...Array(0x10000).keys()].map((u) => String.fromCharCode(u)).filter((c) => /\p{N}/u.test(c));
    const text = [...numbers, '𝟙', '𐄇', '🄁'].map((c, i) => `a${c}${i % 3 ? '.' : ''}${c}b `).join('');
    expect(replaceNumbers(text)).toBe(text.replace(NUMBER, '#'));
  });

  it('drops stop words unless fewer than three words remain', () => {
    expect(canonicalTokensOf('the quick brown fox and the lazy dog', true)).toEqual(['quick', 'brown', 'fox', 'lazy', 'dog']);
    expect(canonicalTokensOf('to be or not to be', true)).toEqual(['to', 'be', 'or', 'not', 'to', 'be']);
    expect(canonicalTokensOf('the quick brown fox and the lazy dog', false)).toHaveLength(8);
  });

  it.each([
    'Hey John! 👋 we grew 300 clients in 2024 🚀\n\nCheers,\nSarah Connor',
    'see www.acme.com/x and acme.community, mail bob@acme.io or @bob. Best regards, Tom',
    'a.b.c.d.e.f.co.uk.com.x done. thanks again, j.r.r. tolkien !!',
    'thanks. thanks. ok bye, best, bob , al , cy ...',
    'cheers a.....!b',
    'x@y.z@w.v..q a@b c@d.e',
  ])('matches on %j', (text) => {
    expect(kept(text)).toEqual(regexTokens(text, false, () => false));
  });
});
