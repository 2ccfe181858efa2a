/**
 * Watches the document and every open shadow root the site renders messaging into, and calls `onChange`
 * at most once per animation frame. Shadow hosts are re-resolved on each call because the sites replace them.
 */
export function observePage(options: {
  doc: Document;
  signal: AbortSignal;
  shadowRoots: () => ShadowRoot[];
  onChange: () => void;
  requestFrame?: (cb: () => void) => void;
}): { schedule: () => void } {
  const { doc, signal, onChange } = options;
  const requestFrame = options.requestFrame ?? ((cb) => requestAnimationFrame(() => cb()));
  const watched = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  let queued = false;

  const schedule = () => {
    if (queued || signal.aborted) return;
    queued = true;
    requestFrame(() => {
      queued = false;
      if (signal.aborted) return;
      for (const root of options.shadowRoots()) watch(root);
      onChange();
    });
  };

  // Attributes are not observed: our own labels are attributes, and observing them would loop.
  const watch = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  };

  watch(doc.documentElement);
  signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()), { once: true });
  schedule();
  return { schedule };
}
