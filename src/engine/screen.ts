// One message in, one verdict out: the rules that sit on top of the model.
import type { EchoInfo, EnginePlatform, InboxMessage, Normalized, ScoredMessage, TacticHit, Verdict } from './types.ts';
import type { Model } from './model.ts';
import { modelLogit, prepareText } from './model.ts';
import { normalize, sourceSpan } from './normalize.ts';
import { calibrated, sigmoid } from './calibrate.ts';
import { personalLogit, rememberedLabel, type PersonalModel } from './personal.ts';

export interface SenderRef {
  platform: EnginePlatform;
  id: string;
  name: string;
}

export interface CustomPhrases {
  /** Phrases that make a message a pitch (still never for contacts). */
  always: string[];
  /** Phrases that make a message clean. */
  never: string[];
}

export interface ScreenContext {
  model: Model;
  /** Defaults to the model's own threshold. */
  threshold?: number;
  personal?: PersonalModel;
  isContact?: (sender: SenderRef) => boolean;
  hasWrittenTo?: (senderKey: string) => boolean;
  /** Echo hook: called for every message (outgoing ones too, so an index can recognise replies). */
  echo?: (msg: InboxMessage, normalized: Normalized) => EchoInfo | null;
  customPhrases?: CustomPhrases;
}

export interface ScreenDetail extends ScoredMessage {
  /** Unrounded score, before rounding for output. */
  rawScore: number;
  /** The model's score before echo and personal adjustments. */
  baseScore: number;
  normalized: Normalized;
}

/** Echo adds at most this much to the calibrated logit. */
const ECHO_MAX_BOOST = 2;
// Echo only amplifies a message the model already finds half-suspicious: an echoed "Congrats!" stays clean.
const ECHO_FLOOR_OF_THRESHOLD = 0.5;
const REMEMBERED_PITCH = 0.99;
const REMEMBERED_GENUINE = 0.01;

/** The key `hasWrittenTo` receives: platform and sender id. */
export function senderKey(platform: EnginePlatform, id: string): string {
  return `${platform}:${id}`;
}

/** Logit boost for a template seen from `senders` distinct senders; 0 below two. */
export function echoBoost(senders: number): number {
  return senders >= 2 ? Math.min(ECHO_MAX_BOOST, 0.75 * Math.log2(senders) + 0.25) : 0;
}

const phraseCache = new WeakMap<CustomPhrases, { always: string[]; never: string[] }>();

function compiledPhrases(phrases: CustomPhrases): { always: string[]; never: string[] } {
  let compiled = phraseCache.get(phrases);
  if (!compiled) {
    const prep = (list: string[]) => list.map((p) => normalize(p).folded.trim()).filter((p) => p.length > 0);
    compiled = { always: prep(phrases.always), never: prep(phrases.never) };
    phraseCache.set(phrases, compiled);
  }
  return compiled;
}

function findPhrase(n: Normalized, phrases: string[]): TacticHit | null {
  for (const phrase of phrases) {
    const at = n.folded.indexOf(phrase);
    if (at >= 0) {
      const [from, to] = sourceSpan(n, at, at + phrase.length);
      return { id: 'custom-phrase', evidence: n.original.slice(from, to) };
    }
  }
  return null;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The user's own message is never scored: it only reaches the echo hook, so an index can recognise replies. Tactics,
 * features and the model are three quarters of the cost of a message, and half a real thread is often the user's own.
 */
function ownMessage(ctx: ScreenContext, msg: InboxMessage): ScreenDetail {
  const normalized = normalize(msg.text);
  ctx.echo?.(msg, normalized);
  return { id: msg.id, verdict: 'own', score: 0, tactics: [], echo: null, rawScore: 0, baseScore: 0, normalized };
}

/** Scores a message and applies the rules: own → contact → user's phrases and labels → threshold. */
export function screenMessageDetail(ctx: ScreenContext, msg: InboxMessage): ScreenDetail {
  if (msg.direction === 'out') return ownMessage(ctx, msg);
  const { model } = ctx;
  const threshold = ctx.threshold ?? model.threshold;
  const { normalized, tactics, vector } = prepareText(msg.text, model.buckets);
  const baseLogit = modelLogit(model, vector);
  const logit = baseLogit + (ctx.personal ? personalLogit(ctx.personal, model, normalized) : 0);
  const calibratedLogit = model.calibration.a * logit + model.calibration.b;
  const baseScore = calibrated(model.calibration, baseLogit);
  const personalScore = sigmoid(calibratedLogit);
  const echoInfo = ctx.echo?.(msg, normalized) ?? null;
  let score = personalScore;
  if (echoInfo && echoInfo.senders >= 2 && personalScore >= threshold * ECHO_FLOOR_OF_THRESHOLD) {
    score = sigmoid(calibratedLogit + echoBoost(echoInfo.senders));
  }
  let verdict: Verdict;
  const hits = tactics.slice();
  const remembered = ctx.personal ? rememberedLabel(ctx.personal, normalized) : undefined;
  if (remembered !== undefined) score = remembered ? REMEMBERED_PITCH : REMEMBERED_GENUINE;
  const phrases = ctx.customPhrases ? compiledPhrases(ctx.customPhrases) : null;
  const never = phrases ? findPhrase(normalized, phrases.never) : null;
  const always = phrases && !never ? findPhrase(normalized, phrases.always) : null;
  if (always) hits.push(always);
  const sender: SenderRef = { platform: msg.platform, ...msg.sender };
  if (ctx.isContact?.(sender)) verdict = 'contact';
  // Someone the user has written to is a relationship, never a pitch; only a marked contact reads "contact".
  else if (ctx.hasWrittenTo?.(senderKey(msg.platform, msg.sender.id))) verdict = 'clean';
  else if (never) verdict = 'clean';
  else if (always) verdict = 'pitch';
  else if (remembered !== undefined) verdict = remembered ? 'pitch' : 'clean';
  else verdict = score >= threshold ? 'pitch' : 'clean';
  return {
    id: msg.id,
    verdict,
    score: round2(score),
    tactics: hits,
    echo: echoInfo,
    rawScore: score,
    baseScore,
    normalized,
  };
}

/** The public verdict for one message, as the CLI prints it and the background sends it. */
export function screenMessage(ctx: ScreenContext, msg: InboxMessage): ScoredMessage {
  const { id, verdict, score, tactics, echo } = screenMessageDetail(ctx, msg);
  return { id, verdict, score, tactics, echo };
}
