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

/** What a message's text alone decides, with the shipped model: kept so a reopened thread need not be scored again. */
export interface TextScore {
  /** The model's raw logit. */
  baseLogit: number;
  /** The tactics found, with their evidence. */
  tactics: TacticHit[];
}

export interface ScreenDetail extends ScoredMessage {
  /** Unrounded score, before rounding for output. */
  rawScore: number;
  /** The model's score before echo and personal adjustments. */
  baseScore: number;
  normalized: Normalized;
  /** The text's own score; absent for the user's own messages, which are not scored. */
  text?: TextScore;
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
  return { ...ownVerdict(msg.id), rawScore: 0, baseScore: 0, normalized };
}

/** The verdict of the user's own message `id`: always the same, so one the echo index holds needs no engine at all. */
export function ownVerdict(id: string): ScoredMessage {
  return { id, verdict: 'own', score: 0, tactics: [], echo: null };
}

/** Scores a message and applies the rules: own → contact → user's phrases and labels → threshold. */
export function screenMessageDetail(ctx: ScreenContext, msg: InboxMessage): ScreenDetail {
  if (msg.direction === 'out') return ownMessage(ctx, msg);
  const { normalized, tactics, vector } = prepareText(msg.text, ctx.model.buckets);
  const text = { baseLogit: modelLogit(ctx.model, vector), tactics };
  return { ...decide(ctx, msg, text, () => normalized, ctx.echo?.(msg, normalized) ?? null), normalized, text };
}

/**
 * The verdict for an incoming message whose text was scored before (`text`, kept from a ScreenDetail), with the echo
 * the caller already knows for it: the model and tactics do not run again, and the text is normalised only for the
 * user's labels and phrases. Equal to screenMessage while the text and the model are the same.
 */
export function screenScoredText(ctx: ScreenContext, msg: InboxMessage, text: TextScore, echo: EchoInfo | null): ScoredMessage {
  let normalized: Normalized | undefined;
  const { id, verdict, score, tactics } = decide(ctx, msg, text, () => (normalized ??= normalize(msg.text)), echo);
  return { id, verdict, score, tactics, echo };
}

/** The rules on top of the text's score: contact → written to → phrases → labels → echo-boosted score vs threshold. */
function decide(
  ctx: ScreenContext,
  msg: InboxMessage,
  text: TextScore,
  normalized: () => Normalized,
  echoInfo: EchoInfo | null,
): Omit<ScreenDetail, 'normalized'> {
  const { model } = ctx;
  const threshold = ctx.threshold ?? model.threshold;
  const { baseLogit, tactics } = text;
  const logit = baseLogit + (ctx.personal ? personalLogit(ctx.personal, model, normalized()) : 0);
  const calibratedLogit = model.calibration.a * logit + model.calibration.b;
  const baseScore = calibrated(model.calibration, baseLogit);
  const personalScore = sigmoid(calibratedLogit);
  let score = personalScore;
  if (echoInfo && echoInfo.senders >= 2 && personalScore >= threshold * ECHO_FLOOR_OF_THRESHOLD) {
    score = sigmoid(calibratedLogit + echoBoost(echoInfo.senders));
  }
  let verdict: Verdict;
  const hits = tactics.slice();
  const remembered = ctx.personal ? rememberedLabel(ctx.personal, normalized()) : undefined;
  if (remembered !== undefined) score = remembered ? REMEMBERED_PITCH : REMEMBERED_GENUINE;
  const phrases = ctx.customPhrases ? compiledPhrases(ctx.customPhrases) : null;
  const never = phrases ? findPhrase(normalized(), phrases.never) : null;
  const always = phrases && !never ? findPhrase(normalized(), phrases.always) : null;
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
  };
}

/** The public verdict for one message, as the CLI prints it and the background sends it. */
export function screenMessage(ctx: ScreenContext, msg: InboxMessage): ScoredMessage {
  const { id, verdict, score, tactics, echo } = screenMessageDetail(ctx, msg);
  return { id, verdict, score, tactics, echo };
}
