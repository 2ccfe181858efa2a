// Binary classification figures, shared by the CLI's `eval`, training and the benchmarks.

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Metrics extends Confusion {
  precision: number;
  recall: number;
  /** False-positive rate: genuine messages flagged ("blocked ham"). */
  fpr: number;
  f1: number;
  mcc: number;
  accuracy: number;
}

export function confusion(predicted: readonly boolean[], actual: readonly boolean[]): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < actual.length; i++) {
    if (predicted[i]) actual[i] ? c.tp++ : c.fp++;
    else actual[i] ? c.fn++ : c.tn++;
  }
  return c;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function metricsOf(c: Confusion): Metrics {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const denominator = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return {
    ...c,
    precision,
    recall,
    fpr: ratio(c.fp, c.fp + c.tn),
    f1: ratio(2 * precision * recall, precision + recall),
    mcc: denominator === 0 ? 0 : (c.tp * c.tn - c.fp * c.fn) / denominator,
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
  };
}

export function evaluateScores(scores: readonly number[], actual: readonly boolean[], threshold: number): Metrics {
  return metricsOf(confusion(scores.map((s) => s >= threshold), actual));
}

/**
 * Threshold with the highest recall whose false-positive rate stays ≤ maxFpr, placed midway between the
 * deciding negative and the next positive so small score drifts do not flip verdicts.
 */
export function chooseThreshold(scores: readonly number[], actual: readonly boolean[], maxFpr: number): number {
  const negatives = scores.filter((_, i) => !actual[i]).sort((a, b) => b - a);
  const positives = scores.filter((_, i) => actual[i]).sort((a, b) => a - b);
  const allowed = Math.floor(maxFpr * negatives.length + 1e-9);
  const deciding = negatives[allowed];
  if (deciding === undefined) return 0.5;
  const above = positives.find((p) => p > deciding) ?? 1;
  return (deciding + above) / 2;
}

/** A plain-text report: the figures `echo-screen eval` prints. */
export function formatMetrics(m: Metrics): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return [
    `precision  ${pct(m.precision)}`,
    `recall     ${pct(m.recall)}`,
    `fpr        ${pct(m.fpr)}`,
    `f1         ${m.f1.toFixed(4)}`,
    `mcc        ${m.mcc.toFixed(4)}`,
    `accuracy   ${pct(m.accuracy)}`,
    '',
    'confusion       predicted pitch  predicted genuine',
    `actual pitch    ${String(m.tp).padStart(15)}  ${String(m.fn).padStart(17)}`,
    `actual genuine  ${String(m.fp).padStart(15)}  ${String(m.tn).padStart(17)}`,
  ].join('\n');
}
