#!/usr/bin/env node
// The echo index inside the real background service worker (Chromium): per-message observe/lookup cost at 1k / 10k /
// 100k messages, worker heap, IndexedDB bytes per message, and whether a stopped worker reloads the index. Rewrites the
// "In the background worker (Chromium)" subsection of the Echo section of docs/benchmarks.md.
//
//   node scripts/bench-worker.mjs [--no-build] [--no-write] [--total 100000]
//
// Everything is measured from outside; no product code is instrumented:
// - batches of 500 synthetic `cs→bg:screen` messages are sent from the extension's options page with
//   chrome.runtime.sendMessage; the round trip / 500 is an upper bound per message (validation, model, echo index,
//   IndexedDB writes, messaging);
// - the index's own share comes from V8's sampling profiler on the worker target (CDP Profiler, 100 µs): the time spent
//   under the inbox service's `echo` callback (echoEntry + echoIndex.observe, or echoIndex.lookup for `row:` ids), per
//   batch, / 500. Sampling gives the mean of a batch, so the reported "median" is the median over batches of that mean;
// - heap: Runtime.getHeapUsage on the worker after HeapProfiler.collectGarbage (JS heap + ArrayBuffer backing stores,
//   where the index's typed arrays live);
// - IndexedDB: navigator.storage.estimate() delta per message, and the bytes of the stored echoChunks values per record.
// Playwright cannot open a CDP session on a worker, so one is attached from a browser-level session
// (Target.attachToTarget without flatten, commands through Target.sendMessageToTarget).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtExtensionCopy, findChromium, launchWithExtension, stopServiceWorkers } from './lib/browser.mjs';
import { createSyntheticInbox } from './lib/synthetic-inbox.mjs';
import { cliArgs } from './lib/cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { flag, option } = cliArgs();
const TOTAL = Number(option('--total', 100_000));
const BATCH = 500;
const CHECKPOINTS = [1_000, 10_000, 100_000].filter((n) => n <= TOTAL);
// Batches just before a checkpoint whose per-message cost is reported "at" that size.
const WINDOW = { 1_000: 2, 10_000: 6, 100_000: 10 };
const LOOKUP_BATCHES = 3;
const SAMPLING_US = 100;
const TARGET = { ms: 1, bytes: 300, heapMb: 60 };

const NAMES = ['Priya', 'John', 'Amir', 'Lena', 'Kenji', 'Sofia', 'Marta', 'Tom', 'Aisha', 'Diego', 'Noor', 'Ravi'];
const { random, pick, corpus, twist, oneOff, token } = createSyntheticInbox({ seed: 0x3c40, names: NAMES });
const makeText = () => (random() < 0.5 ? twist(pick(corpus)) : oneOff());

let serial = 0;
/** A DirectMessage from a sender never seen before (distinct sender id per message). */
function message(text, { row = false } = {}) {
  serial++;
  return {
    id: `${row ? 'row:' : ''}2-${token(30)}${serial}`,
    conversationId: `2-${token(40)}`,
    direction: 'in',
    text,
    sender: { platform: 'linkedin', id: `li-ACoAA${token(30)}${serial}`, name: `${pick(NAMES)} ${pick(NAMES)}son` },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => bytes / 1048576;

// ---- build and copy -------------------------------------------------------------------------------------------------
const { extensionPath, work } = await builtExtensionCopy(root, 'bench-worker', { build: !flag('--no-build') });

// ---- launch ---------------------------------------------------------------------------------------------------------
const chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const loadBefore = loadavg()[0];
const started = performance.now();
const session = await launchWithExtension({ extensionPath, headless: true, userDataDir: join(work, 'profile') });
const { context, extensionId } = session;
const browserCdp = await context.browser().newBrowserCDPSession();

/** A CDP client on the extension's current service worker. */
async function attachWorker() {
  const deadline = Date.now() + 20_000;
  let target;
  while (!target) {
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) {
      if (Date.now() > deadline) throw new Error('no service worker target');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 1;
  const pending = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message);
    const waiter = reply.id !== undefined && pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(new Error(`${waiter.method}: ${reply.error.message}`));
    else waiter.resolve(reply.result);
  };
  browserCdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send(method, params = {}) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    async detach() {
      browserCdp.off('Target.receivedMessageFromTarget', onMessage);
      await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/options.html`);

async function send(messages) {
  const reply = await page.evaluate(async (batch) => {
    const t0 = performance.now();
    const r = await chrome.runtime.sendMessage({ type: 'cs→bg:screen', messages: batch });
    const ms = performance.now() - t0;
    if (!r || r.error || !Array.isArray(r.results)) return { ms, error: r?.error ?? 'no reply' };
    return { ms, echoes: r.results.filter((x) => x.echo).length, echo: r.results.map((x) => x.echo) };
  }, messages);
  if (reply.error) throw new Error(`cs→bg:screen failed: ${reply.error}`);
  return reply;
}

let worker = await attachWorker();
await worker.send('Profiler.enable');
await worker.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });

/** Milliseconds of a CPU profile spent under the inbox service's `echo` callback (and the total sampled time). */
function echoTime(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const isEcho = (n) => n.callFrame.functionName === 'echo' && n.callFrame.url.endsWith('/background.js');
  const under = (id) => {
    if (memo.has(id)) return memo.get(id);
    const v = isEcho(byId.get(id)) || (parent.has(id) ? under(parent.get(id)) : false);
    memo.set(id, v);
    return v;
  };
  let echo = 0;
  let busy = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? SAMPLING_US) / 1000;
    const name = byId.get(samples[i]).callFrame.functionName;
    if (name !== '(idle)' && name !== '(program)') busy += dt;
    if (under(samples[i])) echo += dt;
  }
  return { echo, busy };
}

async function profiledSend(messages) {
  await worker.send('Profiler.start');
  const reply = await send(messages);
  const { profile } = await worker.send('Profiler.stop');
  const { echo, busy } = echoTime(profile);
  return { ...reply, echoMs: echo, busyMs: busy };
}

async function heap() {
  await worker.send('HeapProfiler.collectGarbage');
  await worker.send('HeapProfiler.collectGarbage');
  const usage = await worker.send('Runtime.getHeapUsage');
  return { used: usage.usedSize, total: usage.totalSize, backing: usage.backingStorageSize ?? 0 };
}

async function storage() {
  return page.evaluate(async () => {
    const { usage } = await navigator.storage.estimate();
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('echo-screen');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const values = await new Promise((resolve, reject) => {
      const r = db.transaction('echoChunks').objectStore('echoChunks').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    // A chunk's own bytes: its typed-array columns (chunkColumns in echo-index.ts; this runs in the page, so it lists
    // them itself) plus its sender keys and family names (UTF-8).
    const encoder = new TextEncoder();
    let bytes = 0;
    let records = 0;
    for (const c of values) {
      records += c.join.length;
      for (const column of [c.ids, c.who, c.conv, c.time, c.sig, c.flags, c.join, c.merges, c.posted ?? new Uint32Array(0)]) bytes += column.byteLength;
      for (const key of [...c.senders, ...c.families]) bytes += encoder.encode(key).length;
    }
    return { usage, records, chunks: values.length, jsonPerRecord: records ? bytes / records : 0 };
  });
}

// ---- fill and measure ------------------------------------------------------------------------------------------------
const known = []; // one-off texts sent into the index, for the restart probe
await send([message('warm-up: hello there, are you free for a quick chat next week?')]);
// Warm the worker's JIT with snippet lookups (`row:` ids insert nothing), so the 1k figure is not the first batches' compile.
for (let k = 0; k < 4; k++) await send(Array.from({ length: BATCH }, () => message(makeText(), { row: true })));
const heapEmpty = await heap();
const storageEmpty = await storage();
const batches = [];
const rows = [];
let inserted = 1;
for (const checkpoint of CHECKPOINTS) {
  while (inserted < checkpoint) {
    const n = Math.min(BATCH, checkpoint - inserted);
    const texts = Array.from({ length: n }, makeText);
    if (random() < 0.2) known.push(texts.find((t) => !/^(Hi|Hey|Hello) /.test(t)) ?? texts[0]);
    const r = await profiledSend(texts.map((t) => message(t)));
    inserted += n;
    batches.push({ size: inserted, n, roundMs: r.ms, echoMs: r.echoMs, busyMs: r.busyMs, echoes: r.echoes });
    if (batches.length % 20 === 0) console.log(`  ${inserted} messages, last batch ${r.ms.toFixed(0)} ms round trip, ${r.echoMs.toFixed(1)} ms in echo`);
  }
  const recent = batches.slice(-WINDOW[checkpoint]);
  const lookups = [];
  for (let k = 0; k < LOOKUP_BATCHES; k++) {
    // Snippet rows: half near-copies of corpus texts, half fresh one-offs; `row:` ids are looked up, not inserted.
    const r = await profiledSend(Array.from({ length: BATCH }, () => message(makeText(), { row: true })));
    lookups.push({ roundMs: r.ms, echoMs: r.echoMs });
  }
  const h = await heap();
  const s = await storage();
  rows.push({
    size: checkpoint,
    insert: median(recent.map((b) => b.echoMs / b.n)),
    insertRound: median(recent.map((b) => b.roundMs / b.n)),
    lookup: median(lookups.map((l) => l.echoMs / BATCH)),
    lookupRound: median(lookups.map((l) => l.roundMs / BATCH)),
    heap: h,
    usagePerMessage: (s.usage - storageEmpty.usage) / (checkpoint - 1),
    records: s.records,
    jsonPerRecord: s.jsonPerRecord,
    echoShare: recent.reduce((a, b) => a + b.echoMs, 0) / recent.reduce((a, b) => a + b.busyMs, 0),
  });
  const row = rows.at(-1);
  console.log(
    `${checkpoint}: insert ${row.insert.toFixed(3)} ms (round trip ${row.insertRound.toFixed(3)}), lookup ${row.lookup.toFixed(3)} ms ` +
      `(round trip ${row.lookupRound.toFixed(3)}), heap ${mb(h.used).toFixed(1)} MB + ${mb(h.backing).toFixed(1)} MB backing, ` +
      `${row.usagePerMessage.toFixed(0)} B/message (estimate), ${row.jsonPerRecord.toFixed(0)} B/record (chunk values), ${s.records} records in ${s.chunks} chunks`,
  );
}

// ---- restart ---------------------------------------------------------------------------------------------------------
// A near-copy of a one-off sent earlier, from a new sender: 2 senders if the index survived, no echo if it did not.
const probeSource = known.find((t) => t.split(' ').length >= 20) ?? known[0];
const probeText = `Hi ${pick(NAMES)}, ${probeSource}`;
const before = (await send([message(probeText, { row: true })])).echo[0];
await worker.detach();
async function restartWorker() {
  await stopServiceWorkers(context, page);
  // Wait until the worker target is gone, so the next message really starts a fresh worker.
  for (let i = 0; i < 100; i++) {
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    if (!targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
}
await restartWorker();
const afterReply = await send([message(probeText)]);
const after = afterReply.echo[0];
const secondMs = (await send([message(makeText())])).ms;
// Two more restarts, each answering a fresh one-off: one restart's first reply varies by a few hundred ms.
const reloadRuns = [afterReply.ms];
for (let k = 0; k < 2; k++) {
  await restartWorker();
  reloadRuns.push((await send([message(makeText())])).ms);
}
const reloadMs = median(reloadRuns);
worker = await attachWorker();
const heapReloaded = await heap();
await worker.detach();
const survived = Boolean(before && after && after.senders >= before.senders);
const seconds = (performance.now() - started) / 1000;
const loadAfter = loadavg()[0];
await session.close();
rmSync(work, { recursive: true, force: true });
console.log(
  `restart: before ${JSON.stringify(before)}, after ${JSON.stringify(after)} → ${survived ? 'survived' : 'LOST'}; first reply ${reloadMs.toFixed(0)} ms (runs ${reloadRuns.map((ms) => ms.toFixed(0)).join(', ')}) ` +
    `(next ${secondMs.toFixed(0)} ms); heap after reload ${mb(heapReloaded.used).toFixed(1)} MB + ${mb(heapReloaded.backing).toFixed(1)} MB backing`,
);
console.log(`done in ${seconds.toFixed(0)} s`);

// ---- write ----------------------------------------------------------------------------------------------------------
const last = rows.at(-1);
const heapMb = (h) => mb(h.used + h.backing);
const fmt = (n, d = 3) => n.toFixed(d);
const indexMs = (ms) => (ms > 0 ? `${fmt(ms)} ms` : '—');
const int = (n) => Math.round(n).toLocaleString('en-US');
const ok = (cond) => (cond ? 'met' : '**not met**');
const today = new Date().toISOString().slice(0, 10);
const sizes = rows.map((r) => int(r.size)).join(' / ');
const lines = [
  '<!-- echo-worker:begin -->',
  '### In the background worker (Chromium)',
  '',
  `_${today} · ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} during the run · ` +
    `Node ${process.version} · ${chromiumVersion}, headless · \`node scripts/bench-worker.mjs\` (${seconds.toFixed(0)} s)_`,
  '',
  `The built extension's service worker, filled through \`cs→bg:screen\` batches of ${BATCH} sent from the options page: ` +
    `${int(TOTAL)} synthetic incoming messages (corpus texts with 1–3 random edits and a greeting name, and random one-offs), ` +
    `each from a distinct sender. "Index" is the worker's time under the inbox service's \`echo\` callback (echoEntry + ` +
    `\`observe\`, or \`lookup\` for \`row:\` ids), read with V8's sampling profiler (${SAMPLING_US} µs) over CDP, per batch / ${BATCH}; ` +
    `after 4 warm-up batches of \`row:\` lookups (which insert nothing); the median is over the last ${Object.values(WINDOW).join(' / ')} batches before each size (lookups: ${LOOKUP_BATCHES} batches of ` +
    `${BATCH} \`row:\` snippets at that size). "Round trip" is the whole batch as the sender sees it / ${BATCH}: validation, model, ` +
    'index, IndexedDB writes and messaging, an upper bound. Heap: `Runtime.getHeapUsage` on the worker after ' +
    '`HeapProfiler.collectGarbage`, JS heap + ArrayBuffer backing stores (the index\'s typed arrays).',
  '',
  '| messages in index | insert: index | insert: round trip | lookup: index | lookup: round trip | worker heap | IndexedDB per message (estimate) | echoChunks values per record |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${int(r.size)} | ${indexMs(r.insert)} | ${fmt(r.insertRound)} ms | ${indexMs(r.lookup)} | ${fmt(r.lookupRound)} ms | ` +
      `${heapMb(r.heap).toFixed(1)} MB (${mb(r.heap.used).toFixed(1)} + ${mb(r.heap.backing).toFixed(1)}) | ${int(r.usagePerMessage)} B | ${int(r.jsonPerRecord)} B |`,
  ),
  '',
  ...(rows.some((r) => !r.insert || !r.lookup)
    ? ['"—": no sample under the `echo` callback in the median batch. The profiler names an inlined function only in code ' +
        'optimised while it was recording, so that time showed under its caller; the round trip still bounds it.', '']
    : []),
  `Empty index (after one message): heap ${heapMb(heapEmpty).toFixed(1)} MB. The index's share of the worker's busy time while inserting: ` +
    rows.map((r) => `${(r.echoShare * 100).toFixed(0)}%`).join(' / ') + ` at ${sizes}.`,
  `Storage estimate is \`navigator.storage.estimate()\` usage growth / messages (all stores, LevelDB overhead included); ` +
    'the last column is the stored `echoChunks` values (typed-array columns + UTF-8 sender keys) divided by the records they hold.',
  '',
  '| target (100k messages, in the worker) | measured | |',
  '|---|---|---|',
  `| insert median ≤ 1 ms | ${indexMs(last.insert)} index, ${fmt(last.insertRound)} ms round trip | ${ok(last.insert <= TARGET.ms)} |`,
  `| lookup median ≤ 1 ms | ${indexMs(last.lookup)} index, ${fmt(last.lookupRound)} ms round trip | ${ok(last.lookup <= TARGET.ms)} |`,
  `| ≤ 300 bytes per message in IndexedDB | ${int(last.usagePerMessage)} B (estimate), ${int(last.jsonPerRecord)} B (chunk values) | ` +
    `${ok(last.usagePerMessage <= TARGET.bytes)} (estimate), ${ok(last.jsonPerRecord <= TARGET.bytes)} (chunk values) |`,
  `| worker < 60 MB | ${heapMb(last.heap).toFixed(1)} MB after filling, ${heapMb(heapReloaded).toFixed(1)} MB after a restart ` +
    `(JS heap alone ${mb(last.heap.used).toFixed(1)} / ${mb(heapReloaded.used).toFixed(1)} MB; the rest is ArrayBuffer backing stores) | ` +
    `${ok(heapMb(last.heap) < TARGET.heapMb && heapMb(heapReloaded) < TARGET.heapMb)} |`,
  `| restart keeps the index | ${survived ? 'yes' : 'no'}: a near-copy of an earlier one-off reported ${after ? `${after.senders} senders` : 'no echo'} ` +
    `after \`ServiceWorker.stopAllWorkers\` (lookup before: ${before ? `${before.senders}` : 'no echo'}); first reply after a restart ${int(reloadMs)} ms ` +
    `(median of 3 restarts: ${reloadRuns.map(int).join(', ')} ms; reload of ${int(last.records)} records), then ${int(secondMs)} ms for the next one | ${ok(survived)} |`,
  '<!-- echo-worker:end -->',
];

if (!flag('--no-write')) {
  const docPath = join(root, 'docs', 'benchmarks.md');
  let doc = readFileSync(docPath, 'utf8');
  const block = lines.join('\n');
  const BEGIN = '<!-- echo-worker:begin -->';
  const END = '<!-- echo-worker:end -->';
  if (doc.includes(BEGIN) && doc.includes(END)) {
    doc = doc.slice(0, doc.indexOf(BEGIN)) + block + doc.slice(doc.indexOf(END) + END.length);
  } else {
    // Append at the end of the Echo section: before the next section heading or another script's begin marker.
    const echo = /^## Echo\n[\s\S]*?(?=^## |^<!-- [\w-]+:begin -->|(?![\s\S]))/m.exec(doc);
    if (!echo) throw new Error('docs/benchmarks.md has no "## Echo" section');
    const end = echo.index + echo[0].length;
    doc = `${doc.slice(0, end).replace(/\n*$/, '\n\n')}${block}\n\n${doc.slice(end)}`;
  }
  writeFileSync(docPath, doc);
  console.log('wrote docs/benchmarks.md (Echo → In the background worker)');
}
