// House rules that keep the layers apart, checked over the source tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sourceFiles = (dir: string) =>
  walk(join(root, dir)).filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

describe('src/engine is pure', () => {
  const files = sourceFiles('src/engine');

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s imports only engine files and natural deep paths', (_, file) => {
    const bad = importsOf(file).filter((spec) => !spec.startsWith('./') && !/^natural\/lib\/natural\//.test(spec));
    expect(bad).toEqual([]);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s uses no DOM, browser or Node globals', (_, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    const globals = code.match(/\b(document|window|chrome|browser|indexedDB|localStorage|process|Buffer|require)\s*[.(]/g);
    expect(globals ?? []).toEqual([]);
  });
});

describe('site adapters', () => {
  const registry = readFileSync(join(root, 'src/sites/index.ts'), 'utf8');
  const adapters = readdirSync(join(root, 'src/sites')).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && readFileSync(join(root, 'src/sites', f), 'utf8').includes(': SiteAdapter'),
  );

  it('finds the adapters', () => {
    expect(adapters.map((f) => basename(f, '.ts')).sort()).toEqual(expect.arrayContaining(['linkedin', 'x']));
  });

  it.each(adapters)('%s is registered in src/sites/index.ts and has a fixture test', (file) => {
    const name = basename(file, '.ts');
    expect(registry).toMatch(new RegExp(`from '\\./${name}\\.ts'`));
    const test = readFileSync(join(root, 'src/sites', `${name}.test.ts`), 'utf8');
    expect(test).toMatch(/fixtures/);
  });
});

describe('boundaries', () => {
  const all = [...sourceFiles('src'), ...sourceFiles('entrypoints')];

  it('only src/storage opens IndexedDB or extension storage', () => {
    const offenders = all.filter(
      (f) => !relative(root, f).startsWith('src/storage/') && /\b(openDB|indexedDB|storage\.defineItem|browser\.storage)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('never inserts markup as HTML', () => {
    const offenders = all.filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('has no eval or Function constructor', () => {
    const offenders = all.filter((f) => /\beval\s*\(|new Function\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('keeps content-script entrypoints thin: one call inside main()', () => {
    for (const file of walk(join(root, 'entrypoints')).filter((f) => /\.content\/index\.ts$/.test(f))) {
      const main = readFileSync(file, 'utf8').match(/main\(ctx\) \{([\s\S]*?)\n {2}\},/)?.[1] ?? '';
      expect(main.trim().split('\n'), relative(root, file)).toHaveLength(1);
    }
  });
});
