// Platt scaling: maps raw logits to calibrated probabilities, fitted on held-out scores.

export interface PlattCalibration {
  kind: 'platt';
  a: number;
  b: number;
}

export const IDENTITY_CALIBRATION: PlattCalibration = { kind: 'platt', a: 1, b: 0 };

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function calibrated(c: PlattCalibration, logit: number): number {
  const p = sigmoid(c.a * logit + c.b);
  return Number.isFinite(p) ? p : logit > 0 ? 1 : 0;
}

/** Fits Platt's sigmoid by Newton steps on regularised targets (Platt 1999 / Lin et al. 2007). */
export function fitPlatt(logits: readonly number[], actual: readonly boolean[]): PlattCalibration {
  const pos = actual.filter(Boolean).length;
  const neg = actual.length - pos;
  if (pos === 0 || neg === 0) return IDENTITY_CALIBRATION;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const targets = actual.map((y) => (y ? hi : lo));
  const loss = (a: number, b: number): number => {
    let total = 0;
    for (let i = 0; i < logits.length; i++) {
      const z = a * logits[i]! + b;
      // log(1 + e^z) - t·z, computed stably.
      total += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - targets[i]! * z;
    }
    return total;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let g1 = 0, g2 = 0, h11 = 1e-9, h22 = 1e-9, h12 = 0;
    for (let i = 0; i < logits.length; i++) {
      const p = sigmoid(a * logits[i]! + b);
      const d = p - targets[i]!;
      const w = p * (1 - p);
      g1 += d * logits[i]!;
      g2 += d;
      h11 += w * logits[i]! * logits[i]!;
      h22 += w;
      h12 += w * logits[i]!;
    }
    const det = h11 * h22 - h12 * h12;
    if (Math.abs(det) < 1e-12) break;
    const da = (h22 * g1 - h12 * g2) / det;
    const db = (h11 * g2 - h12 * g1) / det;
    // Backtracking keeps Newton from overshooting on nearly separable scores.
    let step = 1;
    while (step > 1e-6 && loss(a - step * da, b - step * db) > current) step /= 2;
    if (step <= 1e-6) break;
    a -= step * da;
    b -= step * db;
    current = loss(a, b);
    if (Math.abs(step * da) < 1e-9 && Math.abs(step * db) < 1e-9) break;
  }
  if (!Number.isFinite(a) || !Number.isFinite(b) || a <= 0) return IDENTITY_CALIBRATION;
  return { kind: 'platt', a, b };
}
