import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter, DirectMessage } from '../sites/types.ts';
import type { BgToCs, Responses, UiToCs } from '../messages.ts';
import { createPageScreener } from './page-screener.ts';
import { observePage } from './observe.ts';

async function screenInBackground(messages: DirectMessage[]) {
  const reply = (await browser.runtime.sendMessage({ type: 'cs→bg:screen', messages })) as
    | Responses['cs→bg:screen']
    | { error: string }
    | undefined;
  if (!reply || 'error' in reply) throw new Error(reply?.error ?? 'no reply from background');
  return reply.results;
}

/** Wires one site adapter to the page for the life of the content script; everything ends with ctx.signal. */
export function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const screener = createPageScreener({
    adapter,
    doc: document,
    signal: ctx.signal,
    screen: screenInBackground,
    setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
  });
  const { schedule } = observePage({
    doc: document,
    signal: ctx.signal,
    shadowRoots: () => adapter.shadowRoots(document),
    onChange: screener.pass,
    requestFrame: (cb) => ctx.requestAnimationFrame(() => cb()),
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  const onMessage = (message: unknown) => {
    const m = message as UiToCs | BgToCs;
    if (m?.type === 'ui→cs:page-state') return Promise.resolve(screener.state());
    if (m?.type === 'bg→cs:contacts-changed') {
      screener.rescreenAll();
      return Promise.resolve({ ok: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
