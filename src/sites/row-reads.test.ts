// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createRowReadCache } from './row-reads.ts';

function rows(n: number): Element[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<li data-id="${i}"><p>text ${i}</p></li>`).join('');
  return [...document.querySelectorAll('li')];
}

describe('createRowReadCache', () => {
  it('parses a row once and reuses the parse until a node inside it changes', () => {
    const [a, b] = rows(2) as [Element, Element];
    const cache = createRowReadCache();
    const parse = vi.fn((row: Element) => row.textContent);
    cache.begin(Infinity);
    expect(cache.read(a, parse)?.value).toBe('text 0');
    expect(cache.read(b, parse)?.value).toBe('text 1');
    cache.begin(Infinity);
    cache.read(a, parse);
    cache.read(b, parse);
    expect(parse).toHaveBeenCalledTimes(2);

    a.querySelector('p')!.textContent = 'edited';
    cache.invalidate([a.querySelector('p')!.firstChild!]);
    cache.begin(Infinity);
    expect(cache.read(a, parse)?.value).toBe('edited');
    cache.read(b, parse);
    expect(parse).toHaveBeenCalledTimes(3);
  });

  it('re-parses when the freshness check fails (an attribute mutation records do not cover)', () => {
    const [a] = rows(1) as [Element];
    const cache = createRowReadCache();
    const parse = (row: Element) => row.getAttribute('data-id');
    cache.begin(Infinity);
    cache.read(a, parse);
    a.setAttribute('data-id', 'recycled');
    expect(cache.read(a, parse, (id) => id === a.getAttribute('data-id'))?.value).toBe('recycled');
  });

  it('stops parsing once the budget is spent, after a minimum of rows, and says so', () => {
    const all = rows(40);
    let clock = 0;
    const cache = createRowReadCache(() => clock);
    cache.begin(5);
    clock = 10; // The budget starts at the first parse: a slow start of the pass does not count.
    const read = all.map((row) => {
      clock += 1; // every parse takes a millisecond: past the budget after 5, but at least 8 rows are read
      return cache.read(row, (r) => r.getAttribute('data-id'));
    });
    expect(read.filter(Boolean)).toHaveLength(8);
    expect(read.slice(8).every((r) => r === undefined)).toBe(true);
    expect(cache.deferred).toBe(true);

    cache.begin(5);
    expect(all.map((row) => cache.read(row, (r) => r.getAttribute('data-id'))).every(Boolean)).toBe(true);
    expect(cache.deferred).toBe(false);
  });

  it('forgets everything on clear', () => {
    const [a] = rows(1) as [Element];
    const cache = createRowReadCache();
    const parse = vi.fn(() => 1);
    cache.begin(Infinity);
    cache.read(a, parse);
    cache.clear();
    cache.read(a, parse);
    expect(parse).toHaveBeenCalledTimes(2);
  });
});
