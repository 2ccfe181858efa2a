import { afterFrame as afterRenderedFrame } from './frames.ts';

/** What a frame's mutation records touched. */
export interface PageChanges {
  /** Record targets: nodes whose children or text changed. */
  targets: Node[];
  /** Nodes added to the page (their subtrees may hold new rows or shadow hosts). */
  added: Node[];
  /** Nodes taken out of the page (now detached). */
  removed: Node[];
}

/**
 * Watches the document and every open shadow root the site renders messaging into, and calls `onChange` with what the
 * mutation records touched: at once when the page changes (in the observer's microtask, so a new message is on its
 * way to the background before the page lays out its frame), and at most once per frame: changes that follow wait
 * until the frame has rendered (`afterFrame`).
 * `shadowRoots` hears of every added node first and answers the roots to watch (the sites replace their hosts).
 */
export function observePage(options: {
  doc: Document;
  signal: AbortSignal;
  shadowRoots: (added: Node[]) => ShadowRoot[];
  onChange: (changes: PageChanges) => void;
  afterFrame?: (cb: () => void) => void;
  /** Runs the first call in a task of its own (default setTimeout 0). */
  nextTask?: (cb: () => void) => void;
}): { schedule: () => void } {
  const { doc, signal, onChange } = options;
  const afterFrame = options.afterFrame ?? ((cb) => afterRenderedFrame(window, cb));
  const nextTask = options.nextTask ?? ((cb) => setTimeout(cb, 0));
  const watched = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  let targets = new Set<Node>();
  let added = new Set<Node>();
  let removed = new Set<Node>();
  /** Changes recorded since the last call. */
  let dirty = false;
  /** A call ran in this frame: the next waits until the frame has rendered. */
  let throttled = false;

  /** The wait is over: what changed meanwhile is handed over now. */
  const resume = () => {
    throttled = false;
    if (dirty && !signal.aborted) run();
  };

  const run = () => {
    dirty = false;
    throttled = true;
    afterFrame(resume);
    const changes = { targets: [...targets], added: [...added], removed: [...removed] };
    targets = new Set();
    added = new Set();
    removed = new Set();
    for (const root of options.shadowRoots(changes.added)) watch(root);
    onChange(changes);
  };

  const schedule = () => {
    if (signal.aborted) return;
    dirty = true;
    if (!throttled) run();
  };

  const record = (records: MutationRecord[]) => {
    let relevant = false;
    for (const r of records) {
      if (isOwnStyle(r)) continue;
      targets.add(r.target);
      for (const node of r.addedNodes) added.add(node);
      for (const node of r.removedNodes) removed.add(node);
      relevant = true;
    }
    if (relevant) schedule();
  };

  // Attributes are not observed: our own labels are attributes, and observing them would loop.
  const watch = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    const observer = new MutationObserver(record);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  };

  watch(doc.documentElement);
  signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()), { once: true });
  // The first call reads the whole page: it gets a task of its own, as the content script's start-up fills this one.
  dirty = true;
  throttled = true;
  nextTask(resume);
  return { schedule };
}

/** Our own elements (label stylesheet, badges: marked data-echo-screen-style) coming or going are not changes in the page. */
function isOwnStyle(record: MutationRecord): boolean {
  if (record.type !== 'childList' || record.addedNodes.length + record.removedNodes.length === 0) return false;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (node.nodeType !== 1 || !(node as Element).hasAttribute('data-echo-screen-style')) return false;
    }
  }
  return true;
}
