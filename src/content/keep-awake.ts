/**
 * Keeps the background worker running while a page that shows messages is in view. Chrome stops an idle MV3 worker
 * after 30 s; the next message then waits for a cold start (measured: 250-340 ms for one arrival with a 2,000-message
 * index, seconds with a large one) instead of 30-110 ms. Any message from a content script resets that idle timer.
 */
export const KEEP_AWAKE_MS = 20_000;

export function keepWorkerAwake(options: {
  doc: Document;
  signal: AbortSignal;
  setInterval: (cb: () => void, ms: number) => unknown;
  /** Whether this page needs the worker now (it shows messages, on a site that is switched on). */
  wanted: () => boolean;
  /** Sends the background a message; failures are the caller's to swallow. */
  ping: () => void;
}): { nudge: () => void } {
  const { doc, signal, wanted, ping } = options;
  const pingIfWanted = () => {
    if (!signal.aborted && doc.visibilityState === 'visible' && wanted()) ping();
  };
  // At once: on a messaging page the worker starts (model, index) while the site is still rendering its messages.
  pingIfWanted();
  options.setInterval(pingIfWanted, KEEP_AWAKE_MS);
  // A tab shown again wakes the worker before the user reads on.
  doc.addEventListener('visibilitychange', pingIfWanted, { signal });
  // Called on in-page navigation: on the way to a messaging page, the worker starts while the site fetches messages.
  return { nudge: pingIfWanted };
}
