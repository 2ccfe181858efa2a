import type {
  Direction,
  Extraction,
  FoundConversation,
  FoundMessage,
  Sender,
  SiteAdapter,
  Surface,
} from './types.ts';
import {
  byId,
  exists,
  lineText,
  openShadowRoots,
  queryAll,
  queryFirst,
  readEach,
  readText,
} from './dom.ts';
import type { RowReads } from './row-reads.ts';
import { readLegacyConversations, readLegacyMessages, xLegacySelectors } from './x-legacy.ts';
import { handleFromHref, leafTexts, readXViewer, xSenderFromHandle } from './x-shared.ts';

export const xHosts = [
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
] as const;

export const xSelectors = {
  shadowHost: [
    '[data-testid="xchatEmbedRoute"]', // 2026-10 dom-reference §2.2 [A/B]
  ],
  chat: [
    '[data-testid="dm-container"]', // 2026-10 dom-reference §2.2 [A]
    '[data-testid="dm-inbox-panel"]', // 2026-10 dom-reference §2.2 [A]
    '[data-testid="dm-conversation-panel"]', // 2026-10 dom-reference §2.2 [A]
    '[data-testid="dm-message-list"]', // 2026-10 dom-reference §2.2 [A]
    '[data-testid^="dm-conversation-item-"]', // 2026-10 dom-reference §2.3 [A]
  ],
  requests: [
    '[data-testid="dm-message-requests"]', // 2026-10 dom-reference §2.5 [A]
    '[data-testid^="dm-message-request-item-"]', // 2026-10 dom-reference §2.5 [A]
    '[data-testid="dm-message-request-prompt"]', // 2026-10 dom-reference §2.5 [A]
  ],
  messageRow: [
    '[data-dm-message-row]', // 2026-10 dom-reference §2.4 [A]
    '[data-testid^="message-"]:not([data-testid^="message-text-"])', // 2026-10 dom-reference §2.4 [A]
  ],
  messageText: [
    '[data-testid^="message-text-"]', // 2026-10 dom-reference §2.4 [A]
  ],
  authoredText: [
    'span[dir="auto"]', // 2026-10 dom-reference §2.4 [A]
  ],
  /** Inside message-text: the duplicated time (spacer and visible label), never authored text. */
  timeDuplicate: [
    '[aria-hidden="true"]', // 2026-10 dom-reference §2.4 [A]
    '[id$="-time"]', // 2026-10 dom-reference §2.4 [B]
    '.absolute', // 2026-10 dom-reference §2.4 [A] the positioned time overlay
  ],
  messageList: [
    '[data-testid="dm-message-list"]', // 2026-10 dom-reference §2.2 [A]
  ],
  header: [
    '[data-testid="dm-conversation-header"]', // 2026-10 dom-reference §2.2 [A]
  ],
  headerName: [
    '[data-testid="dm-conversation-username"]', // 2026-10 dom-reference §2.2 [A/B]
  ],
  headerItem: [
    '[data-testid="dm-conversation-header-item"]', // 2026-10 dom-reference §2.4 [B] profile card, not a message
  ],
  conversationItem: [
    '[data-testid^="dm-conversation-item-"]', // 2026-10 dom-reference §2.3 [A]
    '[data-testid^="dm-message-request-item-"]', // 2026-10 dom-reference §2.5 [A]
  ],
  selectedItem: [
    '[data-testid^="dm-conversation-item-"][data-selected="true"]', // 2026-10 dom-reference §2.3 [B]
    '[data-testid^="dm-message-request-item-"][data-selected="true"]', // 2026-11 guess: same as inbox rows [C]
  ],
  itemName: [
    '.font-bold', // 2026-10 dom-reference §2.3 [A] first in leaf order; the snippet is bold too when unread
  ],
  itemSnippet: [
    'span[dir="auto"]', // 2026-10 dom-reference §2.3 [A]
  ],
  unreadDot: [
    'svg[data-icon="icon-circle-fill"]', // 2026-10 dom-reference §2.3 [B]
  ],
} as const;

const s = xSelectors;

const rowIdPattern = /^(?:dm-conversation-item-|dm-message-request-item-)(.+)$/;
const messageIdPattern = /^message-([0-9a-f]{8}-[0-9a-f-]{27,}|\d{6,})$/i;
/** Localised "You:" snippet labels; English is attested (§2.3), the rest are guesses [C]. */
const youLabel = /^(?:You|Tú|Tu|Vous|Du|Sie|Você|Jij|Ty)\s*:?$/u;

/** XChat conversation id from the route, in the colon form rows use. */
export function xChatConversationId(url: URL): string | undefined {
  const match = /^\/i\/chat\/(?:requests\/(?:other\/)?)?(g?\d+(?:-\d+)?)(?:\/|$)/.exec(url.pathname);
  return match?.[1]?.replace(/-/g, ':');
}

interface ChatContext {
  conversationId: string;
  isGroup: boolean;
  counterpart?: Sender;
  viewer: Sender;
}

function chatContext(root: ParentNode, url: URL): ChatContext {
  // The selected inbox row is looked for only when the route has no id (a miss walks the whole page).
  const conversationId =
    xChatConversationId(url) ??
    queryFirst(root, s.selectedItem)?.getAttribute('data-testid')?.replace(rowIdPattern, '$1') ??
    'unknown';
  const isGroup = conversationId.startsWith('g');
  const header = queryFirst(root, s.header);
  let counterpart: Sender | undefined;
  if (header && !isGroup) {
    const handle = [...header.querySelectorAll('a[href]')]
      .map((link) => handleFromHref(link.getAttribute('href')))
      .find(Boolean);
    const nameElement = queryFirst(header, s.headerName);
    const name = (nameElement && leafTexts(nameElement).find((text) => !text.startsWith('@'))) || lineText(nameElement);
    if (handle) counterpart = xSenderFromHandle(handle, name);
  }
  if (!counterpart && !isGroup) {
    // The in-thread profile card repeats name and @handle (§2.4).
    const card = queryFirst(root, s.headerItem);
    const texts = card ? leafTexts(card) : [];
    const handle = texts.find((text) => /^@\w{1,15}$/.test(text))?.slice(1);
    if (handle) counterpart = xSenderFromHandle(handle, texts[0] ?? handle);
  }
  return { conversationId, isGroup, viewer: readXViewer(root), ...(counterpart ? { counterpart } : {}) };
}

function labelText(row: Element, root: ParentNode, id: string, suffix: string): string {
  const label = row.querySelector(`[id$="${suffix}"]`) ?? byId(root, `${id}${suffix}`);
  return lineText(label);
}

function directionOf(row: Element): Direction {
  if (row.classList.contains('justify-end')) return 'out';
  if (row.classList.contains('justify-start')) return 'in';
  // Documented fallback (§2.4): bubble on the right half of the message list = you.
  const list = row.closest(s.messageList.join(','));
  const bubble = row.firstElementChild;
  if (list && bubble) {
    const box = list.getBoundingClientRect();
    const rect = bubble.getBoundingClientRect();
    if (box.width > 0 && rect.width > 0) {
      return rect.left + rect.width / 2 > box.left + box.width / 2 ? 'out' : 'in';
    }
  }
  return 'in';
}

function readChatText(row: Element): string {
  const container = queryFirst(row, s.messageText);
  if (!container) return '';
  const isTime = (element: Element) => s.timeDuplicate.some((selector) => element.matches(selector));
  // Outermost authored spans only, and never the duplicated time spans.
  const parts = queryAll(container, s.authoredText)
    .filter((span) => !hasAncestorWithin(span, container, (node) => isTime(node) || node.matches('span[dir="auto"]')))
    .filter((span) => !isTime(span))
    .map((span) => readText(span))
    .filter(Boolean);
  if (parts.length > 0) return parts.join('\n');
  return readText(container, isTime);
}

function hasAncestorWithin(element: Element, container: Element, test: (element: Element) => boolean): boolean {
  for (let node = element.parentElement; node && node !== container; node = node.parentElement) {
    if (test(node)) return true;
  }
  return false;
}

function rowHandle(row: Element): string | undefined {
  return [...row.querySelectorAll('a[href]')]
    .map((link) => handleFromHref(link.getAttribute('href')))
    .find(Boolean);
}

/** What one XChat row says on its own; the sender is resolved against the conversation each pass. */
interface ChatRow {
  id: string;
  rowClass: string;
  text: string;
  direction: Direction;
  label: string;
  handle?: string;
  time: string;
}

function parseChatRow(row: Element, root: ParentNode): ChatRow | undefined {
  const id =
    row.getAttribute('data-dm-message-row') ||
    messageIdPattern.exec(row.getAttribute('data-testid') ?? '')?.[1];
  if (!id) return undefined;
  const handle = rowHandle(row);
  return {
    id,
    rowClass: row.className,
    text: readChatText(row),
    direction: directionOf(row),
    label: labelText(row, root, id, '-sender'),
    ...(handle ? { handle } : {}),
    time: labelText(row, root, id, '-time'),
  };
}

/** A cached parse still describes its row while the row's id and class (direction) are unchanged. */
function isFreshChatRow(row: Element, parsed: ChatRow | undefined): boolean {
  if (!parsed) return false;
  return row.className === parsed.rowClass && row.getAttribute('data-dm-message-row') === parsed.id;
}

function readChatMessage(
  row: Element,
  parsed: ChatRow | undefined,
  context: ChatContext,
  groupHandles: Map<string, string>,
): FoundMessage | undefined {
  // Media-only messages have no text to screen.
  if (!parsed?.text) return undefined;
  const { id, text, direction, label, time } = parsed;
  let sender: Sender;
  if (direction === 'out') {
    sender = context.viewer;
  } else if (!context.isGroup && context.counterpart) {
    sender = { ...context.counterpart, name: label || context.counterpart.name };
  } else {
    // Group senders are named only by the hidden label (§2.4 [B]); an avatar link anywhere in the run gives the handle [C].
    const handle = parsed.handle ?? groupHandles.get(label);
    sender = handle ? xSenderFromHandle(handle, label) : { platform: 'x', id: label || 'unknown', name: label };
  }
  return {
    message: {
      id,
      conversationId: context.conversationId,
      sender,
      direction,
      text,
      ...(time ? { time } : {}),
    },
    row,
  };
}

/** Resolved messages of unchanged rows, reused while the row's parse and the conversation context are the same. */
const resolved = new WeakMap<Element, { parsed: ChatRow; key: string; found: FoundMessage | undefined }>();

const isChatRow = (row: Element) =>
  row.hasAttribute('data-dm-message-row') || messageIdPattern.test(row.getAttribute('data-testid') ?? '');

/** Parses rows through `reads` until the pass is out of time (the rest waits for the next pass). */
function parseChatRows(rows: Element[], root: ParentNode, reads?: RowReads): { row: Element; value: ChatRow | undefined }[] {
  const parse = (row: Element) => parseChatRow(row, root);
  const parsed: { row: Element; value: ChatRow | undefined }[] = [];
  for (const row of rows) {
    let read: { value: ChatRow | undefined } | undefined;
    try {
      read = reads ? reads.read(row, parse, (value) => isFreshChatRow(row, value)) : { value: parse(row) };
    } catch {
      continue; // One odd row must not lose the others.
    }
    if (!read) break;
    parsed.push({ row, value: read.value });
  }
  return parsed;
}

function readChatMessages(root: ParentNode, url: URL, reads?: RowReads, scope: ParentNode = root): FoundMessage[] {
  const rows = queryAll(scope, s.messageRow).filter(isChatRow);
  if (rows.length === 0) return [];
  // Group senders may borrow a handle from any row, so all of them are parsed before any is resolved.
  const parsed = parseChatRows(rows, root, reads);
  return resolveChatRows(parsed, chatContext(root, url), reads !== undefined);
}

/** Reads `rows` of one list alone as readChatMessages would; a group's senders depend on every row, so it reads them all. */
function readChatRows(rows: Element[], scope: Element, root: ParentNode, url: URL, reads?: RowReads): FoundMessage[] {
  const context = chatContext(root, url);
  if (context.isGroup || !reads) return readChatMessages(root, url, reads, scope);
  // The row holding each touched element (an inner element may match the row selector's second alternative).
  const own = new Set<Element>();
  for (const element of rows) {
    for (let node: Element | null = element; node && node !== scope; node = node.parentElement) {
      if (isChatRow(node)) {
        own.add(node);
        break;
      }
    }
  }
  return resolveChatRows(parseChatRows([...own], root, reads), context, true);
}

function resolveChatRows(parsed: { row: Element; value: ChatRow | undefined }[], context: ChatContext, cached: boolean): FoundMessage[] {
  // Map group display names to handles wherever a row shows an avatar link, so a run's messages agree.
  const groupHandles = new Map<string, string>();
  if (context.isGroup) {
    for (const { value } of parsed) {
      if (value?.handle && value.label && !groupHandles.has(value.label)) groupHandles.set(value.label, value.handle);
    }
  }
  if (!cached) return readEach(parsed, ({ row, value }) => readChatMessage(row, value, context, groupHandles));
  const { counterpart, viewer } = context;
  const key = [context.conversationId, counterpart?.id, counterpart?.name, viewer.id, viewer.name, ...groupHandles].join('\u0000');
  return readEach(parsed, ({ row, value }) => {
    if (!value) return undefined;
    const memo = resolved.get(row);
    if (memo && memo.parsed === value && memo.key === key) return memo.found;
    const found = readChatMessage(row, value, context, groupHandles);
    resolved.set(row, { parsed: value, key, found });
    return found;
  });
}

function readChatConversation(item: Element): FoundConversation | undefined {
  const key = rowIdPattern.exec(item.getAttribute('data-testid') ?? '')?.[1];
  if (!key) return undefined;
  const leaves = leafTexts(item);
  const nameElement = queryFirst(item, s.itemName);
  const name = lineText(nameElement) || leaves[0] || '';
  if (!name) return undefined;
  const spans = queryAll(item, s.itemSnippet);
  const snippetElement = spans.at(-1);
  const snippetIsName =
    !snippetElement || snippetElement === nameElement || Boolean(nameElement?.contains(snippetElement)) || lineText(snippetElement) === name;
  let snippet = snippetIsName || !snippetElement ? '' : readText(snippetElement).replace(/\s+/g, ' ');
  const snippetIndex = snippet ? leaves.lastIndexOf(lineText(snippetElement)) : -1;
  const prefix = snippetIndex > 0 ? leaves[snippetIndex - 1] : undefined;
  let direction: Direction = prefix && youLabel.test(prefix) ? 'out' : 'in';
  const inline = /^(You|Tú|Tu|Vous|Du|Sie|Você|Jij|Ty)\s*:\s+/u.exec(snippet);
  if (inline) {
    direction = 'out';
    snippet = snippet.slice(inline[0].length);
  }
  const description = item.getAttribute('aria-description') ?? '';
  // Either signal counts (§2.3); ", Unread" is English-only.
  const unread = /,\s*Unread\s*$/i.test(description) || Boolean(queryFirst(item, s.unreadDot));
  // Group titles list members as "A, B, C" [C: group rows are not documented].
  const participants = key.startsWith('g') ? name.split(/\s*,\s*/).filter(Boolean) : [name];
  return { key, participants, snippet: snippet.trim(), direction, unread, row: item };
}

// Requests and legacy hooks are both absent from most XChat pages: one walk of the page settles that, not one each.
const requestsOrLegacy = [...s.requests, ...xLegacySelectors.surface];

/** The surfaces the page shows, and whether it has any legacy hook (legacy reads are skipped when it has none). */
function readSurfaces(root: ParentNode, url: URL): { surfaces: Surface[]; legacy: boolean } {
  const surfaces: Surface[] = [];
  const onRequestsRoute = /^\/i\/chat\/requests(\/|$)/.test(url.pathname);
  const hasChat = exists(root, s.chat);
  const either = exists(root, requestsOrLegacy);
  const legacy = either && exists(root, xLegacySelectors.surface);
  if ((either && exists(root, s.requests)) || (hasChat && onRequestsRoute)) surfaces.push('x-chat-requests');
  if (hasChat && !onRequestsRoute) surfaces.push('x-chat');
  if (legacy) surfaces.push(/^\/messages\/requests(\/|$)/.test(url.pathname) ? 'x-legacy-requests' : 'x-legacy');
  return { surfaces, legacy };
}

export const x: SiteAdapter = {
  platform: 'x',

  isMessagingUrl(url) {
    return (
      (xHosts as readonly string[]).includes(url.hostname) &&
      /^\/(?:i\/chat|messages)(?:\/|$)/.test(url.pathname)
    );
  },

  extract(root, url, reads) {
    const extraction: Extraction = { surfaces: [], messages: [], conversations: [] };
    try {
      const { surfaces, legacy } = readSurfaces(root, url);
      extraction.surfaces = surfaces;
      // The legacy surface hooks include its message and conversation hooks: a page without them has no legacy rows.
      extraction.messages = [...readChatMessages(root, url, reads), ...(legacy ? readLegacyMessages(root, url) : [])];
      extraction.conversations = [
        ...readEach(queryAll(root, s.conversationItem), readChatConversation),
        ...(legacy ? readLegacyConversations(root) : []),
      ];
    } catch {
      // Never throw into the page loop; whatever was read so far is kept.
    }
    return extraction;
  },

  shadowRoots(doc) {
    return openShadowRoots(doc, s.shadowHost);
  },

  shadowHosts: s.shadowHost,

  // The thread's list holds every message row; its context (header, viewer) is read from the root as in extract.
  messageScopes: s.messageList,

  extractScope(scope, root, url, reads) {
    return readChatMessages(root, url, reads, scope);
  },

  conversationRows: s.conversationItem,

  extractConversations(rows) {
    return readEach(rows, readChatConversation);
  },

  messageRows: s.messageRow,

  extractRows(rows, scope, root, url, reads) {
    return readChatRows(rows, scope, root, url, reads);
  },
};
