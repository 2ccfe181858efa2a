// @vitest-environment happy-dom
// The screener's fast paths must read exactly what a plain extract reads: with a row cache, one message list alone,
// and the rows a mutation added or touched alone.
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture.ts';
import { closestOf, matchesAny, queryAll } from './dom.ts';
import { linkedin } from './linkedin.ts';
import { createRowReadCache } from './row-reads.ts';
import type { FoundMessage, SiteAdapter } from './types.ts';
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

describe.each(cases)('%s %s, rows alone', (_site, adapter, fixture) => {
  /** Reads like the screener after a mutation: a full read first, then `extractRows` on what each mutation touched. */
  function screenerLike() {
    const { url } = loadFixture(fixture);
    const cache = createRowReadCache();
    cache.begin(Infinity);
    const byRow = new Map(adapter.extract(document, url, cache).messages.map((found) => [found.row, found]));
    return {
      url,
      byRow,
      readAlone(rows: Element[], touched: Node[]) {
        cache.invalidate(touched);
        cache.begin(Infinity);
        const scope = closestOf(rows[0]!, adapter.messageScopes!)!;
        const found = adapter.extractRows!(rows, scope, document, url, cache);
        const foundRows = new Set(found.map((f) => f.row));
        for (const row of rows) if (!foundRows.has(row)) byRow.delete(row);
        for (const f of found) byRow.set(f.row, f);
        const inOrder = [...byRow.values()].sort((a, b) => (a.row.compareDocumentPosition(b.row) & 4 ? -1 : 1));
        expect(inOrder.map((f) => f.message)).toEqual(adapter.extract(document, url).messages.map((f) => f.message));
        expect(inOrder.map((f) => f.row)).toEqual(adapter.extract(document, url).messages.map((f) => f.row));
      },
    };
  }

  /** The outermost element holding `row` and no other row: what the site adds per message (LinkedIn: the row; XChat: its `li`). */
  const listChild = (row: Element) => {
    let node = row;
    while (node.parentElement && queryAll(node.parentElement, adapter.messageRows!).length === 1) node = node.parentElement;
    return node;
  };

  /** A copy of a message's list child under a new message id, as the site renders an arrival. */
  function arrival(found: FoundMessage, n: number): { child: Element; row: Element } {
    const child = listChild(found.row).cloneNode(true) as Element;
    for (const el of [child, ...child.querySelectorAll('*')]) {
      for (const { name, value } of [...el.attributes]) {
        if (value.includes(found.message.id)) el.setAttribute(name, value.replaceAll(found.message.id, `${found.message.id}-c${n}`));
      }
    }
    const row = matchesAny(child, adapter.messageRows!) ? child : queryAll(child, adapter.messageRows!)[0]!;
    return { child, row };
  }

  it('reads each row alone as the whole page reads it', () => {
    const { byRow, readAlone } = screenerLike();
    expect(byRow.size).toBeGreaterThan(1);
    for (const row of [...byRow.keys()]) readAlone([row], []);
  });

  it('reads an edited row alone as a fresh read of the page', () => {
    const { byRow, readAlone } = screenerLike();
    const last = [...byRow.values()].at(-1)!;
    const textNode = [...last.row.querySelectorAll('*')]
      .flatMap((el) => [...el.childNodes])
      .find((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '' && last.message.text.includes((n.nodeValue ?? '').trim()));
    textNode!.nodeValue = 'edited in place';
    readAlone([last.row], [textNode!]);
  });

  it('reads an arrival before any row, or at the end, alone as a fresh read of the page', () => {
    const count = screenerLike().byRow.size;
    for (let i = 0; i <= count; i++) {
      const { byRow, readAlone } = screenerLike();
      const found = [...byRow.values()];
      const target = found[i];
      // An arrival from the other side than the row it precedes changes what that row inherits (§1.5).
      const source = (target && found.find((f) => f.message.direction !== target.message.direction)) ?? found.at(-1)!;
      const { child, row } = arrival(source, i);
      const next = target ? listChild(target.row) : undefined;
      if (next) next.before(child);
      else listChild(found.at(-1)!.row).after(child);
      readAlone([row], [child.parentElement!, child]);
    }
  });
});

const conversationCases: [string, SiteAdapter, string][] = [
  ['linkedin', linkedin, 'linkedin/messaging-thread.html'],
  ['linkedin', linkedin, 'linkedin/messaging-group-thread.html'],
  ['linkedin', linkedin, 'linkedin/overlay-light.html'],
  ['x', x, 'x/chat-thread.html'],
  ['x', x, 'x/chat-requests.html'],
  ['x', x, 'x/chat-request-thread.html'],
];

describe.each(conversationCases)('%s %s, conversation rows alone', (_site, adapter, fixture) => {
  it('reads every conversation row alone, and an edited snippet alone, as extract reads the page', () => {
    const { url } = loadFixture(fixture);
    const plain = adapter.extract(document, url).conversations;
    const rows = queryAll(document, adapter.conversationRows!);
    expect(plain.length).toBeGreaterThan(0);
    expect(adapter.extractConversations!(rows)).toEqual(plain);

    // A snippet changes in place (a new message in that conversation): the row alone reads as the whole page does.
    const row = plain[0]!.row;
    const { snippet } = plain[0]!;
    // The snippet's text node, with any "You:" / "Name:" prefix the row shows before it.
    const textNode = [...row.querySelectorAll('*')]
      .flatMap((el) => [...el.childNodes])
      .find((n) => n.nodeType === 3 && snippet !== '' && (n.nodeValue ?? '').includes(snippet));
    expect(textNode).toBeDefined();
    textNode!.nodeValue = textNode!.nodeValue!.replace(snippet, 'a new message arrived');
    const alone = adapter.extractConversations!([row]);
    expect(alone).toEqual(adapter.extract(document, url).conversations.filter((c) => c.row === row));
    expect(alone[0]?.snippet).toBe('a new message arrived');
  });
});
