import type { DirectMessage, FoundConversation, SiteAdapter, Surface } from '../sites/types.ts';
import type { ScoredMessage } from '../engine/types.ts';
import type { PageSender, PageState } from '../messages.ts';
import { applyLabel } from './apply-label.ts';
import { ensureLabelStyle } from './label-style.ts';

const MAX_BATCH = 200;
const RETRY_MS = [250, 500, 1000, 2000, 4000];

export interface PageScreenerOptions {
  adapter: SiteAdapter;
  doc: Document;
  signal: AbortSignal;
  /** Sends a batch to the background and resolves with one result per message. */
  screen: (messages: DirectMessage[]) => Promise<ScoredMessage[]>;
  setTimeout?: (cb: () => void, ms: number) => void;
}

/**
 * Reads the page through a site adapter, asks the background for verdicts, and labels rows.
 * Verdicts are cached by message id, so re-rendered or recycled rows get their label back without rescoring.
 */
export function createPageScreener(options: PageScreenerOptions) {
  const { adapter, doc, signal } = options;
  const later = options.setTimeout ?? ((cb, ms) => setTimeout(cb, ms));
  const verdicts = new Map<string, ScoredMessage>();
  const pending = new Map<string, DirectMessage>();
  let inFlight = false;
  let attempt = 0;
  let last: { surfaces: Surface[]; messages: { message: DirectMessage; row: Element }[]; rows: number } = {
    surfaces: [],
    messages: [],
    rows: 0,
  };
  let onScreened: () => void = () => {};

  function pass(): void {
    if (signal.aborted) return;
    const url = new URL(doc.location.href);
    const surfaces = new Set<Surface>();
    const messages: { message: DirectMessage; row: Element }[] = [];
    let rows = 0;
    for (const root of [doc, ...safeShadowRoots()]) {
      const extraction = safeExtract(root, url);
      if (!extraction) continue;
      if (extraction.messages.length || extraction.conversations.length) ensureLabelStyle(root);
      extraction.surfaces.forEach((s) => surfaces.add(s));
      messages.push(...extraction.messages);
      for (const conversation of extraction.conversations) {
        messages.push({ message: snippetMessage(conversation, adapter), row: conversation.row });
        rows++;
      }
    }
    for (const { message, row } of messages) {
      const known = verdicts.get(message.id);
      if (known) applyLabel(row, known);
      else if (!pending.has(message.id)) pending.set(message.id, message);
    }
    last = { surfaces: [...surfaces], messages, rows };
    flush();
  }

  function flush(): void {
    if (inFlight || pending.size === 0 || signal.aborted) return;
    const batch = [...pending.values()].slice(0, MAX_BATCH);
    inFlight = true;
    options
      .screen(batch)
      .then((results) => {
        attempt = 0;
        for (const result of results) verdicts.set(result.id, result);
        for (const m of batch) pending.delete(m.id);
        inFlight = false;
        relabel();
        onScreened();
        flush();
      })
      .catch(() => {
        // The MV3 worker may be restarting: keep the batch and retry with backoff.
        inFlight = false;
        const delay = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)] ?? 4000;
        later(flush, delay);
      });
  }

  function relabel(): void {
    for (const { message, row } of last.messages) {
      const known = verdicts.get(message.id);
      if (known && row.isConnected) applyLabel(row, known);
    }
  }

  function safeShadowRoots(): ShadowRoot[] {
    try {
      return adapter.shadowRoots(doc);
    } catch {
      return [];
    }
  }

  function safeExtract(root: ParentNode, url: URL) {
    try {
      return adapter.extract(root, url);
    } catch {
      return null; // A site whose markup changed yields "no messages found", never an exception in the page.
    }
  }

  /** Forget verdicts (after a contact change) and ask again for everything on the page. */
  function rescreenAll(): void {
    verdicts.clear();
    pending.clear();
    pass();
  }

  function state(): PageState {
    const url = new URL(doc.location.href);
    const senders = new Map<string, PageSender>();
    let labelled = 0;
    for (const { message } of last.messages) {
      const result = verdicts.get(message.id);
      if (result) labelled++;
      if (message.direction !== 'in' || message.id.startsWith('row:') || !result) continue;
      const key = `${message.sender.platform}:${message.sender.id}`;
      const entry = senders.get(key) ?? { ...message.sender, verdict: result.verdict, score: 0, messages: 0 };
      entry.messages++;
      entry.score = Math.max(entry.score, result.score);
      if (result.verdict === 'pitch' || result.verdict === 'contact') entry.verdict = result.verdict;
      senders.set(key, entry);
    }
    const found = last.messages.length;
    return {
      url: url.href,
      platform: adapter.platform,
      surfaces: last.surfaces,
      found,
      labelled,
      markupWarning: found === 0 && adapter.isMessagingUrl(url),
      senders: [...senders.values()],
    };
  }

  return {
    pass,
    rescreenAll,
    state,
    set onScreened(cb: () => void) {
      onScreened = cb;
    },
  };
}

/** A conversation-list row is labelled from its snippet, scored like a message. */
function snippetMessage(conversation: FoundConversation, adapter: SiteAdapter): DirectMessage {
  const name = conversation.participants.join(', ');
  return {
    id: `row:${conversation.key}:${conversation.snippet.length}:${conversation.snippet.slice(0, 40)}`,
    conversationId: conversation.key,
    direction: conversation.direction,
    text: conversation.snippet,
    sender: { platform: adapter.platform, id: `name:${name}`, name },
  };
}
