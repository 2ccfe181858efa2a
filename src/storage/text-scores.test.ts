import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTextScores, keepTextScore, memoryTextScores, restoreTextScore, sessionTextScores, textHash, type SessionArea } from './text-scores.ts';

const TEXT = 'Hi Sam! I came across your profile. Open to a quick 15 min call? Limited spots 🚀';
const SCORE = {
  baseLogit: 2.75,
  tactics: [
    { id: 'false-rapport', evidence: 'came across your profile' },
    { id: 'quick-call', evidence: 'quick 15 min call' },
    { id: 'urgency', evidence: 'Limited spots' },
  ],
};

describe('kept text scores', () => {
  it('keep no text, and restore the same score for the same text', () => {
    const kept = keepTextScore(TEXT, SCORE)!;
    expect(JSON.stringify(kept)).not.toMatch(/Sam|came across|15 min|Limited/);
    expect(kept).toEqual({ n: TEXT.length, h: textHash(TEXT), l: 2.75, t: [['false-rapport', 10, 24], ['quick-call', 46, 17], ['urgency', 65, 13]] });
    expect(restoreTextScore(TEXT, JSON.parse(JSON.stringify(kept)))).toEqual(SCORE);
  });

  it('restore nothing for an edited text, even of the same length', () => {
    const kept = keepTextScore(TEXT, SCORE)!;
    expect(restoreTextScore(TEXT.replace('Sam', 'Kai'), kept)).toBeUndefined();
    expect(restoreTextScore(`${TEXT}!`, kept)).toBeUndefined();
  });

  it('restore nothing from a malformed entry', () => {
    const kept = keepTextScore(TEXT, SCORE)!;
    for (const bad of [null, 'x', 42, {}, { ...kept, l: '2' }, { ...kept, t: 'x' }, { ...kept, t: [['id', -1, 3]] }, { ...kept, t: [['id', 70, 40]] }, { ...kept, t: [[1, 0, 1]] }]) {
      expect(restoreTextScore(TEXT, bad)).toBeUndefined();
    }
  });

  it('are not kept when a tactic’s evidence is not in the text', () => {
    expect(keepTextScore('something else', SCORE)).toBeUndefined();
  });
});

function fakeArea(quota = Infinity) {
  const items = new Map<string, unknown>();
  const area: SessionArea & { items: Map<string, unknown>; clears: number } = {
    items,
    clears: 0,
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => items.has(k)).map((k) => [k, items.get(k)]));
    },
    async set(entries) {
      if (items.size + Object.keys(entries).length > quota) throw new Error('Session storage quota bytes exceeded');
      for (const [k, v] of Object.entries(entries)) items.set(k, structuredClone(v));
    },
    async clear() {
      area.clears++;
      items.clear();
    },
  };
  return area;
}

describe('sessionTextScores', () => {
  const kept = keepTextScore(TEXT, SCORE)!;

  it('stores entries under their own prefix and reads back only those asked for', async () => {
    const area = fakeArea();
    const store = sessionTextScores(area);
    await store.set(new Map([['x:a', kept], ['x:b', kept]]));
    expect([...area.items.keys()]).toEqual(['t:x:a', 't:x:b']);
    expect(await store.get(['x:a', 'x:missing'])).toEqual(new Map([['x:a', kept]]));
  });

  it('empties a full store and writes the newest entries, without rejecting', async () => {
    const area = fakeArea(2);
    const store = sessionTextScores(area);
    await store.set(new Map([['x:a', kept], ['x:b', kept]]));
    await store.set(new Map([['x:c', kept]]));
    expect(area.clears).toBe(1);
    expect([...area.items.keys()]).toEqual(['t:x:c']);
    await expect(store.set(new Map([['1', kept], ['2', kept], ['3', kept]]))).resolves.toBeUndefined();
  });

  it('reads a failing store as empty', async () => {
    const store = sessionTextScores({ ...fakeArea(), get: () => Promise.reject(new Error('no session storage')) });
    expect(await store.get(['x:a'])).toEqual(new Map());
  });
});

describe('memoryTextScores', () => {
  it('keeps copies, and forgets them on clear', async () => {
    const store = memoryTextScores();
    const kept = keepTextScore(TEXT, SCORE)!;
    await store.set(new Map([['a', kept]]));
    kept.l = 0;
    expect((await store.get(['a'])).get('a')).toMatchObject({ l: 2.75 });
    await store.clear();
    expect(store.size).toBe(0);
  });
});

describe('browserTextScores', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps scores in the extension’s session storage, and clear empties it', async () => {
    const store = browserTextScores()!;
    const kept = keepTextScore(TEXT, SCORE)!;
    await store.set(new Map([['x:a', kept]]));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 't:x:a': kept });
    expect(restoreTextScore(TEXT, (await store.get(['x:a'])).get('x:a'))).toEqual(SCORE);
    await store.clear();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
