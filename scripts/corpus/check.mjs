#!/usr/bin/env node
// Validates data/corpus/train.jsonl and data/corpus/validation.jsonl and prints counts.
// Plain Node ESM, no dependencies.   node scripts/corpus/check.mjs [--strict] [dir]
// Exit code 1 on any structural error; with --strict also when a corpus target is missed.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dir = args.find((a) => !a.startsWith('--')) || join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'corpus');
const FILES = ['train', 'validation'];
const KEYS = ['id', 'platform', 'sender', 'text', 'label', 'family', 'lang'];
const LANGS = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'hi', 'nl']);
const IGNORABLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

const errors = [];
const warnings = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const warn = (where, msg) => warnings.push(`${where}: ${msg}`);

const all = [];
for (const file of FILES) {
  const path = join(dir, `${file}.jsonl`);
  if (!existsSync(path)) { err(file, `missing ${path}`); continue; }
  const raw = readFileSync(path, 'utf8');
  if (raw.length && !raw.endsWith('\n')) warn(file, 'no trailing newline');
  raw.split('\n').forEach((line, i) => {
    const where = `${file}.jsonl:${i + 1}`;
    if (line === '') { if (i !== raw.split('\n').length - 1) err(where, 'blank line'); return; }
    let o;
    try { o = JSON.parse(line); } catch (e) { err(where, `invalid JSON (${e.message})`); return; }
    if (!o || typeof o !== 'object' || Array.isArray(o)) { err(where, 'not an object'); return; }
    const keys = Object.keys(o);
    const extra = keys.filter((k) => !KEYS.includes(k));
    const missing = KEYS.filter((k) => !(k in o));
    if (extra.length) err(where, `unexpected field(s) ${extra.join(', ')}`);
    if (missing.length) { err(where, `missing field(s) ${missing.join(', ')}`); return; }
    if (typeof o.id !== 'string' || !/^c\d{4,}$/.test(o.id)) err(where, `bad id ${JSON.stringify(o.id)}`);
    if (o.platform !== 'linkedin' && o.platform !== 'x') err(where, `bad platform ${JSON.stringify(o.platform)}`);
    const s = o.sender;
    if (!s || typeof s !== 'object' || Object.keys(s).sort().join() !== 'id,name') err(where, 'sender must be {id, name}');
    else {
      if (typeof s.name !== 'string' || !s.name.trim()) err(where, 'empty sender.name');
      if (typeof s.id !== 'string') err(where, 'sender.id not a string');
      else if (o.platform === 'linkedin' && !/^li-ACoAA[A-Za-z0-9_-]{10,}$/.test(s.id)) err(where, `linkedin sender.id should look like li-ACoAA…, got ${s.id}`);
      else if (o.platform === 'x' && !/^x-\d{5,20}$/.test(s.id)) err(where, `x sender.id should look like x-<digits>, got ${s.id}`);
    }
    if (typeof o.text !== 'string' || !o.text.replace(IGNORABLE, '').trim()) err(where, 'empty text');
    if (o.label !== 'pitch' && o.label !== 'genuine') err(where, `bad label ${JSON.stringify(o.label)}`);
    if (o.family !== null) {
      if (typeof o.family !== 'string' || !/^[fg]-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.family)) err(where, `bad family ${JSON.stringify(o.family)}`);
      else if ((o.family[0] === 'f') !== (o.label === 'pitch')) err(where, `family ${o.family} (${o.family[0]}-) does not match label ${o.label}`);
    }
    if (typeof o.lang !== 'string' || !/^[a-z]{2}$/.test(o.lang)) err(where, `bad lang ${JSON.stringify(o.lang)}`);
    else if (!LANGS.has(o.lang)) warn(where, `unusual lang ${o.lang}`);
    all.push({ ...o, file, where });
  });
}

// cross-record checks
const ids = new Map(), texts = new Map(), senders = new Map(), fams = new Map();
for (const r of all) {
  if (ids.has(r.id)) err(r.where, `duplicate id ${r.id} (also ${ids.get(r.id)})`); else ids.set(r.id, r.where);
  if (typeof r.text === 'string') {
    const t = r.text.trim();
    if (texts.has(t)) err(r.where, `duplicate text (also ${texts.get(t)})`); else texts.set(t, r.where);
  }
  if (r.sender?.id) {
    const prev = senders.get(r.sender.id);
    if (!prev) senders.set(r.sender.id, { name: r.sender.name, platform: r.platform, files: new Set([r.file]), n: 1 });
    else {
      if (prev.name !== r.sender.name) err(r.where, `sender ${r.sender.id} has two names: ${prev.name} / ${r.sender.name}`);
      if (prev.platform !== r.platform) err(r.where, `sender ${r.sender.id} on two platforms`);
      prev.files.add(r.file); prev.n++;
    }
  }
  if (r.family) {
    if (!fams.has(r.family)) fams.set(r.family, []);
    fams.get(r.family).push(r);
  }
}
for (const [fid, members] of fams) {
  const files = new Set(members.map((m) => m.file));
  if (files.size > 1) err(fid, `family split across files (${[...files].join(', ')})`);
  const labels = new Set(members.map((m) => m.label));
  if (labels.size > 1) err(fid, 'family has mixed labels');
  const sids = members.map((m) => m.sender.id);
  if (new Set(sids).size !== sids.length) err(fid, 'two members from the same sender');
  if (members.length < 2) err(fid, 'family with a single member');
  if (fid.startsWith('f-') && (members.length < 4 || members.length > 10)) warn(fid, `pitch family has ${members.length} members (target 4-10)`);
  const langs = new Set(members.map((m) => m.lang));
  if (langs.size > 1) warn(fid, `family spans languages ${[...langs].join(', ')}`);
}
for (const [sid, s] of senders) if (s.files.size > 1) warn(sid, 'sender appears in both train and validation');

// counts
const count = (rows, f) => rows.reduce((m, r) => m.set(f(r), (m.get(f(r)) || 0) + 1), new Map());
const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) + '%' : '-');
const table = (title, m, d) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${String(k).padEnd(14)} ${String(v).padStart(5)}  ${pct(v, d)}`);
};
const OBF_RE = /[\u200b\u200c\u200d\u2060\ufeff]|[\u0400-\u04ff\u0370-\u03ff]|[\u{1d400}-\u{1d7ff}]|[\uff01-\uff5e]|\b(?:[A-Za-z] ){3,}[A-Za-z]\b|(?<![\/\w.])[a-z]*[a-z][013457$@]+[a-z]\w*/iu;
const total = all.length;
console.log(`Echo Screen corpus: ${total} messages`);
table('by file', count(all, (r) => r.file), total);
table('by label', count(all, (r) => r.label), total);
table('by platform', count(all, (r) => r.platform), total);
table('by language', count(all, (r) => r.lang), total);
for (const file of FILES) {
  const rows = all.filter((r) => r.file === file);
  console.log(`\n${file}: ${rows.length} (${[...count(rows, (r) => r.label)].map(([k, v]) => `${k} ${v} ${pct(v, rows.length)}`).join(', ')})`);
}
const famList = [...fams.entries()];
const pf = famList.filter(([f]) => f.startsWith('f-')), gf = famList.filter(([f]) => f.startsWith('g-'));
console.log(`\nfamilies: ${fams.size} (pitch ${pf.length}, genuine ${gf.length})`);
for (const file of FILES) {
  const inFile = famList.filter(([, m]) => m[0].file === file);
  console.log(`  ${file.padEnd(11)} pitch ${inFile.filter(([f]) => f.startsWith('f-')).length}, genuine ${inFile.filter(([f]) => f.startsWith('g-')).length}, messages ${inFile.reduce((n, [, m]) => n + m.length, 0)}`);
}
const sizes = count(famList, ([, m]) => m.length);
console.log(`  family sizes: ${[...sizes].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}×${v}`).join(' ')}`);
console.log(`  messages in families: ${famList.reduce((n, [, m]) => n + m.length, 0)}, standalone: ${all.filter((r) => !r.family).length}`);
const multi = [...senders.values()].filter((s) => s.n > 1);
console.log(`senders: ${senders.size} distinct, ${multi.length} with 2+ messages`);
const pitches = all.filter((r) => r.label === 'pitch');
const obf = pitches.filter((r) => OBF_RE.test(r.text)).length;
console.log(`pitches with obfuscation-like characters (heuristic): ${obf} (${pct(obf, pitches.length)} of pitches)`);
const lens = all.map((r) => [...r.text].length).sort((a, b) => a - b);
if (lens.length) console.log(`text length (code points): min ${lens[0]}, median ${lens[lens.length >> 1]}, p95 ${lens[Math.floor(lens.length * 0.95)]}, max ${lens[lens.length - 1]}`);

// corpus targets from the brief
const nonEn = all.filter((r) => r.lang !== 'en').length;
const val = all.filter((r) => r.file === 'validation').length;
const goodPf = pf.filter(([, m]) => m.length >= 4 && m.length <= 10).length;
const targets = [
  ['at least 1,600 messages', total >= 1600],
  ['pitch share 40-50%', pitches.length / total >= 0.4 && pitches.length / total <= 0.5],
  ['validation share 15-25%', val / total >= 0.15 && val / total <= 0.25],
  ['≥ 60 pitch families with 4-10 members', goodPf >= 60],
  ['≥ 8 genuine families', gf.length >= 8],
  ['≥ 10% non-English', nonEn / total >= 0.1],
  ['LinkedIn share 50-70%', all.filter((r) => r.platform === 'linkedin').length / total >= 0.5 && all.filter((r) => r.platform === 'linkedin').length / total <= 0.7],
];
console.log('\ntargets');
for (const [name, ok] of targets) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}`);

if (warnings.length) {
  console.log(`\n${warnings.length} warning(s)`);
  for (const w of warnings.slice(0, 30)) console.log('  ' + w);
  if (warnings.length > 30) console.log(`  … ${warnings.length - 30} more`);
}
const missed = targets.filter(([, ok]) => !ok).length;
if (errors.length) {
  console.error(`\n${errors.length} error(s)`);
  for (const e of errors.slice(0, 50)) console.error('  ' + e);
  if (errors.length > 50) console.error(`  … ${errors.length - 50} more`);
  process.exit(1);
}
if (strict && missed) { console.error(`\n${missed} target(s) missed (--strict)`); process.exit(1); }
console.log('\nOK: no structural errors');
