#!/usr/bin/env node
// Echo index at scale: 100,000 synthetic messages (corpus texts with random twists, SMS messages, random one-offs).
// Reports observe/lookup cost at 1k / 10k / 100k, bytes per persisted record, heap, and draws docs/echo-scale.svg.
//
//   node --expose-gc --import tsx scripts/bench-echo.mjs
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chunkColumns, createEchoIndex } = await import('../src/engine/echo-index.ts');
const { fingerprint, FINGERPRINT_PARAMS, ECHO_THRESHOLD } = await import('../src/engine/fingerprint.ts');
const { normalize } = await import('../src/engine/normalize.ts');
const { createSyntheticInbox } = await import('./lib/synthetic-inbox.mjs');

// ECHO_BENCH_TOTAL / ECHO_BENCH_PARAMS (JSON of FingerprintParams + threshold) let tune runs compare settings quickly.
const TOTAL = Number(process.env.ECHO_BENCH_TOTAL ?? 100_000);
const CHECKPOINTS = [1_000, 10_000, 100_000].filter((n) => n <= TOTAL);
const override = process.env.ECHO_BENCH_PARAMS ? JSON.parse(process.env.ECHO_BENCH_PARAMS) : null;
const indexOptions = override ? { params: { ...FINGERPRINT_PARAMS, ...override }, threshold: override.threshold ?? ECHO_THRESHOLD } : {};
const PROBES = 2_000;

// The shared SMS data sits beside the repository (../shared/data); the bench runs without it.
const smsPath = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const sms = existsSync(smsPath) ? readFileSync(smsPath, 'utf8').split('\n').map((l) => l.split('\t')[1]).filter(Boolean) : [];
const { random, pick, corpus, twist, oneOff, token } = createSyntheticInbox({
  seed: 0x5eed,
  names: ['Priya', 'John', 'Amir', 'Lena', 'Kenji', 'Sofia', 'Marta', 'Tom', 'Aisha', 'Diego'],
  extraTexts: sms,
});

function makeMessage() {
  const r = random();
  if (r < 0.4 && corpus.length) return twist(pick(corpus));
  if (r < 0.6 && sms.length) return pick(sms);
  return oneOff();
}

const senderPool = Array.from({ length: 30_000 }, () => `li-ACoAA${token(35)}`);
function makeEntry(i, text) {
  // Realistic id lengths: LinkedIn profile URNs and message ids.
  return { messageId: `2-${token(34)}`, senderKey: pick(senderPool), conversationId: `2-${token(40)}`, time: 1_700_000_000_000 + i * 60_000, verdictHint: 'clean', normalizedText: text };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const gc = () => globalThis.gc?.();

const started = performance.now();
const entries = Array.from({ length: TOTAL }, (_, i) => makeEntry(i, normalize(makeMessage()).folded));
const probes = Array.from({ length: PROBES }, (_, i) => makeEntry(TOTAL + i, normalize(makeMessage()).folded));
const probeSignatures = probes.map((p) => ({ ...p, normalizedText: undefined, signature: fingerprint(p.normalizedText, indexOptions.params).signature }));
console.log(`generated ${TOTAL + PROBES} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const index = createEchoIndex(indexOptions);
const rows = [];
let inserted = 0;
let echoes = 0;
for (const checkpoint of CHECKPOINTS) {
  const insertTimes = [];
  for (; inserted < checkpoint; inserted++) {
    const t0 = performance.now();
    if (index.observe(entries[inserted])) echoes++;
    insertTimes.push(performance.now() - t0);
  }
  const lookupTimes = [];
  const indexOnly = [];
  for (let i = 0; i < PROBES; i++) {
    let t0 = performance.now();
    index.lookup(probes[i]);
    lookupTimes.push(performance.now() - t0);
    t0 = performance.now();
    index.lookup(probeSignatures[i]);
    indexOnly.push(performance.now() - t0);
  }
  rows.push({ size: checkpoint, insert: median(insertTimes), insertP95: p95(insertTimes), lookup: median(lookupTimes), lookupP95: p95(lookupTimes), indexOnly: median(indexOnly) });
}
// Persisted as IndexedDB holds them: chunks of CHUNK_RECORDS records, structured-cloned.
const CHUNK = 2048;
const chunks = [];
for (let from = 0; from < index.records; from += CHUNK) chunks.push(structuredClone(index.toChunk(from, from + CHUNK)));
const chunkBytes = (c) =>
  chunkColumns(c).reduce((n, a) => n + a.byteLength, 0) +
  [...c.senders, ...c.families].reduce((n, key) => n + Buffer.byteLength(key) + 1, 0);
const bytesPerRecord = chunks.reduce((n, c) => n + chunkBytes(c), 0) / index.records;
// Memory is measured on an index rebuilt from the chunks, so the synthetic texts' garbage does not blur it.
const restored = createEchoIndex(indexOptions);
gc();
const before = process.memoryUsage();
const t0 = performance.now();
restored.load(chunks);
const reloadMs = performance.now() - t0;
gc();
const after = process.memoryUsage();
if (restored.size !== index.size) throw new Error('reload lost records');

const f = (ms) => ms.toFixed(3);
console.log('\n| index size | observe median (ms) | observe p95 | lookup median (ms) | lookup p95 | lookup, signature given (ms) |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.size.toLocaleString('en')} | ${f(r.insert)} | ${f(r.insertP95)} | ${f(r.lookup)} | ${f(r.lookupP95)} | ${f(r.indexOnly)} |`);
const mb = (bytes) => (bytes / 1048576).toFixed(1);
console.log(`\necho answers while inserting: ${echoes.toLocaleString('en')} of ${TOTAL.toLocaleString('en')}`);
console.log(`persisted bytes per record (chunk columns + sender keys, before IndexedDB overhead): ${bytesPerRecord.toFixed(0)}`);
console.log(`memory for 100k: heapUsed +${mb(after.heapUsed - before.heapUsed)} MB, typed arrays (arrayBuffers) +${mb(after.arrayBuffers - before.arrayBuffers)} MB, total +${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)} MB, rss +${mb(after.rss - before.rss)} MB${globalThis.gc ? '' : ' (run with --expose-gc for exact figures)'}`);
console.log(`reload ${index.records.toLocaleString('en')} records from ${chunks.length} chunks (saved joins and postings replayed): ${(reloadMs / 1000).toFixed(2)} s`);
console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);

// Cost against size on log-log axes.
const W = 480;
const H = 300;
const pad = 56;
const xs = (size) => pad + ((Math.log10(size) - 3) / 2) * (W - 2 * pad);
const maxMs = Math.max(...rows.map((r) => Math.max(r.lookup, r.insert))) * 1.25;
const ys = (ms) => H - pad - (ms / maxMs) * (H - 2 * pad);
const line = (key, colour) =>
  `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${rows.map((r) => `${xs(r.size).toFixed(1)},${ys(r[key]).toFixed(1)}`).join(' ')}"/>` +
  rows.map((r) => `<circle cx="${xs(r.size).toFixed(1)}" cy="${ys(r[key]).toFixed(1)}" r="3" fill="${colour}"/>`).join('');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="${W / 2}" y="20" text-anchor="middle" font-weight="bold">Echo index: median cost per message against index size</text>
<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="black"/>
<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${H - pad}" stroke="black"/>
${rows.map((r) => `<text x="${xs(r.size)}" y="${H - pad + 16}" text-anchor="middle">${r.size.toLocaleString('en')}</text>`).join('')}
<text x="${W / 2}" y="${H - 14}" text-anchor="middle">messages in the index (log scale)</text>
${[0, 0.5, 1].map((k) => `<text x="${pad - 6}" y="${ys(maxMs * k * 0.8) + 4}" text-anchor="end">${(maxMs * k * 0.8).toFixed(3)}</text>`).join('')}
<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">ms (median)</text>
${line('lookup', '#1f77b4')}${line('insert', '#d62728')}${line('indexOnly', '#2ca02c')}
<text x="${W - pad - 150}" y="${pad}" fill="#d62728">observe (fingerprint + insert)</text>
<text x="${W - pad - 150}" y="${pad + 16}" fill="#1f77b4">lookup (fingerprint + search)</text>
<text x="${W - pad - 150}" y="${pad + 32}" fill="#2ca02c">lookup, signature given</text>
</svg>
`;
if (!process.argv.includes('--no-write')) {
  writeFileSync(join(root, 'docs', 'echo-scale.svg'), svg);
  console.log('wrote docs/echo-scale.svg');
}
