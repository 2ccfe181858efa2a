#!/usr/bin/env node
// Builds data/corpus/{train,validation}.jsonl (+ annotations.jsonl) from the hand-written sources
// in scripts/corpus/src/. Deterministic: same sources => byte-identical output.
//
//   node scripts/corpus/build.mjs
//
// Sources:
//   src/families-*.mjs  export default [{ id, cat, lang, p, n, obf, hand: [...], followups: [...] }]
//     id 'f-…' = pitch template family, 'g-…' = genuine family. `hand` members are hand-written;
//     the build adds script variants (lib/vary.mjs) up to `n` members. Every member gets its own sender.
//     `followups` are hand-written bumps sent later by the first senders of the family (family null).
//   src/oneoffs-*.mjs   export const label, lang; export default [[platform, category, text | [thread…], opts?], …]
//     A thread is several messages from one sender. opts: { lang, name, style, sender (shared key), obf }.
// Placeholders: {you} = recipient first name, {me} = sender first name, {me_lc} = sender first name as a URL slug.
import { readdirSync, writeFileSync, renameSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hash32, rngFor, pick, chance } from './lib/rng.mjs';
import { SenderRegistry } from './lib/senders.mjs';
import { FIRST } from './lib/names.mjs';
import { makeVariants } from './lib/vary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const outDir = join(root, 'data', 'corpus');
const PLATFORM = { li: 'linkedin', x: 'x', linkedin: 'linkedin' };

// Families forced into one split (after looking at the hash-based assignment, to keep ~20% of
// families and a mix of categories/languages in validation).
const SPLIT_OVERRIDE = {
  'f-obf-signals-01': 'validation', // an unseen hand-obfuscated template
  'f-data-entry-job-01': 'validation', // WhatsApp task-job scam
  'f-hi-trading-01': 'validation', // Hinglish, with an obfuscated variant
};

const splitOfFamily = (fid) => SPLIT_OVERRIDE[fid] || (hash32('split:' + fid) % 100 < 20 ? 'validation' : 'train');
const splitOfKey = (key) => (hash32('split:' + key) % 100 < 20 ? 'validation' : 'train');

// Standalone messages whose text says who is writing ("I'm Sana, …", "– Owen, Stroud Outdoor"):
// the sender's display name must agree with the signature. Matched on a snippet of the first message.
const SELF_NAMED = [
  ['Tomás here, we sat', { first: 'Tomás' }], ['my name is Ifeoma', { first: 'Ifeoma' }], ['Rafael from the Tuesday', { first: 'Rafael' }],
  ['Samuel from the accessibility', { first: 'Samuel' }], ["I'm Sana, an in-house", { first: 'Sana' }], ['Caleb from Harbourline', { first: 'Caleb' }],
  ['this is Erin from the Brightloom', { first: 'Erin' }], ['Maya @ Inkpot Prints', { name: 'Inkpot Prints' }], ['soy Marta, del equipo', { first: 'Marta' }],
  ['je suis Camille', { first: 'Camille' }], ['ich bin Julia aus', { first: 'Julia' }], ['sou a Fernanda', { first: 'Fernanda' }],
  ['sono Chiara del team', { first: 'Chiara' }], ['main Neha, Reddy', { first: 'Neha' }], ['ik ben Lotte', { first: 'Lotte' }],
  ["I'm Omar, I run", { first: 'Omar' }], ["it's Kofi from the climate", { first: 'Kofi' }], ['Zara from the parent-teacher', { first: 'Zara' }],
  ['Leah from Albright', { first: 'Leah' }], ['Tessa from Danso', { first: 'Tessa' }], ['Ravi from Carlisle Property', { first: 'Ravi' }],
  ['this is Jess from the Lund', { first: 'Jess' }], ['– Tariq, customer care', { first: 'Tariq' }], ['this is Brooke from the Leeds', { first: 'Brooke' }],
  ['My name is Elif Yilmaz', { name: 'Elif Yilmaz' }], ["I'm Megan, Head of Talent", { first: 'Megan' }], ['I am Tran from', { first: 'Tran', name: 'Tran Thi Mai' }],
  ['Best regards, Federica', { first: 'Federica' }], ['Anika (IT helpdesk)', { first: 'Anika' }], ["it's Adam from the rowing", { first: 'Adam' }],
  ['– Owen, Stroud Outdoor', { name: 'Stroud Outdoor' }], ['Bloom & Root team', { name: 'Bloom & Root' }], ['Foxglove Bikes team', { name: 'Foxglove Bikes' }],
  ['– Isla (community volunteer)', { first: 'Isla' }], ['Jade from the Bristol', { first: 'Jade' }], ['this is Marco from the Wednesday', { first: 'Marco' }],
  ["I'm Nadia, Grace Okafor", { first: 'Nadia' }], ["I'm Courtney from Mackay", { first: 'Courtney' }], ['Dylan from Varga', { first: 'Dylan' }],
  ['– Clay & Co', { name: 'Clay & Co' }], ["it's Hugo from the Ashworth", { first: 'Hugo' }], ['– Ade (organising team)', { first: 'Ade' }],
  ['this is Grace from the council', { first: 'Grace' }], ['this is Kira from the People', { first: 'Kira' }], ['this is Paige from Beaumont', { first: 'Paige' }],
  ["– Rosa's Bakes", { name: "Rosa's Bakes" }], ['calendly.com/growthwithsam', { first: 'Sam' }], ['pipelinepro-amir', { first: 'Amir' }],
  ['calendly.com/ines-ferreira', { name: 'Inês Ferreira' }], ['calendly.com/okonkwo-chidi', { name: 'Chidi Okonkwo' }], ['linktr.ee/wealthwithjess', { first: 'Jess' }],
  ['speakerdeck.com/dmensah', { name: 'Dami Mensah' }], ['github.com/ashworth-l/', { name: 'Lena Ashworth' }], ['github.com/fmackay/', { name: 'Fiona Mackay' }],
  ['ashworth-writes.example', { name: 'Molly Ashworth' }], ['github.com/carmen-codes', { first: 'Carmen' }], ['My name is Amanda', { first: 'Amanda' }], ['Marco from the Wednesday', { first: 'Marco' }],
];
const selfNamed = (text) => SELF_NAMED.find(([snip]) => text.includes(snip))?.[1] || {};

const senders = new SenderRegistry();
const records = [];
const usedIds = new Set();

function newId(key) {
  let n = hash32('id:' + key) % 9999;
  while (usedIds.has(n)) n = (n + 1) % 9999;
  usedIds.add(n);
  return 'c' + String(n + 1).padStart(4, '0');
}

function fill(text, sender, rng, lang, fixedYou) {
  const you = fixedYou || pick(rng, FIRST[FIRST[lang] ? lang : 'en']);
  const slug = sender.first.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text.replaceAll('{you_lc}', you.toLowerCase()).replaceAll('{you}', you).replaceAll('{me_lc}', slug).replaceAll('{me}', sender.first);
}

function push({ key, platform, sender, text, label, family, lang, split, meta }) {
  if (!text || !text.trim()) throw new Error(`empty text for ${key}`);
  const id = newId(key);
  records.push({
    rec: { id, platform, sender: { id: sender.id, name: sender.name }, text, label, family, lang },
    split,
    meta: { id, split, ...meta },
  });
}

const files = readdirSync(join(here, 'src')).filter((f) => f.endsWith('.mjs')).sort();
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, 'src', f)).href);
  const base = f.replace(/\.mjs$/, '');
  if (f.startsWith('families-')) {
    for (const fam of mod.default) {
      const label = fam.id.startsWith('f-') ? 'pitch' : 'genuine';
      const lang = fam.lang || 'en';
      const split = splitOfFamily(fam.id);
      const rng = rngFor('family:' + fam.id);
      const hand = fam.hand.map((h) => (typeof h === 'string' ? { t: h } : h));
      const n = fam.n || hand.length;
      const variants = n > hand.length
        ? makeVariants(hand.map((h) => h.t), n - hand.length, rng, { lang, label, obfuscateOne: !!fam.obf })
        : [];
      const members = [
        ...hand.map((h) => ({ text: h.t, origin: 'hand', p: h.p, obf: h.obf || null, ops: [] })),
        ...variants.map((v) => ({ text: v.text, origin: 'variant', base: v.base, obf: [hand[v.base].obf, v.obf].filter(Boolean).join('+') || null, ops: v.ops })),
      ];
      members.forEach((m, i) => {
        const key = `${fam.id}#${i}`;
        const plat = PLATFORM[m.p || (fam.p === 'mix' ? (chance(rng, 0.6) ? 'li' : 'x') : fam.p || 'li')];
        const sender = senders.get(key, plat, { lang, style: label === 'pitch' ? 'pitch' : fam.style || 'person', name: fam.names?.[i] });
        const you = pick(rng, FIRST[FIRST[lang] ? lang : 'en']);
        const text = fill(m.text, sender, rng, lang, you);
        push({ key, platform: plat, sender, text, label, family: fam.id, lang, split,
          meta: { category: fam.cat, origin: m.origin, source: base, ...(m.origin === 'variant' ? { variant_of_hand_member: m.base, ops: m.ops } : {}), ...(m.obf ? { obfuscation: m.obf } : {}) } });
        const fu = fam.followups?.[i];
        if (fu) {
          const fuText = fill(typeof fu === 'string' ? fu : fu.t, sender, rng, lang, you);
          push({ key: key + '#fu', platform: plat, sender, text: fuText, label, family: null, lang, split,
            meta: { category: 'bump', origin: 'hand', source: base, followup_of_family: fam.id, ...(fu.obf ? { obfuscation: fu.obf } : {}) } });
        }
      });
    }
  } else if (f.startsWith('oneoffs-')) {
    const label = mod.label;
    mod.default.forEach((entry, idx) => {
      const [p, cat, body, opts = {}] = entry;
      const lang = opts.lang || mod.lang || 'en';
      const plat = PLATFORM[p];
      if (!plat) throw new Error(`${f}[${idx}]: bad platform ${p}`);
      const skey = opts.sender ? `named:${opts.sender}` : `${base}:${idx}`;
      const self = selfNamed(Array.isArray(body) ? body[0] : body);
      const sender = senders.get(skey, plat, { lang, style: opts.style || (label === 'pitch' ? 'pitch' : plat === 'x' ? 'casual' : 'person'), name: opts.name || self.name, first: opts.first || self.first });
      const rng = rngFor('oneoff:' + skey + ':' + idx);
      const thread = Array.isArray(body) ? body : [body];
      const split = splitOfKey(skey);
      const you = opts.you || pick(rng, FIRST[FIRST[lang] ? lang : 'en']);
      thread.forEach((t, j) => {
        push({ key: `${base}:${idx}#${j}`, platform: plat, sender, text: fill(t, sender, rng, lang, you), label, family: null, lang, split,
          meta: { category: cat, origin: 'hand', source: base, ...(thread.length > 1 ? { thread_pos: j + 1, thread_len: thread.length } : {}), ...(opts.obf ? { obfuscation: opts.obf } : {}) } });
      });
    });
  }
}

// duplicate texts are a build error (they would leak between splits or double-count)
const seenText = new Map();
for (const { rec } of records) {
  if (seenText.has(rec.text)) throw new Error(`duplicate text in ${rec.id} and ${seenText.get(rec.text)}: ${JSON.stringify(rec.text)}`);
  seenText.set(rec.text, rec.id);
}

const byId = (a, b) => (a.rec.id < b.rec.id ? -1 : 1);
function writeAtomic(path, lines) {
  writeFileSync(path + '.tmp', lines.length ? lines.join('\n') + '\n' : '');
  renameSync(path + '.tmp', path);
}
for (const split of ['train', 'validation']) {
  writeAtomic(join(outDir, `${split}.jsonl`), records.filter((r) => r.split === split).sort(byId).map((r) => JSON.stringify(r.rec)));
}
writeAtomic(join(outDir, 'annotations.jsonl'), records.slice().sort(byId).map((r) => JSON.stringify(r.meta)));

const counts = records.reduce((c, r) => ((c[r.split] = (c[r.split] || 0) + 1), c), {});
console.log(`built ${records.length} messages`, counts);
