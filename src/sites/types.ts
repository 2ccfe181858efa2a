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
  | 'x-legacy';

export interface Extraction {
  surfaces: Surface[];
  messages: FoundMessage[];
  conversations: FoundConversation[];
}

export interface SiteAdapter {
  platform: Platform;
  /** Whether a URL is one of this site's known messaging pages (for health reporting). */
  isMessagingUrl(url: URL): boolean;
  /** Read every message and conversation row under the given roots (document and open shadow roots). */
  extract(root: ParentNode, url: URL): Extraction;
  /** Open shadow roots this site renders messaging into (re-resolved on every pass). */
  shadowRoots(doc: Document): ShadowRoot[];
}
