// Shared engine types. Pure data: the engine runs the same in Node (CLI, tests) and in the background worker.

export type EnginePlatform = 'linkedin' | 'x';

export type Verdict = 'pitch' | 'clean' | 'contact' | 'own';

export interface TacticHit {
  id: string;
  /** The exact substring of the ORIGINAL text that triggered the tactic, so the UI can highlight it. */
  evidence: string;
}

export interface EchoInfo {
  /** Stable cluster id of the template. */
  template: string;
  /** Distinct senders seen with this template (including the current message). */
  senders: number;
  /** The template is a shipped pitch family (`template` = `known:<family>`), recognised even from one sender. */
  known?: boolean;
}

export interface ObfuscationCounts {
  ignorables: number;
  homoglyphs: number;
  spaced: number;
  leet: number;
}

export interface Normalized {
  original: string;
  /** NFKC, default-ignorables removed, homoglyphs mapped to Latin, spaced-out letters joined, lower-cased. */
  text: string;
  /** `text` with leet folded ("$1gn4l$" → "signals"); what features are built from. */
  folded: string;
  /** offsets[i] = index in `original` where text[i] came from; length text.length + 1 (last = original.length). */
  offsets: number[];
  obfuscation: ObfuscationCounts;
}

/** One message of an inbox stream, as the CLI reads it and the background receives it. */
export interface InboxMessage {
  id: string;
  platform: EnginePlatform;
  sender: { id: string; name: string };
  text: string;
  direction?: 'in' | 'out';
  conversationId?: string;
  /** Epoch ms when known. */
  time?: number;
}

export interface ScoredMessage {
  id: string;
  verdict: Verdict;
  /** Calibrated probability of a pitch, 0–1. */
  score: number;
  tactics: TacticHit[];
  echo: EchoInfo | null;
}
