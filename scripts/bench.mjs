#!/usr/bin/env node
// `npm run bench`: runs each benchmark in its own process, in order. Add yours to the list.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = [
  { name: 'engine', args: ['--import', 'tsx', join(here, 'bench-engine.mjs')] },
  { name: 'echo', args: ['--expose-gc', '--import', 'tsx', join(here, 'bench-echo.mjs')] },
  { name: 'page', args: [join(here, 'bench-page.mjs')] },
  { name: 'worker', args: [join(here, 'bench-worker.mjs')] },
  { name: 'cold', args: [join(here, 'bench-cold.mjs')] },
];

const only = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (only.length && !only.includes(bench.name)) continue;
  console.log(`\n=== bench: ${bench.name} ===`);
  const r = spawnSync(process.execPath, bench.args, { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
