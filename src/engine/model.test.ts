import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareText, scoreVector, trainModel, type Model } from './model.ts';
import { loadModel, ModelFormatError, snapshotModel } from './model-snapshot.ts';
import { calibrated, fitPlatt } from './calibrate.ts';
import { decodeBase64, decodeIndexGaps, encodeBase64, encodeIndexGaps } from './codec.ts';
import { FIXTURE_EXAMPLES } from './test-fixtures.ts';
import { TOKENIZER } from './tokenize.ts';

const BUCKETS = 1 << 14;
let model: Model;

beforeAll(() => {
  model = trainModel(FIXTURE_EXAMPLES, { buckets: BUCKETS, now: () => new Date('2025-01-01T00:00:00Z') });
});

const score = (m: Model, text: string) => scoreVector(m, prepareText(text, m.buckets).vector);

describe('trainModel', () => {
  it('separates pitches from genuine messages it has not seen', () => {
    expect(score(model, 'We help SaaS founders book more qualified meetings. Open to a quick call this week?')).toBeGreaterThan(model.threshold);
    expect(score(model, 'Are we still on for coffee tomorrow? Running a bit late.')).toBeLessThan(model.threshold);
  });

  it('is deterministic for a seed', () => {
    const again = trainModel(FIXTURE_EXAMPLES, { buckets: BUCKETS, now: () => new Date('2025-01-01T00:00:00Z') });
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    expect(again.threshold).toBe(model.threshold);
  });

  it('records how the threshold was chosen', () => {
    expect(model.metrics?.source).toBe('cross-validation');
    expect(model.metrics?.maxFpr).toBe(0.02);
    const withValidation = trainModel(FIXTURE_EXAMPLES.slice(0, 40), { buckets: BUCKETS, validation: FIXTURE_EXAMPLES.slice(40) });
    expect(withValidation.metrics?.source).toBe('validation');
    expect(withValidation.metrics?.examples).toBe(FIXTURE_EXAMPLES.length - 40);
  });

  it('refuses empty data and bad bucket counts', () => {
    expect(() => trainModel([])).toThrow(RangeError);
    expect(() => trainModel(FIXTURE_EXAMPLES, { buckets: 1000 })).toThrow(/power of two/);
  });
});

describe('calibration', () => {
  it('maps any logit into [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), (z, a, b) => {
        const p = calibrated({ kind: 'platt', a, b }, z);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('fits a monotone sigmoid that roughly matches frequencies', () => {
    const logits = [-3, -2, -2, -1, 0, 1, 2, 2, 3, 3];
    const actual = [false, false, false, false, true, false, true, true, true, true];
    const c = fitPlatt(logits, actual);
    expect(c.a).toBeGreaterThan(0);
    expect(calibrated(c, 3)).toBeGreaterThan(0.8);
    expect(calibrated(c, -3)).toBeLessThan(0.2);
  });

  it('gives calibrated scores on held-out fixtures', () => {
    for (const { text } of FIXTURE_EXAMPLES) {
      const p = score(model, text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});

describe('snapshot', () => {
  it('round-trips through JSON with the same scores', () => {
    const snap = snapshotModel(model);
    expect(snap).toMatchObject({ format: 'echo-screen/model', version: 1, tokenizer: TOKENIZER, buckets: BUCKETS });
    const loaded = loadModel(JSON.parse(JSON.stringify(snap)));
    for (const { text } of FIXTURE_EXAMPLES) expect(score(loaded, text)).toBeCloseTo(score(model, text), 3);
    expect(loaded.threshold).toBe(model.threshold);
    expect(loaded.trainedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it.each([
    ['another format', { format: 'other/model' }, /format/],
    ['another version', { version: 2 }, /version 2/],
    ['another tokenizer', { tokenizer: 'words@9' }, /tokenizer "words@9"/],
    ['a bad threshold', { threshold: 3 }, /threshold/],
    ['corrupt weights', { weights: { encoding: 'sparse-q16', scale: 1, count: 5, indices: '!!', values: '' } }, /weights/],
  ])('refuses %s with ModelFormatError', (_, patch, message) => {
    const bad = { ...snapshotModel(model), ...patch };
    expect(() => loadModel(bad)).toThrow(ModelFormatError);
    expect(() => loadModel(bad)).toThrow(message);
  });

  it('refuses non-objects', () => {
    expect(() => loadModel(null)).toThrow(ModelFormatError);
    expect(() => loadModel([])).toThrow(ModelFormatError);
  });
});

describe('codec', () => {
  it('round-trips base64 and gap-encoded indices', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(Array.from(decodeBase64(encodeBase64(bytes)))).toEqual(Array.from(bytes));
      }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 1 << 20 }), { maxLength: 200 }), (values) => {
        const sorted = values.sort((a, b) => a - b);
        expect(Array.from(decodeIndexGaps(encodeIndexGaps(sorted), sorted.length))).toEqual(sorted);
      }),
    );
  });
});
