// Every committed fixture page with the URL its header comment declares ("URL: …").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export function fixturePages() {
  return ['linkedin', 'x'].flatMap((site) =>
    readdirSync(join(root, 'test/fixtures', site))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => {
        const file = `test/fixtures/${site}/${f}`;
        const head = readFileSync(join(root, file), 'utf8').slice(0, 3000);
        const url = /^\s*URL:\s*(\S+)/m.exec(head)?.[1];
        if (!url) throw new Error(`${file} has no "URL:" line in its header comment`);
        return { name: `${site}-${f.replace(/\.html$/, '')}`, site, file, url };
      }),
  );
}
