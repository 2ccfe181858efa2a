// The engine's public API. Pure TypeScript: no DOM, no browser APIs, no Node built-ins.
export type {
  EchoInfo,
  EnginePlatform,
  InboxMessage,
  Normalized,
  ObfuscationCounts,
  ScoredMessage,
  TacticHit,
  Verdict,
} from './types.ts';
export { normalize, foldLeet, evidenceOf, sourceSpan } from './normalize.ts';
export { findLinks, linksOf, type LinkKind, type LinkSpan } from './links.ts';
export { findTactics, TACTIC_IDS, TACTIC_TABLE } from './tactics.ts';
export { TOKENIZER } from './tokenize.ts';
export { seededRandom, seededShuffle } from './random.ts';
export { DEFAULT_BUCKETS, extractFeatures, metaFeatures, type SparseVector } from './features.ts';
export {
  trainModel,
  prepareText,
  scoreVector,
  modelLogit,
  type LabelledText,
  type Model,
  type ModelMetrics,
  type Prepared,
  type TrainOptions,
} from './model.ts';
export { loadModel, snapshotModel, ModelFormatError, MODEL_FORMAT, MODEL_VERSION, type ModelSnapshot } from './model-snapshot.ts';
export { fitPlatt, calibrated, type PlattCalibration } from './calibrate.ts';
export { chooseThreshold, confusion, evaluateScores, formatMetrics, metricsOf, type Confusion, type Metrics } from './evaluate.ts';
export {
  compilePersonal,
  emptyPersonal,
  exportPersonal,
  forgetLabel,
  importPersonal,
  relabel,
  type PersonalData,
  type PersonalLabel,
  type PersonalLabelValue,
  type PersonalModel,
} from './personal.ts';
export {
  echoBoost,
  screenMessage,
  screenMessageDetail,
  senderKey,
  type CustomPhrases,
  type ScreenContext,
  type ScreenDetail,
  type SenderRef,
} from './screen.ts';
