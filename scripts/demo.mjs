#!/usr/bin/env node
// `npm start`: build the extension, then open the built-in demo inbox (fixture pages served under the real URLs).
// With a display it opens a window; without one (or with --headless) it saves screenshots and prints a table.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES } from './lib/demo-pages.mjs';
import { blockSites, findChromium, launchWithExtension, openFixture } from './lib/browser.mjs';
import { waitForLabels } from './lib/collect-labels.mjs';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const headless = argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = join(root, 'demo-output');

try {
  findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (!argv.includes('--no-build')) {
  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const session = await launchWithExtension({ extensionPath: join(root, '.output/chrome-mv3'), headless });
await blockSites(session.context);

if (!headless) {
  for (const demo of DEMO_PAGES) await openFixture(session.context, demo.url, join(root, demo.file));
  console.log('Demo inbox open: click the Echo Screen icon in the toolbar on any tab. Close the window to finish.');
  await new Promise((resolve) => session.context.on('close', resolve));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const table = [];
for (const demo of DEMO_PAGES) {
  const page = await openFixture(session.context, demo.url, join(root, demo.file));
  const rows = await waitForLabels(page);
  const file = join(outDir, `${demo.name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`${demo.title}: ${rows.length} labelled rows → ${file}`);
  for (const row of rows) table.push({ page: demo.name, ...row });
  await page.close();
}
await session.close();

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
console.log('');
console.log(['page'.padEnd(22), 'verdict'.padEnd(8), 'score', 'echo', 'tactic'.padEnd(16), 'message'].join('  '));
for (const row of table) {
  console.log(
    [row.page.padEnd(22), row.verdict.padEnd(8), (row.score ?? '').padEnd(5), (row.echo ? `×${row.echo}` : '').padEnd(4), (row.tactic ?? '').padEnd(16), clip(row.text, 70)].join('  '),
  );
}
const counts = table.reduce((acc, r) => ({ ...acc, [r.verdict]: (acc[r.verdict] ?? 0) + 1 }), {});
console.log(`\n${table.length} rows labelled: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}. Screenshots in demo-output/.`);
if (table.length === 0) {
  console.error('No labels appeared: the extension did not run on the demo pages.');
  process.exit(1);
}
