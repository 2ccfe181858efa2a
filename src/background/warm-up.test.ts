import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import modelSnapshot from '../engine/model.json';
import { TACTIC_IDS, loadModel, screenMessage } from '../engine/index.ts';
import { WARM_UP_TEXTS, runWarmUp, warmUpPays } from './warm-up.ts';

/** A queue of tasks run by hand, and a clock that each scored text moves on by `costMs`. */
function harness(costMs: number) {
  const tasks: Array<() => void> = [];
  let clock = 0;
  const scored: number[] = [];
  return {
    tasks,
    scored,
    options: {
      sliceMs: 10,
      later: (cb: () => void) => void tasks.push(cb),
      now: () => clock,
      score: (_text: string, i: number) => {
        scored.push(i);
        clock += costMs;
      },
    },
    runTask: () => tasks.shift()!(),
  };
}

describe('WARM_UP_TEXTS', () => {
  it('are training-corpus messages that take the engine through every tactic and both verdicts', () => {
    const corpus = new Set(
      readFileSync(join(import.meta.dirname, '../../data/corpus/train.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    expect(WARM_UP_TEXTS.length).toBeGreaterThanOrEqual(300);
    expect(WARM_UP_TEXTS.every((text) => corpus.has(text))).toBe(true);
    const model = loadModel(modelSnapshot);
    const results = WARM_UP_TEXTS.map((text, i) =>
      screenMessage({ model }, { id: `w${i}`, platform: 'x', sender: { id: 's', name: '' }, text, direction: 'in' }),
    );
    expect(new Set(results.flatMap((r) => r.tactics.map((t) => t.id)))).toEqual(new Set(TACTIC_IDS));
    expect(new Set(results.map((r) => r.verdict))).toEqual(new Set(['pitch', 'clean']));
  });
});

describe('runWarmUp', () => {
  const TEN = Array.from({ length: 10 }, (_, i) => `text ${i}`);

  it('scores every text, a slice at a time, each slice in a task of its own', async () => {
    const h = harness(3);
    const warmUp = runWarmUp({ texts: TEN, ...h.options });
    expect(h.scored).toEqual([]); // nothing in the caller's task
    h.runTask();
    expect(h.scored).toEqual([0, 1, 2, 3]); // 0, 3, 6, 9 ms: the slice ends at 12 ms
    h.runTask();
    h.runTask();
    expect(h.tasks).toHaveLength(0);
    expect(h.scored).toEqual([...Array(10).keys()]);
    await expect(warmUp.done).resolves.toBe(10);
  });

  it('goes over the texts `passes` times, numbering on', async () => {
    const texts: string[] = [];
    const warmUp = runWarmUp({
      texts: ['a', 'b', 'c'],
      passes: 3,
      sliceMs: 10,
      later: (cb) => queueMicrotask(cb),
      now: () => 0,
      score: (text, i) => void texts.push(`${i}:${text}`),
    });
    await expect(warmUp.done).resolves.toBe(9);
    expect(texts).toEqual(['0:a', '1:b', '2:c', '3:a', '4:b', '5:c', '6:a', '7:b', '8:c']);
  });

  it('stops at the end of the slice when told to, and says how many it scored', async () => {
    const h = harness(3);
    const warmUp = runWarmUp({ texts: TEN, ...h.options });
    h.runTask();
    warmUp.stop();
    h.runTask();
    expect(h.tasks).toHaveLength(0);
    expect(h.scored).toHaveLength(4);
    await expect(warmUp.done).resolves.toBe(4);
  });
});

describe('warmUpPays', () => {
  it('only with a core to spare, and not when the count is unknown', () => {
    expect([undefined, 1, 2, 3, 4, 8].map(warmUpPays)).toEqual([false, false, false, false, true, true]);
  });
});
