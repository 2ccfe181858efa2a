// @vitest-environment happy-dom
// The screener's fast paths must read exactly what a plain extract reads: with a row cache, and one message list alone.
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture.ts';
import { queryAll } from './dom.ts';
import { linkedin } from './linkedin.ts';
import { createRowReadCache } from './row-reads.ts';
import type { SiteAdapter } from './types.ts';
import { x } from './x.ts';

const cases: [string, SiteAdapter, string][] = [
  ['linkedin', linkedin, 'linkedin/messaging-thread.html'],
  ['linkedin', linkedin, 'linkedin/messaging-group-thread.html'],
  ['x', x, 'x/chat-thread.html'],
  ['x', x, 'x/chat-group.html'],
  ['x', x, 'x/chat-request-thread.html'],
];

describe.each(cases)('%s %s', (_site, adapter, fixture) => {
  it('reads the same with a row cache, twice, and after a row is edited', () => {
    const { url } = loadFixture(fixture);
    const plain = adapter.extract(document, url);
    const cache = createRowReadCache();
    cache.begin(Infinity);
    expect(adapter.extract(document, url, cache)).toEqual(plain);
    cache.begin(Infinity);
    const again = adapter.extract(document, url, cache);
    expect(again).toEqual(plain);
    // Unchanged rows come back as the same objects, so the screener can skip them.
    expect(again.messages.every((found, i) => found === adapter.extract(document, url, cache).messages[i])).toBe(true);

    const first = plain.messages[0]!;
    const textNode = [...first.row.querySelectorAll('*')].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() === first.message.text.split('\n')[0]);
    expect(textNode).toBeDefined();
    textNode!.nodeValue = 'edited in place';
    cache.invalidate([textNode!]);
    cache.begin(Infinity);
    expect(adapter.extract(document, url, cache)).toEqual(adapter.extract(document, url));
  });

  it('reads one message list alone exactly as extract reads its rows', () => {
    const { url } = loadFixture(fixture);
    const plain = adapter.extract(document, url);
    const scopes = queryAll(document, adapter.messageScopes!).filter((el) => !el.parentElement?.closest(adapter.messageScopes!.join(',')));
    expect(scopes.length).toBeGreaterThan(0);
    const cache = createRowReadCache();
    cache.begin(Infinity);
    const scoped = scopes.flatMap((scope) => adapter.extractScope!(scope, document, url, cache));
    const inScopes = plain.messages.filter(({ row }) => scopes.some((scope) => scope.contains(row)));
    expect(scoped.map((f) => f.message)).toEqual(inScopes.map((f) => f.message));
    expect(scoped.map((f) => f.row)).toEqual(inScopes.map((f) => f.row));
  });
});
