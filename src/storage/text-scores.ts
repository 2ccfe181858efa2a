// The text scores of screened messages (the engine's TextScore), kept for the browser session so that a worker Chrome
// stopped answers a reopened thread without running the model again. The session store is memory only, and the browser
// empties it when it closes and when the extension is updated or reloaded, so a new model never meets old scores. No
// message text is kept: its length and hash, the model's logit, and each tactic's evidence as a place in the text.
import { browser } from 'wxt/browser';
import type { TextScore } from '../engine/screen.ts';

/** A TextScore without the text: n = length, h = hash of the text, l = logit, t = [tactic id, from, length]. */
export interface StoredTextScore {
  n: number;
  h: number;
  l: number;
  t: Array<[string, number, number]>;
}

export interface TextScoreStore {
  /** The stored entries among `keys`. */
  get(keys: string[]): Promise<Map<string, unknown>>;
  /** Stores the entries. Never rejects: the scores are a shortcut, so a failed write only costs a rescore. */
  set(entries: Map<string, StoredTextScore>): Promise<void>;
  /** Forgets every entry (the user's data was cleared or replaced). */
  clear(): Promise<void>;
}

/** The parts of chrome.storage.session (StorageArea) the store uses. */
export interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

/** FNV-1a over the UTF-16 units: tells a kept score from the score of an edited text. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The score to keep for `text`, or undefined when a tactic's evidence is not in the text as it stands. */
export function keepTextScore(text: string, score: TextScore): StoredTextScore | undefined {
  const t: Array<[string, number, number]> = [];
  for (const hit of score.tactics) {
    const from = text.indexOf(hit.evidence);
    if (from < 0) return undefined;
    t.push([hit.id, from, hit.evidence.length]);
  }
  return { n: text.length, h: textHash(text), l: score.baseLogit, t };
}

/** The kept score of `text`, or undefined when `kept` is not one (malformed, or the score of another text). */
export function restoreTextScore(text: string, kept: unknown): TextScore | undefined {
  const k = kept as Partial<StoredTextScore> | null;
  if (typeof k !== 'object' || k === null || k.n !== text.length || typeof k.l !== 'number' || !Array.isArray(k.t)) return undefined;
  const tactics: TextScore['tactics'] = [];
  for (const hit of k.t) {
    if (!Array.isArray(hit) || typeof hit[0] !== 'string' || !Number.isInteger(hit[1]) || !Number.isInteger(hit[2])) return undefined;
    const [id, from, length] = hit;
    if (from < 0 || length < 0 || from + length > text.length) return undefined;
    tactics.push({ id, evidence: text.slice(from, from + length) });
  }
  return k.h === textHash(text) ? { baseLogit: k.l, tactics } : undefined;
}

const KEY_PREFIX = 't:';

/** The store in chrome.storage.session. When it is full (10 MB), it is emptied and the newest entries written. */
export function sessionTextScores(area: SessionArea): TextScoreStore {
  return {
    async get(keys) {
      const found = await area.get(keys.map((key) => KEY_PREFIX + key)).catch(() => ({}) as Record<string, unknown>);
      const out = new Map<string, unknown>();
      for (const key of keys) if (found[KEY_PREFIX + key] !== undefined) out.set(key, found[KEY_PREFIX + key]);
      return out;
    },
    async set(entries) {
      const items: Record<string, unknown> = {};
      for (const [key, value] of entries) items[KEY_PREFIX + key] = value;
      await area.set(items).catch(() => area.clear().then(() => area.set(items)).catch(() => undefined));
    },
    clear: () => area.clear().catch(() => undefined),
  };
}

/** This extension's session store, where the browser has one (Chrome 102+, Firefox 115+). */
export function browserTextScores(): TextScoreStore | undefined {
  const area = browser.storage?.session;
  return area ? sessionTextScores(area) : undefined;
}

/** The store in a Map: for tests and the CLI, where there is no browser session. */
export function memoryTextScores(): TextScoreStore & { readonly size: number } {
  const map = new Map<string, unknown>();
  return {
    get: async (keys) => new Map(keys.filter((key) => map.has(key)).map((key) => [key, map.get(key)])),
    async set(entries) {
      for (const [key, value] of entries) map.set(key, structuredClone(value));
    },
    async clear() {
      map.clear();
    },
    get size() {
      return map.size;
    },
  };
}
