import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter, DirectMessage } from '../sites/types.ts';
import type { BgToCs, CsToBg, Responses, UiToCs } from '../messages.ts';
import { clipForBackground } from './clip-message.ts';
import { createPageScreener } from './page-screener.ts';
import { observePage } from './observe.ts';
import { createLabelUi } from './label-ui.ts';
import { afterFrame, nextFrame } from './frames.ts';
import { keepWorkerAwake } from './keep-awake.ts';
import { trackShadowRoots } from './shadow-roots.ts';

const wakeWorker = (adapter: SiteAdapter) =>
  void browser.runtime.sendMessage({ type: 'cs→bg:wake', platform: adapter.platform } satisfies CsToBg).catch(() => undefined);

/**
 * Runs at document_start: on a messaging URL the worker is woken at once, so its start (model, index, and the engine's
 * warm-up on machines with a core to spare, unless the site is switched off) overlaps the page's own loading; the page
 * is read once its DOM is parsed.
 */
export function startSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  // Not gated on settings here: reading them would wait for the page's own scripts to free the main thread.
  if (adapter.isMessagingUrl(new URL(location.href))) wakeWorker(adapter);
  if (document.readyState !== 'loading') return runSite(ctx, adapter);
  ctx.addEventListener(document, 'DOMContentLoaded', () => runSite(ctx, adapter), { once: true });
}

async function screenInBackground(messages: DirectMessage[]) {
  const reply = (await browser.runtime.sendMessage({ type: 'cs→bg:screen', messages: messages.map(clipForBackground) })) as
    | Responses['cs→bg:screen']
    | { error: string }
    | undefined;
  if (!reply || 'error' in reply) throw new Error(reply?.error ?? 'no reply from background');
  return reply.results;
}

/** Wires one site adapter to the page for the life of the content script; everything ends with ctx.signal. */
export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  // The page UI (menu, mute modes, site switch) gates the adapter while the user has switched this site off.
  const ui = createLabelUi({ ctx, adapter, doc: document });
  const shadows = trackShadowRoots(document, adapter);
  const screener = createPageScreener({
    adapter: ui.adapter,
    doc: document,
    signal: ctx.signal,
    shadowRoots: shadows.roots,
    holding: ui.holding,
    screen: screenInBackground,
    setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
    // A long thread is read over several frames, so no pass becomes a long task for the page.
    budgetMs: 8,
    requestFrame: (cb) => nextFrame(ctx, cb),
    // Opt-in User Timing for scripts/bench-page.mjs: measures are shared with the page's performance timeline.
    ...(document.documentElement.hasAttribute('data-echo-screen-trace')
      ? { trace: (name: string, start: number) => void performance.measure(`echo-screen:${name}`, { start, end: performance.now() }) }
      : {}),
  });
  ui.start(screener);
  const { schedule } = observePage({
    doc: document,
    signal: ctx.signal,
    shadowRoots: shadows.update,
    onChange: screener.pass,
    afterFrame: (cb) => afterFrame(ctx, cb),
    // The first read waits for a frame after DOMContentLoaded, then for an idle moment (200 ms at most). Read at once,
    // it often met V8's first major GC of the freshly parsed page: LinkedIn bench thread, long tasks in 9 of 18 first
    // visits, 2 of 18 after the frame alone, 0 of 15 with the idle wait too (first passes 17-39 ms against 17-64 ms).
    nextTask: (cb) => afterFrame(ctx, () => ctx.requestIdleCallback(() => cb(), { timeout: 200 })),
  });
  const awake = keepWorkerAwake({
    doc: document,
    signal: ctx.signal,
    setInterval: (cb, ms) => ctx.setInterval(cb, ms),
    wanted: () => !ui.switchedOff() && (screener.hasMessages() || adapter.isMessagingUrl(new URL(location.href))),
    ping: () => wakeWorker(adapter),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    awake.nudge();
    schedule();
  });

  const onMessage = (message: unknown) => {
    const m = message as UiToCs | BgToCs;
    if (m?.type === 'ui→cs:page-state') return Promise.resolve(screener.state());
    if (m?.type === 'bg→cs:rescreen') {
      screener.rescreenAll();
      return Promise.resolve({ ok: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
