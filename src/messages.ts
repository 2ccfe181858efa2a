// One typed, directional message union. Names say who talks to whom: cs = content script, ui = popup/options, bg = background.
import type { DirectMessage, Platform, Surface } from './sites/types.ts';
import type { ScoredMessage, Verdict } from './engine/types.ts';
import type { ContactSeen, DailyStats } from './storage/db.ts';
import type { CustomPhrases } from './storage/settings.ts';
import type { BackupFile } from './backup-format.ts';

/** Ids of conversation-list snippets: the background screens them without indexing or counting them (`row:` …). */
export const SNIPPET_ID_PREFIX = 'row:';
export const isSnippetId = (id: string): boolean => id.startsWith(SNIPPET_ID_PREFIX);

export interface Contact {
  platform: Platform;
  id: string;
  handle?: string;
  name: string;
  profileUrl?: string;
  note: string;
  /** ISO date. */
  addedAt: string;
}

/** What a content script knows about its page, for the popup. */
export interface PageState {
  url: string;
  platform: Platform;
  surfaces: Surface[];
  found: number;
  labelled: number;
  /** A known messaging URL that shows zero messages: the site's markup may have changed. */
  markupWarning: boolean;
  senders: PageSender[];
}

export interface PageSender {
  platform: Platform;
  id: string;
  name: string;
  handle?: string;
  profileUrl?: string;
  verdict: Verdict;
  /** Highest pitch score among this sender's incoming messages. */
  score: number;
  messages: number;
}

/** The user's correction of one message, from the in-page menu. */
export interface Feedback {
  messageId: string;
  label: 'pitch' | 'genuine';
  text: string;
  platform: Platform;
  senderId: string;
}

/** Aggregates for the insight page and the popup's counts. */
export interface Insight {
  /** One entry per day that has counts, oldest first. */
  days: DailyStats[];
  tactics: Array<{ id: string; count: number }>;
  echoes: Array<{ template: string; senders: number }>;
}

export type CsToBg =
  | { type: 'cs→bg:screen'; messages: DirectMessage[] }
  | { type: 'cs→bg:feedback'; feedback: Feedback }
  | { type: 'cs→bg:add-contact'; contact: Contact }
  /** Keeps the worker running (and starts it early) while a page shows messages: see content/keep-awake.ts. */
  | { type: 'cs→bg:wake'; platform: Platform };
export type UiToBg =
  | { type: 'ui→bg:list-contacts' }
  | { type: 'ui→bg:add-contact'; contact: Contact }
  | { type: 'ui→bg:remove-contact'; platform: Platform; id: string }
  | { type: 'ui→bg:echo-senders'; template: string }
  | { type: 'ui→bg:contact-activity' }
  | { type: 'ui→bg:import-contacts'; contacts: Contact[] }
  | { type: 'ui→bg:replace-contacts'; contacts: Contact[] }
  | { type: 'ui→bg:export-all' }
  | { type: 'ui→bg:import-all'; backup: BackupFile }
  | { type: 'ui→bg:clear-all' }
  | { type: 'ui→bg:insight'; days: number }
  | { type: 'ui→bg:preview'; samples: string[]; threshold: number | null; customPhrases: CustomPhrases };
export type UiToCs = { type: 'ui→cs:page-state' };
export type BgToCs = { type: 'bg→cs:rescreen' };

export type ToBackground = CsToBg | UiToBg;

export interface Responses {
  'cs→bg:screen': { results: ScoredMessage[] };
  'cs→bg:feedback': { ok: true };
  'cs→bg:add-contact': { contacts: Contact[] };
  'cs→bg:wake': { ok: true };
  'ui→bg:echo-senders': { senders: Array<{ senderKey: string; time: number }> };
  'ui→bg:list-contacts': { contacts: Contact[] };
  'ui→bg:add-contact': { contacts: Contact[] };
  'ui→bg:remove-contact': { contacts: Contact[] };
  'ui→bg:contact-activity': { seen: ContactSeen[] };
  'ui→bg:import-contacts': { contacts: Contact[]; added: number; updated: number; previous: Contact[] };
  'ui→bg:replace-contacts': { contacts: Contact[] };
  'ui→bg:export-all': { backup: BackupFile };
  'ui→bg:import-all': { ok: true };
  'ui→bg:clear-all': { ok: true };
  'ui→bg:insight': Insight;
  'ui→bg:preview': { threshold: number; defaultThreshold: number; results: ScoredMessage[] };
  'ui→cs:page-state': PageState;
  'bg→cs:rescreen': { ok: true };
}

export type ErrorResponse = { error: string };
