// Look-alike tables used by normalize.ts. Data only: keys are single code points, values lower-case Latin.

/** Cyrillic and Greek letters (already lower-cased) that pass for Latin ones; mapped only in Latin context. */
export const SCRIPT_LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', н: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', о: 'o', р: 'p',
  ԛ: 'q', ѕ: 's', т: 't', у: 'y', ү: 'y', х: 'x', ԁ: 'd', ԝ: 'w', ѵ: 'v', с: 'c',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  ω: 'w', μ: 'u', ϲ: 'c', ϳ: 'j', ζ: 'z',
};

/** Latin-only shapes NFKC leaves alone: small capitals and a few IPA letters used as fancy text. */
export const LATIN_LOOKALIKES: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  ɑ: 'a', ɡ: 'g', ı: 'i', ȷ: 'j', ɩ: 'i', ʋ: 'u', ɋ: 'q',
};

/** Enclosed letters NFKC does not decompose: negative circled/squared letters and regional indicators. */
export function enclosedLetter(cp: number): string | undefined {
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(97 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(97 + cp - 0x1f170);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(97 + cp - 0x1f1e6);
  return undefined;
}

/** Unicode Default_Ignorable_Code_Point ranges (DerivedCoreProperties), as [from, to] inclusive. */
const IGNORABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0000, 0xe0fff],
];

export function isDefaultIgnorable(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [from, to] of IGNORABLE_RANGES) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
}
