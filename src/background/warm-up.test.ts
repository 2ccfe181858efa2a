import { describe, expect, it } from 'vitest';
import { runWarmUp, warmUpTexts } from './warm-up.ts';

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

describe('warmUpTexts', () => {
  it('gives varied texts, with some repeated as a template from another sender would be', () => {
    const texts = warmUpTexts(400);
    expect(texts).toHaveLength(400);
    const distinct = new Set(texts).size;
    expect(distinct).toBeGreaterThan(300);
    expect(distinct).toBeLessThan(400);
    expect(texts.some((t) => /https?:\/\/|t\.me\//.test(t))).toBe(true);
    expect(texts.some((t) => /[ｃｏ]/.test(t))).toBe(true);
  });
});

describe('runWarmUp', () => {
  it('scores every text, a slice at a time, each slice in a task of its own', async () => {
    const h = harness(3);
    const warmUp = runWarmUp({ texts: warmUpTexts(10), ...h.options });
    expect(h.scored).toEqual([]); // nothing in the caller's task
    h.runTask();
    expect(h.scored).toEqual([0, 1, 2, 3]); // 0, 3, 6, 9 ms: the slice ends at 12 ms
    h.runTask();
    h.runTask();
    expect(h.tasks).toHaveLength(0);
    expect(h.scored).toEqual([...Array(10).keys()]);
    await expect(warmUp.done).resolves.toBe(10);
  });

  it('stops at the end of the slice when told to, and says how many it scored', async () => {
    const h = harness(3);
    const warmUp = runWarmUp({ texts: warmUpTexts(10), ...h.options });
    h.runTask();
    warmUp.stop();
    h.runTask();
    expect(h.tasks).toHaveLength(0);
    expect(h.scored).toHaveLength(4);
    await expect(warmUp.done).resolves.toBe(4);
  });
});
