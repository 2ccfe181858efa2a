import type { Direction, FoundConversation, FoundMessage, Sender } from './types.ts';
import { lineText, queryAll, queryFirst, readEach, readText, stableHash } from './dom.ts';
import { handleFromHref, leafTexts, readXViewer, xSenderFromHandle } from './x-shared.ts';

/** Legacy RN-web `/messages` hooks (X's own bundles, 2025); kept while the XChat rollout may still miss accounts. */
export const xLegacySelectors = {
  surface: [
    '[data-testid="DmActivityContainer"]', // TODO [2027-06-01]: Drop if unseen (dom-reference §2.7 [A], dead on XChat)
    '[data-testid="conversation"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
    '[data-testid="messageEntry"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
    '[data-testid="DMDrawer"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  activity: [
    '[data-testid="DmActivityContainer"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  entry: [
    '[data-testid="messageEntry"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  text: [
    '[data-testid="tweetText"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  conversation: [
    '[data-testid="conversation"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  conversationAvatarLink: [
    '[data-testid="DM_Conversation_Avatar"] a[href]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  avatarContainer: [
    '[data-testid^="UserAvatar-Container-"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  profileHeader: [
    '[data-testid="ProfileInfoHeader"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A]) bio card, not a message
  ],
  title: [
    'h2', // TODO [2027-06-01]: Drop if unseen (§2.7 [A]) conversation header name
  ],
  infoLink: [
    'a[href^="/messages/"][href$="/info"]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A])
  ],
  senderAvatarLink: [
    'a[href][aria-label]', // TODO [2027-06-01]: Drop if unseen (§2.7 [A]) group DMs only
  ],
} as const;

const s = xLegacySelectors;

export function legacyConversationId(url: URL): string | undefined {
  const match = /^\/messages\/([^/]+)/.exec(url.pathname);
  const id = match?.[1];
  return id && !/^(?:requests|compose|settings)$/.test(id) ? id : undefined;
}

function directionOf(entry: Element): Direction {
  const style = entry.getAttribute('style') ?? '';
  if (/align-items:\s*flex-end/.test(style)) return 'out';
  if (/align-items:\s*flex-start/.test(style)) return 'in';
  // Documented fallback (§2.7): atomic classes set align-items, so ask the computed style.
  const computed = entry.ownerDocument?.defaultView?.getComputedStyle(entry).alignItems ?? '';
  if (computed === 'flex-end' || computed === 'end') return 'out';
  return 'in';
}

function legacyTime(entry: Element, text: Element | undefined): string | undefined {
  const time = entry.querySelector('time');
  if (time) return time.getAttribute('datetime') || lineText(time) || undefined;
  // The footer shows "time" or "Name · time" on the last message of a run [C: markup not attested].
  for (const leaf of entry.querySelectorAll('span, div')) {
    if (leaf.querySelector('span, div') || (text && text.contains(leaf))) continue;
    const footer = lineText(leaf);
    const last = footer.split(' · ').at(-1) ?? '';
    if (/\d{1,2}[:.]\d{2}/.test(last)) return last;
  }
  return undefined;
}

interface LegacyRow {
  entry: Element;
  direction: Direction;
  text: string;
  time?: string;
  sender?: Sender;
}

function readCounterpart(activity: Element | undefined): Sender | undefined {
  if (!activity) return undefined;
  const entries = queryAll(activity, s.entry);
  const outside = (element: Element) => !entries.some((entry) => entry.contains(element));
  const avatar = queryAll(activity, s.avatarContainer).find(outside);
  const fromAvatar = avatar?.getAttribute('data-testid')?.replace(/^UserAvatar-Container-/, '');
  const profile = queryFirst(activity, s.profileHeader);
  const fromProfile = profile
    ? [...profile.querySelectorAll('a[href]')].map((a) => handleFromHref(a.getAttribute('href'))).find(Boolean)
    : undefined;
  const handle = fromAvatar || fromProfile;
  const name = lineText(queryFirst(activity, s.title));
  return handle ? xSenderFromHandle(handle, name) : undefined;
}

export function readLegacyMessages(root: ParentNode, url: URL): FoundMessage[] {
  const entries = queryAll(root, s.entry);
  if (entries.length === 0) return [];
  const activity = queryFirst(root, s.activity);
  const infoHref = activity ? queryFirst(activity, s.infoLink)?.getAttribute('href') : undefined;
  const conversationId =
    legacyConversationId(url) ?? (infoHref ? legacyConversationId(new URL(infoHref, url)) : undefined) ?? 'unknown';
  // 1:1 ids are "<lo>-<hi>" (e-prefixed when encrypted); anything else is a group (§2.7).
  const isGroup = !/^e?\d+-\d+$/.test(conversationId);
  const viewer = readXViewer(root);
  const counterpart = isGroup ? undefined : readCounterpart(activity);

  const rows = readEach(entries, (entry): LegacyRow | undefined => {
    const textElement = queryFirst(entry, s.text);
    const direction = directionOf(entry);
    const avatar = queryFirst(entry, s.senderAvatarLink);
    const handle = handleFromHref(avatar?.getAttribute('href'));
    const sender = direction === 'out' ? viewer : handle ? xSenderFromHandle(handle, avatar?.getAttribute('aria-label')?.trim() ?? '') : undefined;
    const time = legacyTime(entry, textElement);
    return {
      entry,
      direction,
      text: textElement ? readText(textElement) : '',
      ...(time ? { time } : {}),
      ...(sender ? { sender } : {}),
    };
  });

  // Group avatars sit on the LAST message of a run (§2.7), so fill senders backwards within a run.
  let next: Sender | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.direction === 'out') next = undefined;
    else if (row.sender) next = row.sender;
    else row.sender = next ?? counterpart ?? { platform: 'x', id: 'unknown', name: '' };
  }

  // No ids in legacy markup: hash conversation, direction, sender and text; time is left out because
  // the footer moves to the newest message of a run. Identical repeats get an occurrence suffix.
  const seen = new Map<string, number>();
  return readEach(rows, ({ entry, direction, text, time, sender }): FoundMessage | undefined => {
    if (!text || !sender) return undefined;
    const base = `legacy:${conversationId}:${stableHash([conversationId, direction, sender.id, text].join('\u0000'))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      message: {
        id: count === 1 ? base : `${base}:${count}`,
        conversationId,
        sender,
        direction,
        text,
        ...(time ? { time } : {}),
      },
      row: entry,
    };
  });
}

/** The first element after `time` (its own or an ancestor's later sibling, within the cell) that holds text. */
function snippetBlock(cell: Element, time: Element): Element | undefined {
  for (let node: Element | null = time; node && node !== cell; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (lineText(sibling)) return sibling;
    }
  }
  return undefined;
}

function readLegacyConversation(cell: Element): FoundConversation | undefined {
  const handles = queryAll(cell, s.conversationAvatarLink)
    .map((link) => handleFromHref(link.getAttribute('href')))
    .filter((handle): handle is string => Boolean(handle));
  const time = cell.querySelector('time');
  const leaves = leafTexts(cell).filter((text) => text !== '·');
  const name = leaves.find((text) => !text.startsWith('@'));
  if (!name) return undefined;
  // Snippet = the leaves of the first text block after the time; "Name:" may precede it (groups, or your own
  // media) (§2.7). Later blocks are not the snippet: 2026-11 request cells (untrusted conversations) add a
  // social-proof line ("Followed by …") under it [C: X's bundle, markup guessed]; the dismiss button has no text.
  let after: string[] = [];
  if (time) {
    const block = snippetBlock(cell, time);
    for (const leaf of block ? [block, ...block.querySelectorAll('span, div, p')] : []) {
      if (leaf.querySelector('span, div, p')) continue;
      const text = lineText(leaf);
      if (text) after.push(text);
    }
  } else {
    after = leaves.slice(-1);
  }
  let direction: Direction = 'in';
  const prefix = after[0];
  if (after.length > 1 && prefix && /:$/.test(prefix)) {
    if (/^You:$/.test(prefix)) direction = 'out';
    after = after.slice(1);
  }
  // Legacy rows show no "You:" for your own text (§2.7), so direction is "in" unless a prefix says otherwise.
  const unread = [cell, ...cell.querySelectorAll('[aria-label]')].some((element) =>
    /\bunread\b/i.test(element.getAttribute('aria-label') ?? ''),
  ); // [C] legacy unread markup is not documented
  return {
    key: `legacy:${handles.join(',') || name}`,
    participants: name.split(/\s*,\s*/).filter(Boolean),
    snippet: after.join(' ').trim(),
    direction,
    unread,
    row: cell,
  };
}

export function readLegacyConversations(root: ParentNode): FoundConversation[] {
  return readEach(queryAll(root, s.conversation), readLegacyConversation);
}
