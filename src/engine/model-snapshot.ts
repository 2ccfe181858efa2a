// The versioned model envelope: what `echo-screen train` writes and the extension ships as model.json.
import type { Model, ModelMetrics } from './model.ts';
import { TOKENIZER } from './tokenize.ts';
import { decodeBase64, decodeIndexGaps, encodeBase64, encodeIndexGaps } from './codec.ts';
import type { PlattCalibration } from './calibrate.ts';

export const MODEL_FORMAT = 'echo-screen/model';
export const MODEL_VERSION = 1;
// Weights smaller than this change no score in the third decimal; dropping them keeps model.json small.
const PRUNE_BELOW = 1e-4;

export interface ModelSnapshot {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  tokenizer: string;
  threshold: number;
  buckets: number;
  /** Sparse int16-quantised weights: gap-varint indices and little-endian int16 values, both base64. */
  weights: { encoding: 'sparse-q16'; scale: number; count: number; indices: string; values: string };
  bias: number;
  calibration: PlattCalibration;
  trainedAt: string;
  metrics: ModelMetrics | null;
}

/** Thrown when a model file is not one this build can use; the message says what to do. */
export class ModelFormatError extends Error {
  override name = 'ModelFormatError';
}

export function snapshotModel(model: Model): ModelSnapshot {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const indices: number[] = [];
  const quantised: number[] = [];
  model.weights.forEach((w, i) => {
    const q = Math.round(w / scale);
    if (Math.abs(w) >= PRUNE_BELOW && q !== 0) {
      indices.push(i);
      quantised.push(q);
    }
  });
  const values = new Uint8Array(quantised.length * 2);
  const view = new DataView(values.buffer);
  quantised.forEach((q, i) => view.setInt16(i * 2, q, true));
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    tokenizer: model.tokenizer,
    threshold: model.threshold,
    buckets: model.buckets,
    weights: {
      encoding: 'sparse-q16',
      scale,
      count: indices.length,
      indices: encodeBase64(encodeIndexGaps(indices)),
      values: encodeBase64(values),
    },
    bias: model.bias,
    calibration: model.calibration,
    trainedAt: model.trainedAt,
    metrics: model.metrics,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function need(ok: boolean, message: string): asserts ok {
  if (!ok) throw new ModelFormatError(message);
}

/** Validates a parsed model.json and revives it; refuses other formats, versions and tokenizers. */
export function loadModel(json: unknown): Model {
  need(isRecord(json), 'model: expected a JSON object');
  need(json.format === MODEL_FORMAT, `model: format is ${JSON.stringify(json.format)}, expected "${MODEL_FORMAT}"`);
  need(json.version === MODEL_VERSION, `model: version ${JSON.stringify(json.version)} is not supported (expected ${MODEL_VERSION}); retrain it`);
  need(
    json.tokenizer === TOKENIZER,
    `model: made with tokenizer ${JSON.stringify(json.tokenizer)}, this build uses "${TOKENIZER}"; retrain with \`echo-screen train\``,
  );
  const { buckets, threshold, bias, weights, calibration } = json;
  need(isNumber(buckets) && buckets >= 16 && (buckets & (buckets - 1)) === 0, 'model: buckets must be a power of two');
  need(isNumber(threshold) && threshold >= 0 && threshold <= 1, 'model: threshold must be a number in [0, 1]');
  need(isNumber(bias), 'model: bias must be a finite number');
  need(isRecord(calibration) && calibration.kind === 'platt' && isNumber(calibration.a) && isNumber(calibration.b), 'model: calibration must be {kind:"platt", a, b}');
  need(isRecord(weights) && weights.encoding === 'sparse-q16', 'model: weights.encoding must be "sparse-q16"');
  const { scale, count, indices, values } = weights;
  need(isNumber(scale) && isNumber(count) && count >= 0 && typeof indices === 'string' && typeof values === 'string', 'model: malformed weights');
  const dense = new Float32Array(buckets);
  try {
    const at = decodeIndexGaps(decodeBase64(indices), count);
    const raw = decodeBase64(values);
    need(raw.length === count * 2, 'model: weights.values has the wrong length');
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let i = 0; i < count; i++) {
      const index = at[i]!;
      need(index >= 0 && index < buckets, 'model: weight index out of range');
      dense[index] = view.getInt16(i * 2, true) * scale;
    }
  } catch (error) {
    if (error instanceof ModelFormatError) throw error;
    throw new ModelFormatError(`model: weights do not decode (${(error as Error).message})`);
  }
  return {
    tokenizer: TOKENIZER,
    buckets,
    weights: dense,
    bias,
    threshold,
    calibration: { kind: 'platt', a: calibration.a as number, b: calibration.b as number },
    trainedAt: typeof json.trainedAt === 'string' ? json.trainedAt : '',
    metrics: isRecord(json.metrics) ? (json.metrics as unknown as ModelMetrics) : null,
  };
}
