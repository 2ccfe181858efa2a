// The user's own relabels, layered over the shipped model. The label set (plain, serialisable data keyed by
// message id) is the source of truth; the weight delta is recomputed from it, so applying a label twice = once.
import type { Model } from './model.ts';
import { logitOf, prepareText } from './model.ts';
import { extractFeatures, hashString, type SparseVector } from './features.ts';
import { sigmoid } from './calibrate.ts';
import type { Normalized } from './types.ts';

export const PERSONAL_FORMAT = 'echo-screen/personal';
export const PERSONAL_VERSION = 1;

export type PersonalLabelValue = 'pitch' | 'genuine';

export interface PersonalLabel {
  id: string;
  label: PersonalLabelValue;
  /** Kept so the delta can be recomputed when the shipped model or tokenizer changes. */
  text: string;
  /** Epoch ms of the relabel. */
  at: number;
}

export interface PersonalData {
  format: typeof PERSONAL_FORMAT;
  version: typeof PERSONAL_VERSION;
  /** Sorted by id, one entry per id. */
  labels: PersonalLabel[];
}

/** Derived from PersonalData by compilePersonal; never persisted. */
export interface PersonalModel {
  /** Sparse logit delta over the model's hashed text features. */
  delta: Map<number, number>;
  /** Exact-text memory: key of the normalised text → pitch?. */
  exact: Map<string, boolean>;
}

const EPOCHS = 60;
const LEARNING_RATE = 2;
const L2 = 1e-3;

export function emptyPersonal(): PersonalData {
  return { format: PERSONAL_FORMAT, version: PERSONAL_VERSION, labels: [] };
}

/** Records a relabel; relabelling the same id again replaces it (last label wins). */
export function relabel(
  data: PersonalData,
  entry: { id: string; label: PersonalLabelValue; text: string; at?: number },
): PersonalData {
  const label: PersonalLabel = { id: entry.id, label: entry.label, text: entry.text, at: entry.at ?? 0 };
  const labels = data.labels.filter((l) => l.id !== entry.id).concat(label);
  labels.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...data, labels };
}

export function forgetLabel(data: PersonalData, id: string): PersonalData {
  return { ...data, labels: data.labels.filter((l) => l.id !== id) };
}

/** Key under which a message's exact text is remembered (whitespace-insensitive, post-normalisation). */
export function exactKey(n: Normalized): string {
  const compact = n.folded.replace(/\s+/g, ' ').trim();
  return `${compact.length}:${hashString(compact).toString(36)}:${hashString(compact, 0x5bd1e995).toString(36)}`;
}

function personalVector(model: Model, n: Normalized): SparseVector {
  // Text features only: a relabel should move similar wording, not every message with the same length or tactic.
  return extractFeatures(n, [], model.buckets, { meta: false });
}

/** Trains the delta from the label set: logistic loss on the calibrated logit, base model frozen, fixed order. */
export function compilePersonal(model: Model, data: PersonalData): PersonalModel {
  const delta = new Map<number, number>();
  const exact = new Map<string, boolean>();
  const items = data.labels.map((l) => {
    const { normalized: n, vector } = prepareText(l.text, model.buckets);
    exact.set(exactKey(n), l.label === 'pitch');
    return { y: l.label === 'pitch' ? 1 : 0, base: logitOf(model.weights, model.bias, vector), v: personalVector(model, n) };
  });
  const { a, b } = model.calibration;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { y, base, v } of items) {
      let z = base;
      for (let k = 0; k < v.indices.length; k++) z += (delta.get(v.indices[k]!) ?? 0) * v.values[k]!;
      const g = a * (sigmoid(a * z + b) - y);
      for (let k = 0; k < v.indices.length; k++) {
        const j = v.indices[k]!;
        const w = delta.get(j) ?? 0;
        delta.set(j, w - LEARNING_RATE * (g * v.values[k]! + L2 * w));
      }
    }
  }
  return { delta, exact };
}

/** Logit adjustment the personal layer adds for a message. */
export function personalLogit(p: PersonalModel, model: Model, n: Normalized): number {
  if (p.delta.size === 0) return 0;
  const v = personalVector(model, n);
  let z = 0;
  for (let k = 0; k < v.indices.length; k++) z += (p.delta.get(v.indices[k]!) ?? 0) * v.values[k]!;
  return z;
}

/** The user's own verdict on this exact text, if they gave one. */
export function rememberedLabel(p: PersonalModel, n: Normalized): boolean | undefined {
  return p.exact.size === 0 ? undefined : p.exact.get(exactKey(n));
}

export function exportPersonal(data: PersonalData): string {
  return JSON.stringify(data);
}

/** Parses exported personal data (string or parsed JSON), validating every label. */
export function importPersonal(json: unknown): PersonalData {
  const parsed: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const record = parsed as Partial<PersonalData> | null;
  if (!record || record.format !== PERSONAL_FORMAT || record.version !== PERSONAL_VERSION || !Array.isArray(record.labels)) {
    throw new TypeError(`personal data: expected {format:"${PERSONAL_FORMAT}", version:${PERSONAL_VERSION}, labels:[…]}`);
  }
  let data = emptyPersonal();
  for (const [i, l] of record.labels.entries()) {
    if (!l || typeof l.id !== 'string' || typeof l.text !== 'string' || (l.label !== 'pitch' && l.label !== 'genuine')) {
      throw new TypeError(`personal data: label ${i} needs a string id, a string text and label "pitch" or "genuine"`);
    }
    data = relabel(data, { id: l.id, label: l.label, text: l.text, at: typeof l.at === 'number' ? l.at : 0 });
  }
  return data;
}
