// Sender registry: the same key always yields the same {id, name}; names and ids are unique.
import { rngFor, pick, chance } from './rng.mjs';
import { FIRST, LAST, X_SPAM_TAGS, LI_NAME_SUFFIX, X_CASUAL_EMOJI } from './names.mjs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class SenderRegistry {
  constructor() {
    this.byKey = new Map();
    this.names = new Set();
    this.ids = new Set();
  }

  /**
   * @param key      stable sender key (same key => same sender)
   * @param platform 'linkedin' | 'x'
   * @param opts     { lang, style: 'person'|'pitch'|'casual', name?: fixed display name, first?: fixed first name }
   */
  get(key, platform, opts = {}) {
    const existing = this.byKey.get(key);
    if (existing) {
      if (existing.platform !== platform) throw new Error(`sender ${key} used on two platforms`);
      return existing;
    }
    const rng = rngFor('sender:' + key);
    const lang = FIRST[opts.lang] ? opts.lang : 'en';
    let first, name;
    for (let attempt = 0; ; attempt++) {
      const l = lang !== 'en' && chance(rng, 0.12) ? 'en' : lang;
      first = opts.first || pick(rng, FIRST[l]);
      const last = pick(rng, LAST[opts.first ? lang : l]);
      if (opts.name) { name = opts.name; first = opts.first || opts.name.split(/\s+/)[0]; }
      else name = styleName(rng, platform, opts.style || 'person', first, last);
      if (!this.names.has(name) || opts.name) break;
      if (attempt > 50) { name = `${name} ${attempt}`; break; }
    }
    let id;
    do {
      if (platform === 'linkedin') {
        let s = 'ACoAA';
        for (let i = 0; i < 34; i++) s += B64[Math.floor(rng() * 64)];
        id = 'li-' + s;
      } else {
        const long = chance(rng, 0.7);
        let s = long ? (chance(rng, 0.5) ? '1' : '') + String(1 + Math.floor(rng() * 9)) : String(1 + Math.floor(rng() * 9));
        const len = long ? 18 : 8 + Math.floor(rng() * 3);
        while (s.length < len) s += String(Math.floor(rng() * 10));
        id = 'x-' + s;
      }
    } while (this.ids.has(id));
    const sender = { key, platform, id, name, first };
    this.byKey.set(key, sender);
    this.names.add(name);
    this.ids.add(id);
    return sender;
  }
}

function styleName(rng, platform, style, first, last) {
  if (platform === 'linkedin') {
    if (style === 'pitch' && chance(rng, 0.18)) return `${first} ${last}${pick(rng, LI_NAME_SUFFIX)}`;
    if (style !== 'pitch' && chance(rng, 0.04)) return `${first} ${last}${pick(rng, [' (she/her)', ' (he/him)', ', PhD'])}`;
    return `${first} ${last}`;
  }
  // X display names
  if (style === 'pitch') {
    const r = rng();
    if (r < 0.35) return `${first} | ${pick(rng, X_SPAM_TAGS)}`;
    if (r < 0.5) return `${first} ${last[0]}. ${pick(rng, ['🚀', '💰', '📈', '💎', '🔥'])}`;
    if (r < 0.6) return `${first.toLowerCase()}.eth`;
    return `${first} ${last}`;
  }
  const r = rng();
  if (style === 'casual' || r < 0.3) {
    if (r < 0.12) return first.toLowerCase();
    if (r < 0.22) return `${first.toLowerCase()} ${pick(rng, X_CASUAL_EMOJI)}`;
    if (r < 0.3) return `${first} ${last[0]}.`;
  }
  return `${first} ${last}`;
}
