/**
 * Watches the document and every open shadow root the site renders messaging into, and calls `onChange`
 * at most once per animation frame with the nodes the frame's mutation records touched (record targets).
 * Shadow hosts are re-resolved on each call because the sites replace them.
 */
export function observePage(options: {
  doc: Document;
  signal: AbortSignal;
  shadowRoots: () => ShadowRoot[];
  onChange: (changed: Node[]) => void;
  requestFrame?: (cb: () => void) => void;
}): { schedule: () => void } {
  const { doc, signal, onChange } = options;
  const requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(() => cb()));
  const watched = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  let changed = new Set<Node>();
  let queued = false;

  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    requestFrame(() => {
      queued = false;
      if (signal.aborted) return;
      for (const root of options.shadowRoots()) watch(root);
      const nodes = [...changed];
      changed = new Set();
      onChange(nodes);
    });
  };

  const record = (records: MutationRecord[]) => {
    let relevant = false;
    for (const r of records) {
      if (isOwnStyle(r)) continue;
      changed.add(r.target);
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
  schedule();
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
