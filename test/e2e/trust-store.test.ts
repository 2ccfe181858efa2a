// Store hygiene: addons-linter finds no error in the Firefox build, and both built manifests ask for the minimum.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './session.ts';

const firefox = join(root, '.output/firefox-mv2');
const chrome = join(root, '.output/chrome-mv3');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

beforeAll(() => {
  if (process.env.ECHO_SCREEN_SKIP_BUILD === '1' && existsSync(join(firefox, 'manifest.json'))) return;
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`wxt build -b firefox failed:\n${build.stdout}\n${build.stderr}`);
});

describe('store hygiene', () => {
  it('web-ext lint (addons-linter) reports no error on the Firefox build', () => {
    const lint = spawnSync('npx', ['web-ext', 'lint', '-s', firefox, '-o', 'json', '--no-config-discovery'], { cwd: root, encoding: 'utf8', maxBuffer: 32 << 20 });
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // The only warnings allowed are Preact's own innerHTML path (dangerouslySetInnerHTML, which our code never uses).
    const unexpected = report.warnings.filter(
      (w: { code: string; file: string }) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^(chunks|content-scripts)\//.test(w.file)),
    );
    expect(unexpected).toEqual([]);
  });

  it.each([
    ['chrome-mv3', chrome],
    ['firefox-mv2', firefox],
  ])('the %s manifest asks for storage only and reads LinkedIn and X messaging pages only', (_, dir) => {
    const manifest = manifestOf(dir);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(matches).toEqual(['https://www.linkedin.com/*', 'https://x.com/*']);
    expect(manifest.content_scripts.every((c: { all_frames?: boolean; world?: string }) => !c.all_frames && c.world !== 'MAIN')).toBe(true);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('SECURITY.md says how to report a problem privately and what is in scope', () => {
    const policy = readFileSync(join(root, 'SECURITY.md'), 'utf8');
    expect(policy).toMatch(/security@[\w.-]+/);
    expect(policy).toMatch(/## In scope/i);
  });
});
