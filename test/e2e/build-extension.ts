// Browser tests need real Chromium and a fresh build. A missing Chromium fails the run with the way to install it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with `npm start`
import { findChromium } from '../../scripts/lib/browser.mjs';

export default function setup() {
  findChromium();
  const root = join(import.meta.dirname, '../..');
  if (process.env.ECHO_SCREEN_SKIP_BUILD === '1') return;
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`wxt build failed:\n${build.stdout}\n${build.stderr}`);
}
