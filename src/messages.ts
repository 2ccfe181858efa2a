// One typed, directional message union. Names say who talks to whom: cs = content script, ui = popup/options, bg = background.
import type { DirectMessage, Platform, Surface } from './sites/types.ts';
import type { ScoredMessage, Verdict } from './engine/types.ts';

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

export type CsToBg = { type: 'cs→bg:screen'; messages: DirectMessage[] };
export type UiToBg =
  | { type: 'ui→bg:list-contacts' }
  | { type: 'ui→bg:add-contact'; contact: Contact }
  | { type: 'ui→bg:remove-contact'; platform: Platform; id: string };
export type UiToCs = { type: 'ui→cs:page-state' };
export type BgToCs = { type: 'bg→cs:contacts-changed' };

export type ToBackground = CsToBg | UiToBg;

export interface Responses {
  'cs→bg:screen': { results: ScoredMessage[] };
  'ui→bg:list-contacts': { contacts: Contact[] };
  'ui→bg:add-contact': { contacts: Contact[] };
  'ui→bg:remove-contact': { contacts: Contact[] };
  'ui→cs:page-state': PageState;
  'bg→cs:contacts-changed': { ok: true };
}

export type ErrorResponse = { error: string };
