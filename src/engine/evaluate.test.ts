import { describe, expect, it } from 'vitest';
import { chooseThreshold, confusion, evaluateScores, formatMetrics, metricsOf } from './evaluate.ts';

describe('metrics', () => {
  it('computes the confusion matrix and figures', () => {
    const c = confusion([true, true, false, false, true], [true, false, false, true, true]);
    expect(c).toEqual({ tp: 2, fp: 1, tn: 1, fn: 1 });
    const m = metricsOf(c);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.fpr).toBeCloseTo(1 / 2);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.mcc).toBeCloseTo((2 * 1 - 1 * 1) / Math.sqrt(3 * 3 * 2 * 2));
  });

  it('is perfect on a perfect split and 0 on a degenerate one', () => {
    expect(evaluateScores([0.9, 0.1], [true, false], 0.5).mcc).toBe(1);
    expect(evaluateScores([0.1, 0.1], [true, false], 0.5).mcc).toBe(0);
  });

  it('prints every figure and the matrix', () => {
    const text = formatMetrics(metricsOf({ tp: 5, fp: 1, tn: 10, fn: 2 }));
    for (const word of ['precision', 'recall', 'fpr', 'f1', 'mcc', 'actual pitch', 'actual genuine']) expect(text).toContain(word);
  });
});

describe('chooseThreshold', () => {
  it('maximises recall within the false-positive budget', () => {
    const scores = [0.95, 0.9, 0.8, 0.7, 0.6, 0.85, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
    const actual = [true, true, true, true, true, false, false, false, false, false, false, false];
    const t = chooseThreshold(scores, actual, 0);
    expect(t).toBeGreaterThan(0.85);
    expect(evaluateScores(scores, actual, t).fpr).toBe(0);
    const loose = chooseThreshold(scores, actual, 1 / 7);
    expect(evaluateScores(scores, actual, loose).recall).toBe(1);
    expect(evaluateScores(scores, actual, loose).fpr).toBeLessThanOrEqual(1 / 7);
  });
});
