// Hashed-feature logistic regression trained with AdaGrad: beats natural's BayesClassifier on SMS and DMs,
// scores in microseconds, and serialises to a few hundred KB (see docs/benchmarks.md).
import type { Normalized, TacticHit } from './types.ts';
import { normalize } from './normalize.ts';
import { findTactics } from './tactics.ts';
import { findLinks, type LinkSpan } from './links.ts';
import { DEFAULT_BUCKETS, extractFeatures, type SparseVector } from './features.ts';
import { TOKENIZER } from './tokenize.ts';
import { calibrated, fitPlatt, IDENTITY_CALIBRATION, type PlattCalibration } from './calibrate.ts';
import { chooseThreshold, evaluateScores, type Metrics } from './evaluate.ts';
import { seededShuffle } from './random.ts';

export interface Model {
  tokenizer: string;
  buckets: number;
  weights: Float32Array;
  bias: number;
  /** Calibrated score at or above which a message is a pitch. */
  threshold: number;
  calibration: PlattCalibration;
  trainedAt: string;
  metrics: ModelMetrics | null;
}

export interface ModelMetrics extends Metrics {
  /** Where the figures come from: the validation file, or out-of-fold predictions on the training data. */
  source: 'validation' | 'cross-validation';
  examples: number;
  maxFpr: number;
}

export interface LabelledText {
  text: string;
  pitch: boolean;
}

export interface TrainOptions {
  buckets?: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Folds for out-of-fold calibration when no validation set is given. */
  folds?: number;
  /** The threshold gives the highest recall with at most this false-positive rate. */
  maxFpr?: number;
  /** Held-out examples: calibration and threshold come from here; never trained on. */
  validation?: readonly LabelledText[];
  /** Injectable clock so snapshots can be reproducible. */
  now?: () => Date;
}

export interface Prepared {
  normalized: Normalized;
  tactics: TacticHit[];
  links: LinkSpan[];
  vector: SparseVector;
}

const DEFAULTS = { epochs: 12, learningRate: 0.1, l2: 1e-6, seed: 42, folds: 5, maxFpr: 0.02 };

/** Normalise, find tactics and hash features: the one path every score and every training example takes. */
export function prepareText(text: string, buckets = DEFAULT_BUCKETS): Prepared {
  const normalized = normalize(text);
  const links = findLinks(normalized.text);
  const tactics = findTactics(normalized, links);
  return { normalized, tactics, links, vector: extractFeatures(normalized, tactics, buckets, { links }) };
}

export function logitOf(weights: ArrayLike<number>, bias: number, v: SparseVector): number {
  let z = bias;
  for (let i = 0; i < v.indices.length; i++) z += weights[v.indices[i]!]! * v.values[i]!;
  return z;
}

/** Raw (uncalibrated) logit of the shipped model. */
export function modelLogit(model: Model, v: SparseVector): number {
  return logitOf(model.weights, model.bias, v);
}

/** Calibrated probability of a pitch, 0–1. */
export function scoreVector(model: Model, v: SparseVector): number {
  return calibrated(model.calibration, modelLogit(model, v));
}

export interface Weights {
  weights: Float32Array;
  bias: number;
}

/** Logistic regression by AdaGrad with lazy L2, over a deterministic seeded shuffle each epoch. */
export function fitWeights(
  vectors: readonly SparseVector[],
  labels: readonly boolean[],
  buckets: number,
  options: TrainOptions = {},
): Weights {
  const { epochs, learningRate, l2, seed } = { ...DEFAULTS, ...options };
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets);
  let bias = 0;
  let biasG2 = 0;
  const positives = labels.filter(Boolean).length;
  // Balanced class weights: the minority class is not drowned out by sheer count.
  const posWeight = positives ? labels.length / (2 * positives) : 1;
  const negWeight = positives < labels.length ? labels.length / (2 * (labels.length - positives)) : 1;
  const order = vectors.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of seededShuffle(order, seed + epoch)) {
      const v = vectors[i]!;
      const y = labels[i]!;
      const p = 1 / (1 + Math.exp(-logitOf(w, bias, v)));
      const g = (p - (y ? 1 : 0)) * (y ? posWeight : negWeight);
      for (let k = 0; k < v.indices.length; k++) {
        const j = v.indices[k]!;
        const grad = g * v.values[k]! + l2 * w[j]!;
        const sum = g2[j]! + grad * grad;
        g2[j] = sum;
        w[j] = w[j]! - (learningRate * grad) / (Math.sqrt(sum) + 1e-8);
      }
      biasG2 += g * g;
      bias -= (learningRate * g) / (Math.sqrt(biasG2) + 1e-8);
    }
  }
  return { weights: Float32Array.from(w), bias };
}

/** Out-of-fold logits: each example scored by a model that never saw it (stratified, seeded folds). */
export function outOfFoldLogits(
  vectors: readonly SparseVector[],
  labels: readonly boolean[],
  buckets: number,
  options: TrainOptions = {},
): number[] {
  const { folds, seed } = { ...DEFAULTS, ...options };
  const fold = new Int32Array(vectors.length);
  for (const cls of [true, false]) {
    const members = seededShuffle(labels.flatMap((y, i) => (y === cls ? [i] : [])), seed + 7919);
    members.forEach((i, k) => (fold[i] = k % folds));
  }
  const logits = new Array<number>(vectors.length).fill(0);
  for (let f = 0; f < folds; f++) {
    const train = vectors.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    if (train.length === 0 || train.length === vectors.length) continue;
    const fitted = fitWeights(train.map((i) => vectors[i]!), train.map((i) => labels[i]!), buckets, options);
    vectors.forEach((v, i) => {
      if (fold[i] === f) logits[i] = logitOf(fitted.weights, fitted.bias, v);
    });
  }
  return logits;
}

export function trainModel(examples: readonly LabelledText[], options: TrainOptions = {}): Model {
  const buckets = options.buckets ?? DEFAULT_BUCKETS;
  if ((buckets & (buckets - 1)) !== 0 || buckets < 16) throw new RangeError('buckets must be a power of two ≥ 16');
  if (examples.length === 0) throw new RangeError('no training examples');
  const maxFpr = options.maxFpr ?? DEFAULTS.maxFpr;
  const vectors = examples.map((e) => prepareText(e.text, buckets).vector);
  const labels = examples.map((e) => e.pitch);
  const fitted = fitWeights(vectors, labels, buckets, options);
  let heldLogits: number[];
  let heldLabels: boolean[];
  let source: ModelMetrics['source'];
  if (options.validation?.length) {
    heldLogits = options.validation.map((e) => logitOf(fitted.weights, fitted.bias, prepareText(e.text, buckets).vector));
    heldLabels = options.validation.map((e) => e.pitch);
    source = 'validation';
  } else {
    heldLogits = outOfFoldLogits(vectors, labels, buckets, options);
    heldLabels = labels;
    source = 'cross-validation';
  }
  const calibration = heldLabels.length >= 2 ? fitPlatt(heldLogits, heldLabels) : IDENTITY_CALIBRATION;
  const scores = heldLogits.map((z) => calibrated(calibration, z));
  const threshold = chooseThreshold(scores, heldLabels, maxFpr);
  return {
    tokenizer: TOKENIZER,
    buckets,
    weights: fitted.weights,
    bias: fitted.bias,
    threshold,
    calibration,
    trainedAt: (options.now ?? (() => new Date()))().toISOString(),
    metrics: { source, examples: heldLabels.length, maxFpr, ...evaluateScores(scores, heldLabels, threshold) },
  };
}
