import type { RowReads } from './row-reads.ts';

export type Platform = 'linkedin' | 'x';

export interface Sender {
  platform: Platform;
  /** Stable id: LinkedIn member id (ACoAA…) or vanity slug; X user id or handle. */
  id: string;
  name: string;
  handle?: string;
  profileUrl?: string;
}

export type Direction = 'in' | 'out';

/** One message as read from a page, before scoring. */
export interface DirectMessage {
  id: string;
  conversationId: string;
  sender: Sender;
  direction: Direction;
  text: string;
  /** Time text as shown, or ISO when the page gives one. */
  time?: string;
}

/** A message found in the page together with the element that carries its label. */
export interface FoundMessage {
  message: DirectMessage;
  row: Element;
}

/** A conversation-list row: participants and the snippet of its last message. */
export interface FoundConversation {
  key: string;
  participants: string[];
  snippet: string;
  /** Who wrote the snippet, when the row says so ("You:" prefix ⇒ out). */
  direction: Direction;
  unread: boolean;
  marker?: 'inmail' | 'sponsored';
  row: Element;
}

export type Surface =
  | 'linkedin-thread'
  | 'linkedin-overlay'
  | 'x-chat'
  | 'x-chat-requests'
  | 'x-legacy'
  | 'x-legacy-requests';

export interface Extraction {
  surfaces: Surface[];
  messages: FoundMessage[];
  conversations: FoundConversation[];
}

export interface SiteAdapter {
  platform: Platform;
  /** Whether a URL is one of this site's known messaging pages (for health reporting). */
  isMessagingUrl(url: URL): boolean;
  /**
   * Read every message and conversation row under the given roots (document and open shadow roots).
   * With `reads`, per-row parses are reused across passes and a pass may stop early at its time budget.
   */
  extract(root: ParentNode, url: URL, reads?: RowReads): Extraction;
  /** Open shadow roots this site renders messaging into (re-resolved on every pass). */
  shadowRoots(doc: Document): ShadowRoot[];
  /** The hosts of those shadow roots, so the page can notice new ones among added nodes instead of querying it all. */
  shadowHosts?: readonly string[];
  /**
   * Optional fast path for a mutation inside a message list: `messageScopes` selects such lists, and
   * `extractScope` reads the messages inside one exactly as `extract(root, url, reads)` would (same ids,
   * senders, order), without re-reading surfaces or conversation rows elsewhere on the page.
   */
  messageScopes?: readonly string[];
  extractScope?(scope: Element, root: ParentNode, url: URL, reads?: RowReads): FoundMessage[];
  /**
   * Optional faster path for rows added to or edited inside one message list: `messageRows` selects a message row,
   * and `extractRows` reads `rows` (in that list, in any order) plus any later row whose reading depends on them
   * (a carried-over sender), each exactly as `extractScope` would. A row left out of the answer has no message.
   */
  messageRows?: readonly string[];
  extractRows?(rows: Element[], scope: Element, root: ParentNode, url: URL, reads?: RowReads): FoundMessage[];
  /**
   * Optional fast path for a change inside conversation-list rows (a new snippet, a time, an unread dot):
   * `conversationRows` selects such a row, and `extractConversations` reads `rows` exactly as `extract` would.
   * A row left out of the answer is no conversation (e.g. occluded).
   * The page screener catches what the fast paths throw: the list or rows then yield nothing that pass.
   */
  conversationRows?: readonly string[];
  extractConversations?(rows: Element[]): FoundConversation[];
}
