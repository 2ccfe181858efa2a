// What the site adapters read from a fixture, computed in Node (happy-dom), to check the browser against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { adapterFor } from '../../src/sites/index.ts';
import { attachDeclarativeShadowRoots } from '../fixtures/load-fixture.ts';
import type { FixturePage } from './pages.ts';

export interface Expected {
  incoming: number;
  outgoing: number;
  rows: number;
  inShadow: number;
}

export function expectedLabels(page: FixturePage, root: string): Expected {
  const window = new Window({ url: page.url });
  const doc = window.document as unknown as Document;
  const parsed = new window.DOMParser().parseFromString(readFileSync(join(root, page.file), 'utf8'), 'text/html');
  doc.documentElement.remove();
  doc.appendChild(doc.importNode(parsed.documentElement as unknown as Node, true));
  attachDeclarativeShadowRoots(doc);
  const adapter = adapterFor(new URL(page.url));
  if (!adapter) throw new Error(`no adapter for ${page.url}`);
  const url = new URL(page.url);
  const counts: Expected = { incoming: 0, outgoing: 0, rows: 0, inShadow: 0 };
  const roots: ParentNode[] = [doc, ...adapter.shadowRoots(doc)];
  roots.forEach((root, i) => {
    const found = adapter.extract(root, url);
    for (const { message } of found.messages) counts[message.direction === 'in' ? 'incoming' : 'outgoing']++;
    counts.rows += found.conversations.length;
    if (i > 0) counts.inShadow += found.messages.length + found.conversations.length;
  });
  void window.happyDOM.close();
  return counts;
}
