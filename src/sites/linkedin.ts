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
  closestOf,
  documentOf,
  exists,
  lineText,
  matchesAny,
  openShadowRoots,
  queryAll,
  queryFirst,
  readEach,
  readText,
  stableHash,
} from './dom.ts';
import type { RowReads } from './row-reads.ts';

export const linkedinHosts = ['www.linkedin.com', 'linkedin.com'] as const;

const origin = 'https://www.linkedin.com';

export const linkedinSelectors = {
  shadowHost: [
    '#interop-outlet[data-testid="interop-shadowdom"]', // 2026-10 dom-reference §1.7, §3.1 [A]
    '[data-testid="interop-shadowdom"]', // 2026-11 guess: the id may go before the testid does [C]
  ],
  overlay: [
    '#msg-overlay', // 2026-10 dom-reference §1.7 [A, 2023 copy]
    '.msg-overlay-container', // 2026-10 dom-reference §1.7 [A]
    '.msg-overlay-list-bubble', // 2026-10 dom-reference §1.7 [A]
    '.msg-overlay-conversation-bubble', // 2026-10 dom-reference §1.7 [A]
  ],
  overlaySurface: [
    '.msg-overlay-list-bubble', // 2026-10 dom-reference §1.7 [A]; an empty #msg-overlay alone is no surface
    '.msg-overlay-conversation-bubble', // 2026-10 dom-reference §1.7 [A]
    '[data-view-name="message-overlay-conversation-bubble-item"]', // 2026-10 dom-reference §1.7 [B, newer]
  ],
  messagingPage: [
    '.msg-conversations-container', // 2026-10 dom-reference §1.2 [A]
    '.msg-convo-wrapper', // 2026-10 dom-reference §1.2 [A]
    '.msg-s-message-list', // 2026-10 dom-reference §1.4 [A]
    'li.msg-conversation-listitem', // 2026-10 dom-reference §1.3 [A]
  ],
  overlayBubble: [
    '.msg-overlay-conversation-bubble', // 2026-10 dom-reference §1.7 [A]
    '[data-view-name="message-overlay-conversation-bubble-item"]', // 2026-10 dom-reference §1.7 [B, newer]
  ],
  overlayHeaderLink: [
    '.msg-overlay-bubble-header__title a[href*="/in/"]', // 2026-10 dom-reference §1.7 [A]
    '.msg-overlay-bubble-header a[href*="/in/"]', // 2026-10 dom-reference §1.7 [A]
  ],
  overlayHeaderTitle: [
    '.msg-overlay-bubble-header__title', // 2026-10 dom-reference §1.7 [A]
  ],
  thread: [
    '.msg-thread', // 2026-10 dom-reference §1.2 [A]
    '.msg-convo-wrapper', // 2026-10 dom-reference §1.2 [A]
    '.msg__detail', // 2026-10 dom-reference §1.2 [B]
  ],
  threadHeaderLink: [
    'a.msg-thread__link-to-profile[href*="/in/"]', // 2026-10 dom-reference §1.2 [A]
    '.msg-title-bar a[href*="/in/"]', // 2026-10 dom-reference §1.2 [A]
  ],
  threadHeaderName: [
    '.msg-entity-lockup__entity-title', // 2026-10 dom-reference §1.2 [A]
    '.msg-title-bar__title-bar-title', // 2026-10 dom-reference §1.2 [A]
  ],
  messageList: [
    '.msg-s-message-list-content', // 2026-10 dom-reference §1.4 [A]
    '.msg-s-message-list', // 2026-10 dom-reference §1.4 [A]
  ],
  messageRow: [
    'li.msg-s-message-list__event', // 2026-10 dom-reference §1.4 [A]; never the list's other children
  ],
  event: [
    '.msg-s-event-listitem', // 2026-10 dom-reference §1.4 [A]
  ],
  eventUrn: [
    '[data-event-urn]', // 2026-10 dom-reference §1.6 [A]
  ],
  incoming: [
    '.msg-s-event-listitem--other', // 2026-10 dom-reference §1.6 [A]
  ],
  body: [
    'p.msg-s-event-listitem__body', // 2026-10 dom-reference §1.4 [A]
    '.msg-s-event-listitem__body', // 2026-11 guess: the tag may change before the class does [C]
  ],
  dayHeading: [
    'time.msg-s-message-list__time-heading', // 2026-10 dom-reference §1.4 [A]
  ],
  groupHeading: [
    '.msg-s-event-listitem--group-a11y-heading', // 2026-10 dom-reference §1.4 [A]
  ],
  groupName: [
    '.msg-s-message-group__name', // 2026-10 dom-reference §1.6 [A]
    '.msg-s-message-group__profile-link', // 2026-10 dom-reference §1.4 [A]
  ],
  groupTime: [
    'time.msg-s-message-group__timestamp', // 2026-10 dom-reference §1.6 [A]
  ],
  senderLink: [
    'a.msg-s-event-listitem__link[href*="/in/"]', // 2026-10 dom-reference §1.6 [A]
    '.msg-s-message-group__meta a[href*="/in/"]', // 2026-10 dom-reference §1.6 [A]
  ],
  senderPicture: [
    'img.msg-s-event-listitem__profile-picture[alt]', // 2026-10 dom-reference §1.6 [A]
  ],
  viewerPhoto: [
    'img.global-nav__me-photo[alt]', // 2026-10 dom-reference §1.6 [C]
  ],
  conversationRow: [
    'li.msg-conversation-listitem', // 2026-10 dom-reference §1.3 [A]
  ],
  occludedRow: [
    '.msg-conversation-card--occluded', // 2026-10 dom-reference §1.3 [B]
  ],
  participantNames: [
    '.msg-conversation-card__participant-names', // 2026-10 dom-reference §1.3 [A]
    '.msg-conversation-listitem__participant-names', // TODO [2027-06-01]: Drop if unseen (dead per Mar-2026 audit, §1.10)
  ],
  rowTime: [
    'time.msg-conversation-card__time-stamp', // 2026-10 dom-reference §1.3 [A]
    'time.msg-conversation-listitem__time-stamp', // TODO [2027-06-01]: Drop if unseen (§1.10)
  ],
  rowSelectLabel: [
    'label[aria-label]', // 2026-10 dom-reference §1.3 [A] "Select conversation with <Name>"
  ],
  rowAvatar: [
    'img.presence-entity__image[alt]', // 2026-10 dom-reference §1.3 [A]
  ],
  rowFacepile: [
    '.msg-facepile-grid', // 2026-10 dom-reference §1.3 [A] group rows
  ],
  snippet: [
    '.msg-conversation-card__message-snippet', // 2026-10 dom-reference §1.3 [A]
    '.msg-conversation-card__message-snippet-body', // TODO [2027-06-01]: Drop if unseen (pre-2024 name, [C])
  ],
  pill: [
    '.msg-conversation-card__pill', // 2026-10 dom-reference §1.8 [A]
  ],
  unreadCard: [
    '.msg-conversation-card__convo-item-container--unread', // 2026-10 dom-reference §1.3 [B, flaky]
  ],
  unreadCount: [
    '.msg-conversation-card__unread-count', // 2026-10 dom-reference §1.3 [B]
  ],
} as const;

const s = linkedinSelectors;

/** Localised "You:" snippet prefixes; English is attested, the rest are guesses [C]. */
const youPrefix = /^(?:You|Vous|Tú|Tu|Du|Sie|Você|Jij|Ty)\s*:\s*/u;
/** "<Name> sent the following message(s) at <time>" (English only, a fallback, §1.6). */
const groupHeadingPattern = /^(.*?) sent the following messages? at (.+)$/;
const selectConversationPattern = /^Select conversation with (.+)$/;

export function linkedinThreadId(url: URL): string | undefined {
  const match = /^\/messaging\/thread\/([^/]+)/.exec(url.pathname);
  const id = match?.[1];
  // `new` is the empty-draft route, not a thread (§1.1).
  return id && id !== 'new' ? decodeSafe(id) : undefined;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Member id (ACoAA…) or vanity slug from an `/in/<id>` link. */
function memberIdFrom(href: string | null | undefined): string | undefined {
  const match = href ? /\/in\/([^/?#]+)/.exec(href) : null;
  return match?.[1] ? decodeSafe(match[1]) : undefined;
}

function senderFromLink(link: Element | undefined, name: string): Sender | undefined {
  const id = memberIdFrom(link?.getAttribute('href'));
  if (!id) return undefined;
  return { platform: 'linkedin', id, name, profileUrl: `${origin}/in/${id}` };
}

/** The mailbox owner's profile id: the URN names the viewer, not the sender (§1.6). */
function viewerIdFromUrn(urn: string | undefined): string | undefined {
  return urn ? /urn:li:fsd_profile:([^,)]+)/.exec(urn)?.[1] : undefined;
}

interface ThreadContext {
  conversationId: string;
  /** The other person of a 1:1 conversation, when the header names one. */
  counterpart?: Sender;
  carried?: { direction: Direction; sender: Sender; time?: string };
}

function threadContext(list: Element, url: URL): ThreadContext {
  const bubble = closestOf(list, s.overlayBubble);
  if (bubble) {
    const link = queryFirst(bubble, s.overlayHeaderLink);
    const counterpart = senderFromLink(link, lineText(link));
    const title = lineText(queryFirst(bubble, s.overlayHeaderTitle));
    // Overlay bubbles expose no thread id (§1.7): key them by the counterpart's member id.
    return { conversationId: `overlay:${counterpart?.id ?? title}`, counterpart };
  }
  const thread = closestOf(list, s.thread);
  const link = thread ? queryFirst(thread, s.threadHeaderLink) : undefined;
  const name = thread ? lineText(queryFirst(thread, s.threadHeaderName)) : '';
  const counterpart = senderFromLink(link, name || lineText(link));
  const conversationId =
    linkedinThreadId(url) ?? (counterpart ? `profile:${counterpart.id}` : `title:${name}`);
  return { conversationId, counterpart };
}

function timeOf(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  return element.getAttribute('datetime') || lineText(element) || undefined;
}

function readViewer(root: ParentNode, urn: string | undefined, photoAlt = viewerPhotoAlt(root)): Sender {
  const id = viewerIdFromUrn(urn) ?? 'me';
  return {
    platform: 'linkedin',
    id,
    name: photoAlt || 'You',
    ...(id === 'me' ? {} : { profileUrl: `${origin}/in/${id}` }),
  };
}

function viewerPhotoAlt(root: ParentNode): string {
  return queryFirst(documentOf(root) ?? root, s.viewerPhoto)?.getAttribute('alt')?.trim() ?? '';
}

/** What one event row says on its own; the sender of a continuation comes from earlier rows (§1.5). */
interface EventRow {
  event: Element;
  eventClass: string;
  direction: Direction;
  urn?: string;
  /** Present on the first li of a group. */
  head?: { name: string; time?: string; linkSender?: Sender };
  text: string;
}

const headMarks = [...s.groupHeading, ...s.groupName, ...s.senderLink, ...s.groupTime];

function parseEventRow(row: Element): EventRow | undefined {
  const event = queryFirst(row, s.event);
  if (!event) return undefined;
  const direction: Direction = matchesAny(event, s.incoming) ? 'in' : 'out';
  const urn = (matchesAny(event, s.eventUrn) ? event : queryFirst(row, s.eventUrn))
    ?.getAttribute('data-event-urn') ?? undefined;

  // The first li of a group carries name, avatar link and time; later ones inherit them (§1.5). One query tells the
  // later ones apart: they are most rows, and each lookup below walks the whole row when it finds nothing.
  const mayHead = exists(row, headMarks);
  const heading = mayHead ? lineText(queryFirst(row, s.groupHeading)) : '';
  const headingMatch = groupHeadingPattern.exec(heading);
  const nameElement = mayHead ? queryFirst(row, s.groupName) : undefined;
  const link = mayHead ? queryFirst(row, s.senderLink) : undefined;
  const timeElement = mayHead ? queryFirst(row, s.groupTime) : undefined;
  let head: EventRow['head'];
  if (nameElement || link || timeElement || headingMatch) {
    const name =
      lineText(nameElement) ||
      headingMatch?.[1]?.trim() ||
      queryFirst(row, s.senderPicture)?.getAttribute('alt')?.trim() ||
      '';
    const time = timeOf(timeElement) ?? headingMatch?.[2]?.trim();
    const linkSender = senderFromLink(link, name);
    head = { name, ...(time ? { time } : {}), ...(linkSender ? { linkSender } : {}) };
  }
  const body = queryFirst(event, s.body);
  return {
    event,
    eventClass: event.className,
    direction,
    ...(urn ? { urn } : {}),
    ...(head ? { head } : {}),
    text: body ? readText(body) : '',
  };
}

/** A cached parse still describes its row while the event element and its class and urn are unchanged. */
function isFreshEventRow(parsed: EventRow | undefined): boolean {
  if (!parsed) return true;
  const { event } = parsed;
  return event.className === parsed.eventClass && (event.getAttribute('data-event-urn') ?? undefined) === parsed.urn;
}

function readMessage(
  row: Element,
  parsed: EventRow | undefined,
  context: ThreadContext,
  root: ParentNode,
  viewerAlt: () => string,
): FoundMessage | undefined {
  if (!parsed) return undefined;
  const { direction, urn, head } = parsed;
  let sender: Sender | undefined;
  let time: string | undefined;
  if (head) {
    const { name } = head;
    time = head.time;
    sender = head.linkSender;
    if (!sender && direction === 'in' && context.counterpart) sender = { ...context.counterpart, name: name || context.counterpart.name };
    if (!sender && direction === 'out') sender = { ...readViewer(root, urn, viewerAlt()), ...(name ? { name } : {}) };
    if (!sender) sender = { platform: 'linkedin', id: name ? `name:${name}` : 'unknown', name };
  } else if (context.carried?.direction === direction) {
    sender = context.carried.sender;
    time = context.carried.time;
  } else {
    // A continuation whose group head is not rendered (older messages not loaded yet).
    sender =
      direction === 'out'
        ? readViewer(root, urn, viewerAlt())
        : (context.counterpart ?? { platform: 'linkedin', id: 'unknown', name: '' });
  }
  context.carried = { direction, sender, ...(time ? { time } : {}) };

  const { text } = parsed;
  // Image-only and attachment-only messages have no text to screen.
  if (!text) return undefined;
  const id =
    urn ?? `hash:${stableHash([context.conversationId, sender.id, text, time ?? ''].join('\u0000'))}`;
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

type Carried = ThreadContext['carried'];

/** Resolved messages of unchanged rows, reused while the row's parse, its thread and what it inherits are the same. */
const resolved = new WeakMap<Element, { parsed: EventRow; key: string; carriedIn: Carried; carriedOut: Carried; found: FoundMessage | undefined }>();

const sameSender = (a: Sender, b: Sender) =>
  a === b || (a.platform === b.platform && a.id === b.id && a.name === b.name && a.profileUrl === b.profileUrl);

/** Whether two rows inherit the same sender and time (a re-read row carries an equal, new object). */
function sameCarried(a: Carried, b: Carried): boolean {
  if (a === b) return true;
  return !!a && !!b && a.direction === b.direction && a.time === b.time && sameSender(a.sender, b.sender);
}

/** One read of the page: thread contexts by list and the viewer's photo are looked up once, rows are parsed through `reads`. */
function messageReader(root: ParentNode, url: URL, reads?: RowReads) {
  const contexts = new Map<Element, ThreadContext & { key: string }>();
  const listOf = new Map<Element | null, Element>();
  let alt: string | undefined;
  const viewerAlt = () => (alt ??= viewerPhotoAlt(root));
  return {
    /** The row's parse, or undefined when the pass is out of time. */
    parse: (row: Element) => (reads ? reads.read(row, parseEventRow, isFreshEventRow) : { value: parseEventRow(row) }),
    listOf(row: Element): Element {
      let list = listOf.get(row.parentElement);
      if (!list) {
        list = closestOf(row, s.messageList) ?? row.parentElement ?? row;
        listOf.set(row.parentElement, list);
      }
      return list;
    },
    contextOf(list: Element) {
      let context = contexts.get(list);
      if (!context) {
        const fresh = threadContext(list, url);
        context = { ...fresh, key: [fresh.conversationId, fresh.counterpart?.id, fresh.counterpart?.name, viewerAlt()].join('\u0000') };
        contexts.set(list, context);
      }
      return context;
    },
    /** The row's message given what `context.carried` hands down to it; leaves in `context.carried` what it hands on. */
    resolve(row: Element, parsed: EventRow | undefined, context: ThreadContext & { key: string }): FoundMessage | undefined {
      if (!reads || !parsed) return readMessage(row, parsed, context, root, viewerAlt);
      const memo = resolved.get(row);
      if (memo && memo.parsed === parsed && memo.key === context.key && sameCarried(memo.carriedIn, context.carried)) {
        context.carried = memo.carriedOut;
        return memo.found;
      }
      const carriedIn = context.carried;
      const found = readMessage(row, parsed, context, root, viewerAlt);
      resolved.set(row, { parsed, key: context.key, carriedIn, carriedOut: context.carried, found });
      return found;
    },
  };
}

function readMessages(root: ParentNode, url: URL, reads?: RowReads, scope: ParentNode = root): FoundMessage[] {
  const reader = messageReader(root, url, reads);
  let stopped = false;
  // Sponsored threads (`.msg-spinmail-thread-presenter`, §1.8) have no event rows and are skipped.
  return readEach(queryAll(scope, s.messageRow), (row) => {
    if (stopped) return undefined;
    const read = reader.parse(row);
    if (!read) {
      // Out of time: later rows need this one's sender, so they wait for the next pass too.
      stopped = true;
      return undefined;
    }
    return reader.resolve(row, read.value, reader.contextOf(reader.listOf(row)));
  });
}

/**
 * Reads `rows` of one list, and the rows after each while what they inherit changed, exactly as readMessages would:
 * a row's sender may come from the rows before it (§1.5), which the earlier reads left in `resolved`. Rows are
 * siblings in their list; anything else (or an earlier row not read yet) is read as the whole list instead.
 */
function readRows(rows: Element[], scope: Element, root: ParentNode, url: URL, reads?: RowReads): FoundMessage[] {
  const whole = () => readMessages(root, url, reads, scope);
  if (!reads) return whole();
  const reader = messageReader(root, url, reads);
  const touched = new Set(rows.filter((row) => matchesAny(row, s.messageRow) && scope.contains(row)));
  const done = new Set<Element>();
  const out: FoundMessage[] = [];
  // A sibling that is no row but holds one breaks the sibling walk.
  const holdsRow = (el: Element) => !matchesAny(el, s.messageRow) && queryFirst(el, s.messageRow) !== undefined;
  // In the order given, which is document order from the screener (sorting would cost compareDocumentPosition calls
  // that walk the list); an earlier touched row met while walking back has no fresh reading, so the list is read whole.
  for (const row of touched) {
    if (done.has(row)) continue;
    const list = reader.listOf(row);
    if (list !== row.parentElement) return whole();
    const context = reader.contextOf(list);
    // What the nearest earlier row hands down (nothing at the top of the list).
    let carried: Carried;
    for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (holdsRow(prev)) return whole();
      if (!matchesAny(prev, s.messageRow)) continue;
      const read = reader.parse(prev);
      if (!read) return out;
      if (!read.value) continue; // a row without an event hands nothing down
      const memo = resolved.get(prev);
      if (!memo || memo.parsed !== read.value || memo.key !== context.key) return whole();
      carried = memo.carriedOut;
      break;
    }
    for (let next: Element | null = row; next; next = next.nextElementSibling) {
      if (holdsRow(next)) return whole();
      if (!matchesAny(next, s.messageRow)) continue;
      const read = reader.parse(next);
      if (!read) return out; // out of time: the screener reads on next frame
      if (!touched.has(next) && read.value) {
        const memo = resolved.get(next);
        if (memo && memo.parsed === read.value && memo.key === context.key && sameCarried(memo.carriedIn, carried)) break;
      }
      done.add(next);
      context.carried = carried;
      const found = readEach([next], (r) => reader.resolve(r, read.value, context))[0];
      carried = context.carried;
      if (found) out.push(found);
    }
  }
  return out;
}

function isUnread(row: Element): boolean {
  if (queryFirst(row, s.unreadCard)) return true;
  for (const count of queryAll(row, s.unreadCount)) {
    for (const element of [count, ...count.querySelectorAll('[aria-label]')]) {
      const n = Number(/\d+/.exec(element.getAttribute('aria-label') ?? '')?.[0] ?? 0);
      if (n > 0) return true;
    }
    if (Number(lineText(count)) > 0) return true;
  }
  return false;
}

function readParticipants(row: Element): string[] {
  const names = lineText(queryFirst(row, s.participantNames));
  if (names) {
    const parts = names
      .split(/\s*,\s*/)
      .map((name) => name.replace(/^and\s+/, '').trim())
      .filter(Boolean);
    // Group rows read "A, B, C" and show a facepile; "Jane Doe, PhD" is one person [C: split rule is a guess].
    const isGroup = Boolean(queryFirst(row, s.rowFacepile)) || parts.every((part) => /\S\s+\S/.test(part));
    return isGroup ? parts : [names];
  }
  const label = queryFirst(row, s.rowSelectLabel)?.getAttribute('aria-label') ?? '';
  const fromLabel = selectConversationPattern.exec(label.trim())?.[1];
  if (fromLabel) return [fromLabel.trim()];
  const alt = queryFirst(row, s.rowAvatar)?.getAttribute('alt')?.trim();
  return alt ? [alt] : [];
}

function readConversation(row: Element): FoundConversation | undefined {
  if (matchesAny(row, s.occludedRow) || queryFirst(row, s.occludedRow)) return undefined;
  const participants = readParticipants(row);
  if (participants.length === 0) return undefined;

  const snippetElement = queryFirst(row, s.snippet);
  const pill = snippetElement ? queryFirst(snippetElement, s.pill) : queryFirst(row, s.pill);
  const pillText = lineText(pill).toLowerCase();
  // Match the pill by element, then by (localised) text; "LinkedIn Offer" and unknown texts get no marker [C].
  const marker = /inmail/.test(pillText)
    ? ('inmail' as const)
    : /sponsor|gesponsert|patrocinad|sponsoris/.test(pillText)
      ? ('sponsored' as const)
      : undefined;

  let snippet = snippetElement
    ? readText(snippetElement, (element) => matchesAny(element, s.pill)).replace(/\s+/g, ' ')
    : '';
  let direction: Direction = 'in';
  if (youPrefix.test(snippet)) {
    direction = 'out';
    snippet = snippet.replace(youPrefix, '');
  } else {
    // Group rows prefix the sender's first name ("Diego: …", §1.3 [C]); strip only a participant's name.
    const prefix = /^([^:]{1,60}):\s+/.exec(snippet);
    const said = prefix?.[1]?.trim();
    if (said && participants.some((name) => name === said || name.split(/\s+/)[0] === said)) {
      snippet = snippet.slice(prefix![0].length);
    }
  }
  const timeText = lineText(queryFirst(row, s.rowTime));
  return {
    key: `${participants.join(', ')}|${timeText}`,
    participants,
    snippet: snippet.trim(),
    direction,
    unread: isUnread(row),
    ...(marker ? { marker } : {}),
    row,
  };
}

function readSurfaces(root: ParentNode, url: URL): Surface[] {
  const surfaces: Surface[] = [];
  if (
    isLinkedInMessagingPath(url) &&
    queryAll(root, s.messagingPage).some((element) => !closestOf(element, s.overlay))
  ) {
    surfaces.push('linkedin-thread');
  }
  if (exists(root, s.overlaySurface)) surfaces.push('linkedin-overlay');
  return surfaces;
}

function isLinkedInMessagingPath(url: URL): boolean {
  return /^\/messaging(\/|$)/.test(url.pathname);
}

export const linkedin: SiteAdapter = {
  platform: 'linkedin',

  isMessagingUrl(url) {
    return (linkedinHosts as readonly string[]).includes(url.hostname) && isLinkedInMessagingPath(url);
  },

  extract(root, url, reads) {
    const extraction: Extraction = { surfaces: [], messages: [], conversations: [] };
    try {
      extraction.surfaces = readSurfaces(root, url);
      extraction.messages = readMessages(root, url, reads);
      extraction.conversations = readEach(queryAll(root, s.conversationRow), readConversation);
    } catch {
      // Never throw into the page loop; whatever was read so far is kept.
    }
    return extraction;
  },

  shadowRoots(doc) {
    return openShadowRoots(doc, s.shadowHost);
  },

  shadowHosts: s.shadowHost,

  // A message list carries its own context (thread header, carried senders), so it can be re-read alone.
  messageScopes: s.messageList,

  extractScope(scope, root, url, reads) {
    return readMessages(root, url, reads, scope);
  },

  conversationRows: s.conversationRow,

  extractConversations(rows) {
    return readEach(rows, readConversation);
  },

  messageRows: s.messageRow,

  extractRows(rows, scope, root, url, reads) {
    return readRows(rows, scope, root, url, reads);
  },
};
