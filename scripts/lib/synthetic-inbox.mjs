// A seeded synthetic inbox for the echo benchmarks: corpus texts with small twists, plus random one-offs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './jsonl.mjs';

const root = join(import.meta.dirname, '../..');
const EMOJI = ['🚀', '🙌', '👋', '📈', '🙂', '🔥'];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function corpusTexts() {
  const texts = [];
  for (const split of ['train', 'validation']) {
    const path = join(root, 'data', 'corpus', `${split}.jsonl`);
    if (existsSync(path)) for (const message of readJsonl(path)) texts.push(message.text);
  }
  if (!texts.length) throw new Error('data/corpus/*.jsonl has no texts');
  return texts;
}

/** Everything is drawn from one seeded PRNG, so each run builds the same inbox. */
export function createSyntheticInbox({ seed, names, extraTexts = [] }) {
  let state = seed;
  // mulberry32: a tiny seeded PRNG.
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const corpus = corpusTexts();
  const vocabulary = [...new Set([...corpus, ...extraTexts].join(' ').toLowerCase().match(/\p{L}+/gu))];
  // Zipf-like draw (P(rank r) ∝ 1/r), so random one-offs share common words the way real messages do.
  const zipfWord = () => vocabulary[Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1];

  /** A text with 1–3 random edits (word swap, drop, emoji, rotation) and a fresh greeting name. */
  function twist(text) {
    let words = text.split(/\s+/);
    const ops = 1 + Math.floor(random() * 3);
    for (let k = 0; k < ops; k++) {
      const i = Math.floor(random() * words.length);
      const op = Math.floor(random() * 4);
      if (op === 0) words[i] = zipfWord();
      else if (op === 1 && words.length > 5) words.splice(i, 1);
      else if (op === 2) words.splice(i, 0, pick(EMOJI));
      else words = [...words.slice(i), ...words.slice(0, i)];
    }
    return `${pick(['Hi', 'Hey', 'Hello'])} ${pick(names)}, ${words.join(' ')}`;
  }
  const oneOff = () => Array.from({ length: 8 + Math.floor(random() * 50) }, zipfWord).join(' ');
  const token = (n) => Array.from({ length: n }, () => pick(B64)).join('');

  return { random, pick, corpus, twist, oneOff, token };
}
