// Realistic "clever twist of words" variations, applied to HAND-WRITTEN base texts to grow a
// template family the way copy-paste outreach mutates across senders: greeting swaps, a synonym or
// two, reordered sentences, emoji added/removed, lower-casing, typos, sign-off swaps, line-break
// changes, and (optionally) filter-evasion obfuscation.
import { pick, chance, shuffle } from './rng.mjs';

const GREETINGS = {
  en: ['Hi {you},', 'Hey {you}!', 'Hello {you},', 'Hi there,', 'Hey {you} 👋', 'Good morning {you},', 'Dear {you},', '{you},', 'Hi {you}!', 'Hey there!', 'Hiya {you},'],
  es: ['Hola {you},', '¡Hola {you}!', 'Buenas {you},', 'Hola, {you}.', 'Qué tal {you},', 'Buenos días {you},'],
  fr: ['Bonjour {you},', 'Salut {you} !', 'Bonjour,', 'Hello {you},', 'Bonsoir {you},'],
  de: ['Hallo {you},', 'Hi {you},', 'Guten Tag {you},', 'Servus {you},', 'Hey {you}!', 'Moin {you},'],
  pt: ['Olá {you},', 'Oi {you}!', 'Bom dia {you},', 'Olá, {you}!', 'E aí {you},', 'Fala {you}!'],
  it: ['Ciao {you},', 'Buongiorno {you},', 'Salve {you},', 'Ciao {you}!', 'Buonasera {you},'],
  hi: ['Hi {you},', 'Hello {you} ji,', 'Namaste {you},', 'Hey {you}!', 'Hii {you}', 'Hello sir/mam,'],
  nl: ['Hoi {you},', 'Hallo {you},', 'Hey {you}!', 'Goedemorgen {you},', 'Hi {you},', 'Beste {you},'],
};

const GREETING_RE = /^\s*(?:(?:hi+|hey+|hello|hiya|dear|good (?:morning|afternoon|evening)|greetings|yo|¡?hola|buen[oa]s(?: días| tardes)?|qué tal|bonjour|bonsoir|salut|hallo|guten tag|servus|moin|olá|oi|bom dia|boa tarde|e aí|ciao|buongiorno|buonasera|salve|namaste|hii+|hoi|goedemorgen|beste)(?![\p{L}])(?:[ \t]+(?:\{you(?:_lc)?\}(?: ji)?|there|girl|all|everyone|friend|sir\/ma'?am|sir|mam))?|\{you(?:_lc)?\})[ \t]*[,!.]*[ \t]*(?:👋|😊)?[ \t]*\n*/iu;

const SYNONYMS = {
  en: [
    [/\bquick call\b/i, ['short call', 'quick chat', 'brief call', 'quick zoom', 'quick convo']],
    [/\bhop on\b/i, ['jump on', 'get on']],
    [/\b15 minutes\b/i, ['15 mins', '10 minutes', '20 minutes', 'fifteen minutes', '15 min']],
    [/\blet me know\b/i, ['lmk', 'tell me', 'just let me know', 'drop me a line']],
    [/\bwould you be interested in\b/i, ['would you be open to', 'are you interested in', 'any interest in']],
    [/\bAre you interested in\b/i, ['Would you be interested in', 'Any interest in']],
    [/\bamazing\b/i, ['incredible', 'insane', 'unreal', 'awesome']],
    [/\ban (?:exciting )?opportunity\b/i, ['a chance', 'an opening', 'an exciting opportunity', 'a great opportunity']],
    [/\bfinancial freedom\b/i, ['time and money freedom', 'true financial freedom', 'financial independence']],
    [/\bpassive income\b/i, ['residual income', 'passive cash flow', 'passive revenue']],
    [/\bsix figures\b/i, ['6 figures', 'six-figures', '$100k+']],
    [/\bimpressive\b/i, ['really impressive', 'outstanding', 'remarkable', 'super impressive']],
    [/\blet'?s connect\b/i, ["let's link up", "let's chat", "we should connect"]],
    [/\bwe have so much in common\b/i, ['we have a lot in common', 'we share so much in common', 'we have a ton in common', 'we have a lot of things in common']],
    [/\bI came across your profile\b/i, ['I stumbled on your profile', 'your profile popped up in my feed', 'I noticed your profile', 'I found your profile']],
    [/\breach out\b/i, ['get in touch', 'drop you a line', 'say hello']],
    [/\bgrow\b/i, ['scale', 'grow']],
    [/\btotally free\b/i, ['completely free', '100% free', 'free of charge']],
    [/\bspots\b/i, ['seats', 'places', 'slots']],
    [/\bthis week\b/i, ['in the next few days', 'before Friday', 'this week or next']],
    [/\bWould you be open to\b/i, ['Are you open to', 'Would you be up for', 'Any interest in']],
    [/\bI'd love to\b/i, ['I would love to', "I'd like to", "I'd be keen to"]],
    [/\bmentor\b/i, ['coach', 'advisor']],
    [/\bearn\b/i, ['make', 'generate']],
    [/\bcurrently\b/i, ['right now', 'at the moment']],
    [/\blooking for\b/i, ['searching for', 'on the lookout for', 'seeking']],
    [/\blike-minded\b/i, ['driven', 'ambitious', 'like minded']],
    [/\bentrepreneurs\b/i, ['founders', 'business owners']],
    [/\breally\b/i, ['truly', 'genuinely', 'honestly']],
    [/\bquick question\b/i, ['quick q', 'question for you']],
    [/\bDM me\b/, ['message me', 'shoot me a DM', 'send me a message', 'dm me']],
    [/\bno pressure\b/i, ['no obligation', 'zero pressure', 'no strings attached']],
    [/\bbusiness owners\b/i, ['founders', 'entrepreneurs', 'owners']],
    [/\bhelp you\b/i, ['help you', 'support you', 'get you']],
    [/\bguaranteed\b/i, ['100% guaranteed', 'risk-free']],
    [/\bprofits\b/i, ['returns', 'gains']],
    [/\bgreat\b/i, ['awesome', 'fantastic', 'brilliant']],
  ],
  es: [[/\bllamada\b/i, ['videollamada', 'llamadita']], [/\boportunidad\b/i, ['propuesta', 'oportunidad única']], [/\bingresos\b/i, ['ganancias', 'entradas de dinero']], [/\bescríbeme\b/i, ['mándame un mensaje', 'háblame']]],
  pt: [[/\bligação\b/i, ['call', 'chamada rápida']], [/\boportunidade\b/i, ['proposta', 'chance']], [/\brenda\b/i, ['grana', 'ganhos']], [/\bme chama\b/i, ['me manda mensagem', 'chama no direct']]],
  fr: [[/\bappel\b/i, ['échange', 'call']], [/\bopportunité\b/i, ['occasion', 'proposition']], [/\brevenus\b/i, ['gains', 'rentrées']]],
  de: [[/\bGespräch\b/, ['Telefonat']], [/\bChance\b/, ['Gelegenheit', 'Möglichkeit']], [/\bzweites Einkommen\b/, ['zweites Standbein', 'zusätzliches Einkommen']]],
  it: [[/\bchiamata\b/i, ['call', 'telefonata']], [/\bopportunità\b/i, ['occasione', 'proposta']], [/\bguadagni\b/i, ['entrate', 'profitti']]],
  nl: [[/\bkort gesprek\b/i, ['kort belletje', 'korte call']], [/\bkans\b/i, ['mogelijkheid', 'gelegenheid']], [/\bconnecten\b/i, ['linken']], [/\bextra inkomen\b/i, ['extra inkomstenbron', 'bijverdienste']]],
  hi: [[/\bopportunity\b/i, ['chance', 'offer']], [/\bpaisa\b/i, ['paise', 'income']], [/\bcall\b/i, ['quick call', 'phone call']], [/\bkamai\b/i, ['earning', 'income']]],
};

const SIGNOFFS = ['Best,\n{me}', 'Cheers,\n{me}', 'Thanks,\n{me}', 'Regards,\n{me}', 'Kind regards,\n{me}', '- {me}', 'Talk soon,\n{me}', '{me}'];
const SIGNOFF_RE = /\s+(?:(?:best|cheers|thanks|thank you|regards|kind regards|warm regards|talk soon|many thanks|all the best|saludos|un abrazo|cordialement|bien à vous|viele grüße|lg|abraço|grazie|saluti|groetjes|thanks & regards)[ ,!.]*\s*)?(?:[-–—] ?)?\{me(?:_lc)?\}[.!]?\s*$/i;

const EMOJI_RE = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu;
const EMOJI_POOL = ['🚀', '💰', '🔥', '✨', '🙌', '💯', '📈', '👇', '🤝', '😊', '🙏', '💪', '👀', '😉', '💸', '⚡'];
const EMOJI_POOL_GENUINE = ['🙌', '😊', '🙏', '✨', '😄', '🙂'];

const MISSPELL = [['definitely', 'definately'], ['receive', 'recieve'], ['opportunity', 'oppurtunity'], ['business', 'buisness'],
  ['separate', 'seperate'], ['interested', 'intrested'], ['schedule', 'schedual'], ['tomorrow', 'tommorow'], ['available', 'availabe'],
  ['really', 'realy'], ['financial', 'finacial'], ['experience', 'experiance'], ['successful', 'succesful'], ['congratulations', 'congratulation'],
  ['believe', 'beleive'], ['appreciate', 'appriciate'], ['minutes', 'mintues'], ['message', 'mesage'], ['which', 'wich'], ['their', 'thier']];

const TRIGGER_RE = /\b(passive|income|crypto|bitcoin|btc|profits?|signals?|trading|forex|mentor(?:ship)?|opportunit(?:y|ies)|freedom|earn(?:ing)?|money|program(?:me)?|coaching|invest(?:ment|ing)?|whatsapp|telegram|DM|business|partners?|figures?|returns?|free|guaranteed|cash|wealth|leads|growth|calendly|spots|ingresos|libertad|cripto|renda|lucro|dinheiro|guadagn\w*|Einkommen|revenus?|paisa|kamai|trade|inkomen|negocio|negócio|affaires|liberté)\b/gi;

function capLike(src, repl) {
  if (/^[A-Z]{2}/.test(src)) return repl; // acronyms (DM, AI): keep the replacement as written
  if (src[0] && src[0] === src[0].toUpperCase() && src[0] !== src[0].toLowerCase()) return repl[0].toUpperCase() + repl.slice(1);
  if (src[0] && src[0] === src[0].toLowerCase() && src[0] !== src[0].toUpperCase() && !/^(I|I'|DM|AI|CRM)\b/.test(repl)) return repl[0].toLowerCase() + repl.slice(1);
  return repl;
}

export const OPS = {
  greeting(text, rng, lang) {
    const pool = GREETINGS[lang] || GREETINGS.en;
    const m = text.match(GREETING_RE);
    if (m) {
      const rest = text.slice(m[0].length);
      if (/^[A-Z][a-z]+[,!]/.test(rest) && !/[,!.]\s*$/.test(m[0].trim())) return null; // "Hi Jason!": a literal name, leave it
      if (chance(rng, 0.2)) return rest[0] ? rest[0].toUpperCase() + rest.slice(1) : null; // drop the greeting
      const g = pick(rng, pool.filter((x) => x.trim() !== m[0].trim()));
      let sep = /\n/.test(m[0]) || /[,!]$/.test(g) && chance(rng, 0.5) ? '\n' : ' ';
      if (/,$/.test(g) && /^[A-Z]/.test(rest) && !/^I\b/.test(rest)) sep = '\n';
      return g + sep + (sep === '\n' || /[!.]$/.test(g) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest);
    }
    if (/\{you(?:_lc)?\}/.test(text)) return null; // already addresses the recipient
    const g = pick(rng, pool);
    return g + (chance(rng, 0.5) || !/[,!.:]$/.test(g) || /,$/.test(g) && /^[A-Z]/.test(text) ? '\n' : ' ') + text;
  },
  synonym(text, rng, lang) {
    const table = SYNONYMS[lang];
    if (!table) return null;
    let out = text, changed = 0;
    for (const [re, alts] of shuffle(rng, table)) {
      const m = out.match(re);
      if (!m) continue;
      const choices = alts.filter((a) => a.toLowerCase() !== m[0].toLowerCase());
      if (!choices.length) continue;
      out = out.slice(0, m.index) + capLike(m[0], pick(rng, choices)) + out.slice(m.index + m[0].length);
      if (++changed >= (chance(rng, 0.5) ? 1 : 2)) break;
    }
    return changed ? out : null;
  },
  reorder(text, rng) {
    // swap two adjacent statement sentences in the longest paragraph, keeping the opener and the
    // closing sentence / call to action in place
    const paras = text.split('\n');
    let li = 0;
    paras.forEach((p, i) => { if (p.length > paras[li].length) li = i; });
    const sents = paras[li].split(/(?<=[.!?])\s+(?=[A-Z¡¿])/);
    if (sents.length < 4) return null;
    const ok = [];
    const opener = GREETING_RE.exec(sents[0]);
    const first = (opener && opener[0].length >= sents[0].length - 1) || sents[0].length < 25 ? 2 : 1;
    for (let k = first; k + 1 <= sents.length - 2; k++) if (!/\?\s*\S*$/.test(sents[k]) && !/\?\s*\S*$/.test(sents[k + 1])) ok.push(k);
    if (!ok.length) return null;
    const k = pick(rng, ok);
    [sents[k], sents[k + 1]] = [sents[k + 1], sents[k]];
    paras[li] = sents.join(' ');
    return paras.join('\n');
  },
  emoji(text, rng, lang, label) {
    if (EMOJI_RE.test(text)) {
      EMOJI_RE.lastIndex = 0;
      // an emoji often works as a full stop: "sinais 📈 Entradas" -> "sinais. Entradas"
      return text.replace(/([\p{L}\d])[ \t]*(?:[\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}][ \t]*)+[ \t]+(?=\p{Lu})/gu, '$1. ').replace(EMOJI_RE, '').replace(/[ \t]{2,}/g, ' ').replace(/ +([,.!?\n])/g, '$1').replace(/ +$/gm, '').trim();
    }
    const pool = label === 'genuine' ? EMOJI_POOL_GENUINE : EMOJI_POOL;
    let out = text;
    const n = chance(rng, 0.6) ? 1 : 2;
    const used = new Set();
    for (let i = 0; i < n; i++) {
      const sig = out.match(SIGNOFF_RE);
      const limit = sig ? sig.index : out.length;
      const ends = [...out.slice(0, limit).matchAll(/[.!?](?=\s|$)/g)].map((m) => m.index + 1).filter((e) => !used.has(e));
      const pos = ends.length && chance(rng, 0.6) ? pick(rng, ends) : limit;
      if (used.has(pos)) continue;
      const e = pick(rng, pool.filter((x) => !out.includes(x)));
      out = out.slice(0, pos) + ' ' + e + out.slice(pos);
      used.add(pos);
    }
    return out;
  },
  lower(text, rng) {
    let out = text.toLowerCase();
    if (chance(rng, 0.6)) out = out.replaceAll('{you}', '{you_lc}').replaceAll('{me}', '{me_lc}');
    if (chance(rng, 0.5)) out = out.replace(/\b(i|you|we|it|that|don|can|won|let|isn|there)'(m|re|ll|s|t|ve|d)\b/g, '$1$2');
    if (chance(rng, 0.5)) out = out.replace(/\.(\s|$)/g, '$1');
    return out === text ? null : out;
  },
  typo(text, rng) {
    for (const [good, bad] of shuffle(rng, MISSPELL)) {
      const re = new RegExp('\\b' + good + '\\b', 'i');
      const m = text.match(re);
      if (m) return text.slice(0, m.index) + capLike(m[0], bad) + text.slice(m.index + m[0].length);
    }
    const words = [...text.matchAll(/\b[a-z]{6,}\b/g)];
    if (!words.length) return null;
    const w = pick(rng, words);
    const i = 1 + Math.floor(rng() * (w[0].length - 3));
    const t = w[0].slice(0, i) + w[0][i + 1] + w[0][i] + w[0].slice(i + 2);
    return text.slice(0, w.index) + t + text.slice(w.index + w[0].length);
  },
  signoff(text, rng, lang) {
    if (lang !== 'en' && lang !== 'hi') return null; // the sign-off pool is English
    const m = text.match(SIGNOFF_RE);
    if (m) {
      const choice = pick(rng, SIGNOFFS.concat(['']));
      return text.slice(0, m.index) + (choice ? '\n\n' + choice : '');
    }
    if (text.length < 160 || !text.includes('\n') || /\{me(?:_lc)?\}[.!)]?\s*$/.test(text)) return null;
    return text.replace(/\s*$/, '') + '\n\n' + pick(rng, SIGNOFFS);
  },
  linebreak(text, rng) {
    if (text.includes('\n\n')) return text.replace(/\n\n+/g, chance(rng, 0.5) ? '\n' : ' ').replace(/ {2,}/g, ' ');
    if (text.includes('\n')) return text.replace(/\n+/g, ' ');
    const m = text.match(/^.{20,}?[.!?](?=\s+[A-Z])/s);
    if (!m || m[0].length > text.length - 30) return null;
    return m[0] + '\n\n' + text.slice(m[0].length).trimStart();
  },
};

// ---- obfuscation -----------------------------------------------------------------------------
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', i: 'і', x: 'х', y: 'у', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', B: 'В', H: 'Н', K: 'К', M: 'М', T: 'Т', X: 'Х' };
const GREEK = { o: 'ο', v: 'ν', i: 'ι', O: 'Ο', A: 'Α', E: 'Ε', T: 'Τ', K: 'Κ' };
const ZW = ['\u200b', '\u200c', '\u2060'];
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7', A: '4', E: '3', I: '1', O: '0', S: '$' };

function mathAlpha(word, style) {
  const bases = { bold: [0x1d400, 0x1d41a, 0x1d7ce], italic: [0x1d434, 0x1d44e, null], bolditalic: [0x1d468, 0x1d482, null], sansbold: [0x1d5d4, 0x1d5ee, 0x1d7ec] }[style];
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) out += String.fromCodePoint(bases[0] + c - 65);
    else if (c >= 97 && c <= 122) out += style === 'italic' && ch === 'h' ? 'ℎ' : String.fromCodePoint(bases[1] + c - 97);
    else if (c >= 48 && c <= 57 && bases[2]) out += String.fromCodePoint(bases[2] + c - 48);
    else out += ch;
  }
  return out;
}

const OBF = {
  homoglyph: (w, rng) => [...w].map((ch) => (HOMO[ch] && chance(rng, 0.7) ? HOMO[ch] : GREEK[ch] && chance(rng, 0.3) ? GREEK[ch] : ch)).join(''),
  zerowidth: (w, rng) => {
    const chars = [...w];
    const n = Math.min(chars.length - 1, 1 + Math.floor(rng() * 3));
    const cut = new Set(shuffle(rng, [...Array(chars.length - 1).keys()].map((i) => i + 1)).slice(0, n));
    return chars.map((ch, i) => (cut.has(i) ? pick(rng, ZW) : '') + ch).join('');
  },
  mathbold: (w) => mathAlpha(w, 'bold'),
  mathitalic: (w) => mathAlpha(w, 'italic'),
  bolditalic: (w) => mathAlpha(w, 'bolditalic'),
  sansbold: (w) => mathAlpha(w, 'sansbold'),
  fullwidth: (w) => [...w].map((ch) => { const c = ch.charCodeAt(0); return c > 0x20 && c < 0x7f ? String.fromCharCode(c + 0xfee0) : ch; }).join(''),
  spaced: (w) => [...w].join(' '),
  leet: (w, rng) => [...w].map((ch) => (LEET[ch] && chance(rng, 0.75) ? LEET[ch] : ch)).join(''),
};
export const OBF_METHODS = Object.keys(OBF);

/** Obfuscate 2-4 trigger words (or, failing those, long words) with one method. */
export function obfuscate(text, rng, method = pick(rng, OBF_METHODS)) {
  let hits = [...text.matchAll(TRIGGER_RE)].filter((m) => !/[{}]/.test(m[0]));
  if (hits.length < 2) hits = hits.concat([...text.matchAll(/\b[A-Za-z]{7,}\b/g)]);
  if (!hits.length) return null;
  const max = method === 'zerowidth' || method === 'homoglyph' ? 5 : 3;
  const chosen = new Set(shuffle(rng, hits.map((h) => h.index)).slice(0, Math.min(hits.length, 2 + Math.floor(rng() * (max - 1)))));
  let out = '', last = 0;
  for (const h of hits.sort((a, b) => a.index - b.index)) {
    if (!chosen.has(h.index) || h.index < last) continue;
    out += text.slice(last, h.index) + OBF[method](h[0], rng);
    last = h.index + h[0].length;
  }
  out += text.slice(last);
  return { text: out, method };
}

/**
 * Make `n` variants of a family from its hand-written bases.
 * Returns [{ text, base: index of the base used, ops: [...], obf: method|null }].
 */
export function makeVariants(bases, n, rng, { lang = 'en', label = 'pitch', obfuscateOne = false, platform } = {}) {
  const seen = new Set(bases.map((b) => b.trim()));
  const out = [];
  const opNames = Object.keys(OPS);
  let guard = 0;
  let b = Math.floor(rng() * bases.length);
  while (out.length < n && guard++ < n * 60) {
    const baseIdx = b++ % bases.length;
    let text = bases[baseIdx];
    const k = 2 + (chance(rng, 0.4) ? 1 : 0);
    const ops = [];
    for (const op of shuffle(rng, opNames)) {
      if (ops.length >= k) break;
      if (op === 'lower' && (lang !== 'en' && chance(rng, 0.5) || chance(rng, 0.45))) continue; // lower-casing is not for everyone
      if (op === 'typo' && chance(rng, 0.4)) continue;
      const r = OPS[op](text, rng, lang, label);
      if (r && r !== text) { text = r; ops.push(op); }
    }
    let obf = null;
    if (obfuscateOne && out.length === n - 1) {
      const r = obfuscate(text, rng);
      if (r) { text = r.text; obf = r.method; }
    }
    text = text.replace(/[ \t]+\n/g, '\n').trim();
    if (ops.length < 2 && !obf) continue;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, base: baseIdx, ops, obf });
  }
  if (out.length < n) throw new Error(`could not make ${n} variants of: ${bases[0].slice(0, 60)}`);
  return out;
}

/** Helpers for hand-written obfuscated texts in the sources (deterministic, whole word). */
export const ob = {
  bold: (w) => mathAlpha(w, 'bold'),
  italic: (w) => mathAlpha(w, 'italic'),
  bolditalic: (w) => mathAlpha(w, 'bolditalic'),
  sans: (w) => mathAlpha(w, 'sansbold'),
  full: (w) => OBF.fullwidth(w),
  spaced: (w) => OBF.spaced(w),
  cyr: (w) => [...w].map((ch) => HOMO[ch] || ch).join(''),
  zw: (w, mark = '\u200b') => [...w].join(mark),
};
