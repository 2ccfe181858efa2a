#!/usr/bin/env node
// A cold start in the background worker (Chromium): how long the built extension's service worker takes to screen a new
// 2,000-message thread right after it was stopped, against the same worker warm, and what the renderer's threads spend
// meanwhile. The same rounds run again with V8's optimising compiler (TurboFan) switched off: a diagnostic only, since an
// extension cannot set V8 flags. Rewrites the "Cold start in the worker" section of docs/benchmarks.md.
//
//   node scripts/bench-cold.mjs [--no-build] [--no-write] [--rounds 3]
//
// Measured from outside; no product code is instrumented:
// - the thread is sent from the extension's options page as a content script sends a page: `cs→bg:screen` batches of
//   100, two in flight; the time runs from the first send to the last answer;
// - "cold" is the first thread after `ServiceWorker.stopAllWorkers` (as Chrome stops a worker after 30 s idle): the
//   worker starts, loads model and index, and V8 compiles the engine as it runs; "warm" is the next thread;
// - CPU (Linux only): user + system time from /proc of the extension renderer's threads over the cold thread, split
//   into the worker's own thread and the process's thread pool, where V8 compiles and collects garbage concurrently.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtExtensionCopy, findChromium, launchWithExtension, stopServiceWorkers } from './lib/browser.mjs';
import { readJsonl } from './lib/jsonl.mjs';
import { cliArgs } from './lib/cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { flag, option } = cliArgs();
const ROUNDS = Number(option('--rounds', 3));
const THREAD = 2000;
const BATCH = 100;
const IN_FLIGHT = 2;
const MODES = [
  { name: 'as shipped' },
  { name: 'TurboFan off (diagnostic)', jsFlags: '--no-turbofan' },
];

// The page bench's texts (validation corpus, in order, cycling); a quarter of each thread is the user's own.
const texts = readJsonl(join(root, 'data/corpus/validation.jsonl')).map((m) => m.text);
let serial = 0;
function thread() {
  const conversation = `bench-cold-${++serial}`;
  return Array.from({ length: THREAD }, (_, i) => {
    const own = i % 4 === 3;
    return {
      id: `${conversation}-${i}`,
      conversationId: conversation,
      direction: own ? 'out' : 'in',
      text: texts[(serial * THREAD + i) % texts.length],
      sender: own ? { platform: 'x', id: 'me', name: 'Me' } : { platform: 'x', id: `${conversation}-sender`, name: 'Sender' },
    };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- CPU per thread (Linux /proc) -----------------------------------------------------------------------------------
const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * The extension renderer: the process, among those started by the browser whose profile is `profile`, that runs a
 * service-worker thread (only the extension has one here). Other Chromium instances on the machine are left out.
 */
function workerProcess(profile) {
  const parents = new Map();
  let browser = null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!browser && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`)) browser = pid;
    } catch {
      // the process ended while being read
    }
  }
  const descends = (pid) => {
    for (let p = pid; p && p !== '0' && p !== '1'; p = parents.get(p)) if (p === browser) return true;
    return false;
  };
  for (const pid of parents.keys()) {
    try {
      if (pid !== browser && descends(pid) && threadStats(pid).some((t) => t.name.startsWith('ServiceWorker'))) return pid;
    } catch {
      // the process ended while being read
    }
  }
  return null;
}

/** The process's threads: id, name and CPU ms so far (threads that end while being read are left out). */
function threadStats(pid) {
  const out = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ tid, name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
    } catch {
      // the thread ended while being read
    }
  }
  return out;
}

/** CPU ms so far of the process's worker thread and of its thread pool, keyed by thread id. */
function cpuByThread(pid) {
  const out = new Map();
  for (const { tid, name, ms } of threadStats(pid)) {
    const kind = name.startsWith('ServiceWorker') ? 'worker' : name.startsWith('ThreadPool') ? 'pool' : null;
    if (kind) out.set(tid, { kind, ms });
  }
  return out;
}

function cpuDelta(before, after) {
  const sum = { worker: 0, pool: 0 };
  for (const [tid, { kind, ms }] of after) sum[kind] += ms - (before.get(tid)?.ms ?? 0);
  return sum;
}

// ---- build and copy -------------------------------------------------------------------------------------------------
const { extensionPath, work } = await builtExtensionCopy(root, 'bench-cold', { build: !flag('--no-build') });
const chromiumVersion = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const hasProc = process.platform === 'linux';
const loadBefore = loadavg()[0];
const started = performance.now();

// ---- measure --------------------------------------------------------------------------------------------------------
async function measure(mode) {
  const profile = mkdtempSync(join(work, 'profile-'));
  const session = await launchWithExtension({ extensionPath, headless: true, userDataDir: profile, jsFlags: mode.jsFlags });
  const { context, extensionId } = session;
  try {
    const browserCdp = await context.browser().newBrowserCDPSession();
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForTimeout(1000);
    const workerGone = async () => {
      const { targetInfos } = await browserCdp.send('Target.getTargets');
      return !targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    };
    const screen = (messages) =>
      page.evaluate(
        async ({ messages, batch, inFlight }) => {
          const batches = [];
          for (let i = 0; i < messages.length; i += batch) batches.push(messages.slice(i, i + batch));
          const t0 = performance.now();
          let first = 0;
          let next = 0;
          let answered = 0;
          await new Promise((resolve, reject) => {
            const pump = () => {
              const sent = batches[next++];
              if (!sent) return;
              chrome.runtime.sendMessage({ type: 'cs→bg:screen', messages: sent }).then((reply) => {
                if (!reply || reply.error || reply.results?.length !== sent.length) return reject(new Error(reply?.error ?? 'no reply'));
                first ||= performance.now() - t0;
                if (++answered === batches.length) resolve();
                else pump();
              }, reject);
            };
            for (let k = 0; k < inFlight; k++) pump();
          });
          return { ms: performance.now() - t0, first };
        },
        { messages, batch: BATCH, inFlight: IN_FLIGHT },
      );
    await screen(thread()); // the profile's first worker start is not a round
    // Found while the worker runs; a restarted worker runs in the same process, with the options page.
    const pid = hasProc ? workerProcess(profile) : null;
    const rounds = [];
    const restart = async () => {
      await stopServiceWorkers(context, page);
      for (let i = 0; i < 100 && !(await workerGone()); i++) await page.waitForTimeout(50);
      await page.waitForTimeout(500);
    };
    for (let r = 0; r < ROUNDS; r++) {
      await restart();
      const before = pid ? cpuByThread(pid) : null;
      const coldThread = thread();
      const cold = await screen(coldThread);
      const cpu = pid ? cpuDelta(before, cpuByThread(pid)) : null;
      const warm = await screen(thread());
      // The thread screened cold, sent again by a fresh worker: a page reopened after Chrome stopped the worker. Chrome
      // stops it after 30 s idle; the worker keeps new text scores after 1 s of quiet, so the stop comes after 1.5 s.
      await page.waitForTimeout(1500);
      await restart();
      const revisit = await screen(coldThread);
      rounds.push({ cold, warm, revisit, cpu });
      console.log(
        `  [${mode.name}] round ${r + 1}: cold ${cold.ms.toFixed(0)} ms (first batch ${cold.first.toFixed(0)} ms), warm ${warm.ms.toFixed(0)} ms, ` +
          `cold revisit ${revisit.ms.toFixed(0)} ms` +
          (cpu ? `; cold CPU: worker thread ${cpu.worker} ms, thread pool ${cpu.pool} ms` : ''),
      );
    }
    return rounds;
  } finally {
    await session.close();
  }
}

const results = [];
for (const mode of MODES) results.push({ mode, rounds: await measure(mode) });
rmSync(work, { recursive: true, force: true });
const seconds = (performance.now() - started) / 1000;
const loadAfter = loadavg()[0];

// ---- write ----------------------------------------------------------------------------------------------------------
const int = (n) => Math.round(n).toLocaleString('en-US');
const runs = (xs) => xs.map(int).join(', ');
const cell = (rounds, pick) => `${int(median(rounds.map(pick)))} ms (${runs(rounds.map(pick))})`;
const cpuCell = (rounds) =>
  rounds[0].cpu ? `${int(median(rounds.map((r) => r.cpu.worker)))} / ${int(median(rounds.map((r) => r.cpu.pool)))} ms` : '— (needs Linux /proc)';
const [shipped, diagnostic] = results;
const row = (label, f) => `| ${label} | ${f(shipped.rounds)} | ${f(diagnostic.rounds)} |`;
const today = new Date().toISOString().slice(0, 10);
const body = [
  '### Cold start in the worker',
  '',
  `_${today} · ${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} during the run · ` +
    `Node ${process.version} · ${chromiumVersion}, headless · \`node scripts/bench-cold.mjs\` (${seconds.toFixed(0)} s)_`,
  '',
  `The built extension's service worker alone, no page: a new ${int(THREAD)}-message thread (the page bench's corpus texts, a ` +
    `quarter of them the user's own) sent from the options page as a content script sends a page, \`cs→bg:screen\` batches of ` +
    `${BATCH} with ${IN_FLIGHT} in flight, timed from the first send to the last answer. Cold: the first thread after ` +
    '`ServiceWorker.stopAllWorkers`, as Chrome stops an idle worker; the worker starts, loads model and index, and V8 ' +
    `compiles the engine while it runs. Warm: the next thread. Cold revisit: the cold thread again (same ids and texts) after another restart 1.5 s later (Chrome stops a worker after 30 s idle; the worker keeps new text scores after 1 s of quiet), as when a thread is reopened once Chrome stopped the worker. Medians of ${ROUNDS} rounds (runs in brackets). CPU is ` +
    "user + system time of the extension renderer's threads during the cold thread, from /proc: the worker's own thread, " +
    "and the renderer's thread pool, where V8's compilers and garbage collector run concurrently. The second column runs " +
    'the same rounds with `--js-flags=--no-turbofan`, which an extension cannot set: it shows what V8\'s optimising ' +
    'compiler costs a cold start on this machine.',
  '',
  `| ${int(THREAD)}-message thread, in the worker | ${shipped.mode.name} | ${diagnostic.mode.name} |`,
  '|---|---|---|',
  row('cold: right after a worker restart', (r) => cell(r, (x) => x.cold.ms)),
  row('… first batch answered', (r) => cell(r, (x) => x.cold.first)),
  row('warm: the next thread', (r) => cell(r, (x) => x.warm.ms)),
  row('cold revisit: the cold thread again, after another restart', (r) => cell(r, (x) => x.revisit.ms)),
  row('cold CPU: worker thread / thread pool', cpuCell),
  '',
  'The page bench above times the same cold start inside a page, where the page and its content script share the cores.',
].join('\n');

if (!flag('--no-write')) {
  const docPath = join(root, 'docs', 'benchmarks.md');
  let doc = readFileSync(docPath, 'utf8');
  const BEGIN = '<!-- cold:begin -->';
  const END = '<!-- cold:end -->';
  const section = `${BEGIN}\n${body}\n${END}`;
  if (doc.includes(BEGIN) && doc.includes(END)) {
    doc = doc.slice(0, doc.indexOf(BEGIN)) + section + doc.slice(doc.indexOf(END) + END.length);
  } else {
    // Right after the page section, which it complements.
    const PAGE_END = '<!-- page:end -->';
    const at = doc.includes(PAGE_END) ? doc.indexOf(PAGE_END) + PAGE_END.length : doc.length;
    doc = `${doc.slice(0, at)}\n\n${section}\n${doc.slice(at)}`;
  }
  writeFileSync(docPath, doc);
  console.log('wrote docs/benchmarks.md (Cold start in the worker)');
} else {
  console.log(body);
}
