import type { DirectMessage, FoundConversation, SiteAdapter, Surface } from '../sites/types.ts';
import type { ScoredMessage } from '../engine/types.ts';
import { SNIPPET_ID_PREFIX, isSnippetId, type PageSender, type PageState } from '../messages.ts';
import { applyLabel } from './apply-label.ts';
import { ensureLabelStyle } from './label-style.ts';
import { createRowReadCache } from '../sites/row-reads.ts';
import { queryAll } from '../sites/dom.ts';
import type { PageChanges } from './observe.ts';
import { conversationRowsTouched, listsHolding, listsIn, removesRows, rowsTouched } from './changed-rows.ts';

// Two batches in flight keep the worker busy while the previous answer is applied. Batches stay small because sending
// one and reading its answer each block the page's main thread ~0.1-0.2 ms per message (Chrome serialises extension
// messages): 500 made 50-110 ms tasks. The worker's fixed cost per batch is small next to that; an arrival goes at once.
const MAX_BATCH = 100;
const MAX_IN_FLIGHT = 2;
const RETRY_MS = [250, 500, 1000, 2000, 4000];
/** Batches up to this size are sent within the pass that filled them (an arrival goes at once). */
const SEND_NOW = 50;

export interface PageScreenerOptions {
  adapter: SiteAdapter;
  doc: Document;
  signal: AbortSignal;
  /** Sends a batch to the background and resolves with one result per message. */
  screen: (messages: DirectMessage[]) => Promise<ScoredMessage[]>;
  setTimeout?: (cb: () => void, ms: number) => void;
  /** While true, the page is read but nothing is sent (so nothing labelled) until `release()`. */
  holding?: () => boolean;
  /** The open shadow roots to read besides the document (default: `adapter.shadowRoots(doc)`). */
  shadowRoots?: () => ShadowRoot[];
  /** Parsing time a pass may take before it yields; the rest continues in the frame `requestFrame` gives. */
  budgetMs?: number;
  requestFrame?: (cb: () => void) => void;
  /** Records how long a piece of work took (benchmarks only), e.g. as a User Timing measure. */
  trace?: (name: 'pass' | 'apply' | 'send' | 'screen', start: number) => void;
}

type Found = { message: DirectMessage; row: Element };

/**
 * Reads the page through a site adapter, asks the background for verdicts, and labels rows.
 * Verdicts are cached by message id, so re-rendered or recycled rows get their label back without rescoring.
 * Row parses are cached too, and a pass after a mutation reads only the rows the mutation added or touched
 * when the adapter can (`extractRows`), else the message lists holding them.
 */
export function createPageScreener(options: PageScreenerOptions) {
  const { adapter, doc, signal } = options;
  const later = options.setTimeout ?? ((cb, ms) => setTimeout(cb, ms));
  const budgetMs = options.budgetMs ?? Infinity;
  const reads = createRowReadCache();
  // By message id, each with the text it is about: a verdict holds for the text it scored, so a row edited (or
  // filled in late) under the same id is asked about again. The texts are the adapters' own strings, not copies.
  const verdicts = new Map<string, { text: string; result: ScoredMessage }>();
  const pending = new Map<string, DirectMessage>();
  /** The text asked about for each message id in flight. */
  const sent = new Map<string, string>();
  /** Rows waiting for each asked-for message: where a verdict that comes back is written. */
  const waiting = new Map<string, { text: string; rows: Element[] }>();
  const verdictOf = (message: DirectMessage) => {
    const known = verdicts.get(message.id);
    return known?.text === message.text ? known.result : undefined;
  };
  /** Verdicts that came back, written a frame's budget at a time so a big batch is no long task. */
  let toApply: { result: ScoredMessage; rows: Element[] }[] = [];
  let applying = false;
  /** The verdict each row shows, so an unchanged row is not rewritten every pass. */
  const shown = new WeakMap<Element, ScoredMessage>();
  const settled = new WeakMap<Found, ScoredMessage>();
  let inFlight = 0;
  let generation = 0;
  let attempt = 0;
  let retrying = false;
  let continuing = false;
  /** Whether the last pass read everything; a scoped pass builds on a complete one only. */
  let complete = false;
  /** While a long read goes on: the rows it has yet to read (a full or list read finds them afresh). */
  let unread: Map<Element, Element[]> | undefined;
  /** What the last passes found, by row. */
  let last: { surfaces: Surface[]; messages: Map<Element, Found> } = { surfaces: [], messages: new Map() };
  let onScreened: () => void = () => {};
  const now = () => (options.trace ? performance.now() : 0);

  /**
   * Reads the page and labels what is known. `changes` (what a frame's mutation records touched) limits reading to
   * the rows added or touched, or to the message lists holding them; without it every row is read afresh.
   */
  function pass(changes?: PageChanges): void {
    if (signal.aborted) return;
    if (!changes) {
      reads.clear();
      return traced(run);
    }
    // No records (the first pass, a navigation): everything is read again, through the row cache.
    if (!changes.targets.length) return traced(run);
    reads.invalidate(changes.targets);
    if (!complete) return traced(run);
    // Changes inside conversation-list rows (a new snippet, a time, an unread dot) re-read those rows alone.
    const split = conversationRowsTouched(adapter, changes.targets);
    const targets = split?.elsewhere ?? changes.targets;
    const scopes = targets.length ? listsHolding(adapter, targets) : [];
    if (!scopes) return traced(run);
    traced(() => {
      if (split?.rows.length) readConversations(split.rows);
      if (!targets.length) return;
      const rows = removesRows(adapter, changes.removed) ? undefined : rowsTouched(adapter, { ...changes, targets }, scopes);
      if (rows) runRows(rows);
      else runScoped(scopes);
    });
  }

  /** Reads, then sends what it found: one `echo-screen:pass` measure per mutation batch or frame of a long read. */
  function traced(read: () => void): void {
    const t0 = now();
    read();
    options.trace?.('pass', t0);
    flush();
  }

  const shadowRoots = (): ShadowRoot[] => {
    try {
      return options.shadowRoots ? options.shadowRoots() : adapter.shadowRoots(doc);
    } catch {
      return [];
    }
  };

  const allScopes = () => listsIn(adapter, [doc, ...shadowRoots()]);

  function run(): void {
    unread = undefined;
    const url = new URL(doc.location.href);
    const surfaces = new Set<Surface>();
    const messages: Found[] = [];
    reads.begin(budgetMs);
    for (const root of [doc, ...shadowRoots()]) {
      const extraction = safeExtract(root, url);
      if (!extraction) continue;
      if (extraction.messages.length || extraction.conversations.length) ensureLabelStyle(root);
      extraction.surfaces.forEach((s) => surfaces.add(s));
      for (const found of extraction.messages) messages.push(found);
      for (const conversation of extraction.conversations) {
        messages.push({ message: snippetMessage(conversation, adapter), row: conversation.row });
      }
    }
    settle(messages);
    last = { surfaces: [...surfaces], messages: new Map(messages.map((found) => [found.row, found])) };
    complete = !reads.deferred;
    if (!complete) continueNextFrame();
  }

  // Only the changed lists are read again; surfaces, conversation rows and other lists are kept from the last pass.
  function runScoped(scopes: Element[]): void {
    unread = undefined;
    const url = new URL(doc.location.href);
    reads.begin(budgetMs);
    const fresh: Found[] = [];
    for (const scope of scopes) {
      try {
        for (const found of adapter.extractScope!(scope, scope.getRootNode() as ParentNode, url, reads)) fresh.push(found);
      } catch {
        // Never throw into the page: the list simply yields nothing this pass.
      }
    }
    for (const row of last.messages.keys()) {
      if (!row.isConnected || scopes.some((scope) => scope.contains(row))) last.messages.delete(row);
    }
    for (const found of fresh) last.messages.set(found.row, found);
    settle(fresh);
    complete = !reads.deferred;
    if (!complete) continueNextFrame();
  }

  // Only the rows a mutation added or touched are read (and rows whose reading depends on them); the rest is kept.
  function runRows(byScope: Map<Element, Element[]>): void {
    const url = new URL(doc.location.href);
    reads.begin(budgetMs);
    const fresh: Found[] = [];
    for (const [scope, rows] of byScope) {
      let found: Found[] = [];
      try {
        found = adapter.extractRows!(rows, scope, scope.getRootNode() as ParentNode, url, reads);
      } catch {
        // Never throw into the page: these rows simply yield nothing this pass.
      }
      remember(rows, found);
      fresh.push(...found);
    }
    settle(fresh);
    complete = !reads.deferred;
    if (!complete) continueNextFrame();
  }

  /** Re-reads conversation-list rows a change lay inside; the rest of the page is kept from the last pass. */
  function readConversations(rows: Element[]): void {
    let found: FoundConversation[] = [];
    try {
      found = adapter.extractConversations!(rows);
    } catch {
      // Never throw into the page: these rows simply yield nothing this pass.
    }
    const fresh = found.map((conversation) => ({ message: snippetMessage(conversation, adapter), row: conversation.row }));
    remember(rows, fresh);
    for (const root of new Set(fresh.map((f) => f.row.getRootNode()))) ensureLabelStyle(root as Document | ShadowRoot);
    settle(fresh);
  }

  /** What `rows` show now that they were read again: `found` (a row left out has no message any more). */
  function remember(rows: Element[], found: Found[]): void {
    const still = new Set(found.map((f) => f.row));
    for (const row of rows) if (!still.has(row)) last.messages.delete(row);
    for (const f of found) last.messages.set(f.row, f);
  }

  /** Labels `toShow` from known verdicts, or queues their messages and remembers where the answer goes. */
  function settle(toShow: Found[]): void {
    for (const found of toShow) {
      const { message, row } = found;
      const known = verdictOf(message);
      // Adapters hand back the same object for an unchanged row: one already labelled with this verdict is skipped.
      if (known && settled.get(found) === known) continue;
      if (known) {
        show(row, known);
        settled.set(found, known);
      } else {
        const { id, text } = message;
        let wait = waiting.get(id);
        if (wait?.text !== text) waiting.set(id, (wait = { text, rows: [] }));
        if (!wait.rows.includes(row)) wait.rows.push(row);
        if (sent.get(id) !== text && pending.get(id)?.text !== text) pending.set(id, message);
      }
    }
  }

  // A pass that ran out of budget goes on in the next frame, keeping what it read (no invalidation).
  function continueNextFrame(): void {
    if (continuing || !options.requestFrame) return;
    continuing = true;
    options.requestFrame(() => {
      continuing = false;
      if (signal.aborted || complete) return;
      // Only message rows are left to read: surfaces and conversation rows are complete, so read the lists alone,
      // and where the adapter can, only the rows not read yet (re-walking read rows made a long read quadratic).
      unread = rowsUnread();
      const scopes = unread ? undefined : allScopes();
      traced(() => (unread ? runRows(unread) : scopes ? runScoped(scopes) : run()));
    });
  }

  /** The rows a long read has yet to read, by list: found once, then narrowed frame after frame. */
  function rowsUnread(): Map<Element, Element[]> | undefined {
    const selectors = adapter.messageRows;
    if (!selectors?.length || !adapter.extractRows) return undefined;
    const left = (rows: Element[]) => rows.filter((row) => row.isConnected && !reads.has(row));
    const byScope = new Map<Element, Element[]>();
    if (unread) {
      for (const [scope, rows] of unread) if (scope.isConnected) byScope.set(scope, left(rows));
    } else {
      for (const scope of allScopes() ?? []) byScope.set(scope, left(queryAll(scope, selectors)));
    }
    return byScope;
  }

  function show(row: Element, result: ScoredMessage): void {
    if (shown.get(row) === result && row.hasAttribute('data-echo-screen')) return;
    applyLabel(row, result);
    shown.set(row, result);
  }

  function flush(): void {
    if (options.holding?.()) return;
    while (!retrying && inFlight < MAX_IN_FLIGHT && pending.size > 0 && !signal.aborted) {
      // While a long read goes on over frames, send full batches, or what there is when the worker would sit idle
      // (the first batch also starts its cold start early); the rest goes when the read completes.
      if (!complete && pending.size < MAX_BATCH && inFlight > 0) return;
      const batch = newest(MAX_BATCH);
      for (const m of batch) {
        pending.delete(m.id);
        sent.set(m.id, m.text);
      }
      send(batch);
    }
  }

  // Pending messages are in reading order (the page's, then arrivals'), so the newest are last, and they go first: a
  // thread opens scrolled to its newest messages, and a cold worker takes over a second for 2,000 (page bench, XChat,
  // rows in view labelled after load: first visit 911 → 543 ms, cold start 1,366 → 594 ms). A batch keeps page order.
  // Conversation-list snippets still go after the thread's messages, as before: the background then knows whether the
  // user has written in a snippet's conversation (its own messages in the thread tell) when it screens the snippet.
  function newest(count: number): DirectMessage[] {
    const messages: DirectMessage[] = [];
    const snippets: DirectMessage[] = [];
    for (const m of pending.values()) (isSnippetId(m.id) ? snippets : messages).push(m);
    const batch = messages.slice(Math.max(0, messages.length - count));
    return batch.length < count ? [...batch, ...snippets.slice(0, count - batch.length)] : batch;
  }

  function send(batch: DirectMessage[]): void {
    inFlight++;
    // Handing the background a batch serialises it on the spot (10-40 ms for 100 on the bench machine): a task of its
    // own keeps that from adding to the pass that filled it.
    const sentIn = generation;
    if (batch.length > SEND_NOW) later(() => ask(batch, sentIn), 0);
    else ask(batch, sentIn);
  }

  function ask(batch: DirectMessage[], sentIn: number): void {
    if (signal.aborted) return;
    const sentAt = now();
    const asked = options.screen(batch);
    options.trace?.('send', sentAt);
    asked
      .then((results) => {
        inFlight--;
        options.trace?.('screen', sentAt);
        if (signal.aborted) return;
        // Asked before a rescreen: the answer is stale, but its slot is free again.
        if (sentIn !== generation) return flush();
        attempt = 0;
        // One result per message, in the batch's order.
        results.forEach((result, i) => {
          const message = batch[i];
          if (message?.id !== result.id) return;
          verdicts.set(message.id, { text: message.text, result });
          const wait = waiting.get(message.id);
          if (wait?.text !== message.text) return;
          waiting.delete(message.id);
          toApply.push({ result, rows: wait.rows });
        });
        for (const m of batch) if (sent.get(m.id) === m.text) sent.delete(m.id);
        applyVerdicts();
        flush();
      })
      .catch(() => {
        inFlight--;
        if (signal.aborted) return;
        if (sentIn !== generation) return flush();
        // The MV3 worker may be restarting: keep the batch and retry with backoff.
        for (const m of batch) {
          if (sent.get(m.id) === m.text) sent.delete(m.id);
          if (!verdictOf(m) && !pending.has(m.id)) pending.set(m.id, m);
        }
        if (retrying) return;
        retrying = true;
        const delay = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)] ?? 4000;
        later(() => {
          retrying = false;
          flush();
        }, delay);
      });
  }

  function applyVerdicts(): void {
    if (applying) return;
    const t0 = now();
    const started = performance.now();
    let done = 0;
    for (const { result, rows } of toApply) {
      for (const row of rows) if (row.isConnected) show(row, result);
      done++;
      if (options.requestFrame && done % 16 === 0 && performance.now() - started > budgetMs) break;
    }
    toApply = done === toApply.length ? [] : toApply.slice(done);
    options.trace?.('apply', t0);
    onScreened();
    if (toApply.length && options.requestFrame) {
      applying = true;
      options.requestFrame(() => {
        applying = false;
        if (!signal.aborted) applyVerdicts();
      });
    }
  }

  function safeExtract(root: ParentNode, url: URL) {
    try {
      return adapter.extract(root, url, reads);
    } catch {
      return null; // A site whose markup changed yields "no messages found", never an exception in the page.
    }
  }

  /** Forget verdicts (after a contact change) and ask again for everything on the page. */
  function rescreenAll(): void {
    generation++;
    verdicts.clear();
    pending.clear();
    sent.clear();
    waiting.clear();
    toApply = [];
    pass();
  }

  /** The message a labelled row shows and its verdict, for the in-page menu. */
  function entryFor(row: Element): { message: DirectMessage; result?: ScoredMessage } | undefined {
    const found = last.messages.get(row);
    return found && { message: found.message, result: verdictOf(found.message) };
  }

  function state(): PageState {
    const url = new URL(doc.location.href);
    const senders = new Map<string, PageSender>();
    let labelled = 0;
    for (const { message } of last.messages.values()) {
      const result = verdictOf(message);
      if (result) labelled++;
      if (message.direction !== 'in' || isSnippetId(message.id) || !result) continue;
      const key = `${message.sender.platform}:${message.sender.id}`;
      const entry = senders.get(key) ?? { ...message.sender, verdict: result.verdict, score: 0, messages: 0 };
      entry.messages++;
      entry.score = Math.max(entry.score, result.score);
      if (result.verdict === 'pitch' || result.verdict === 'contact') entry.verdict = result.verdict;
      senders.set(key, entry);
    }
    const found = last.messages.size;
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
    /** Whether the last passes found any message or conversation row. */
    hasMessages: () => last.messages.size > 0,
    release: flush,
    state,
    entryFor,
    set onScreened(cb: () => void) {
      onScreened = cb;
    },
  };
}

/** A conversation-list row is labelled from its snippet, scored like a message. */
function snippetMessage(conversation: FoundConversation, adapter: SiteAdapter): DirectMessage {
  const name = conversation.participants.join(', ');
  return {
    id: `${SNIPPET_ID_PREFIX}${conversation.key}:${conversation.snippet.length}:${conversation.snippet.slice(0, 40)}`,
    conversationId: conversation.key,
    direction: conversation.direction,
    text: conversation.snippet,
    sender: { platform: adapter.platform, id: `name:${name}`, name },
  };
}
