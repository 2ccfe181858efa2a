// The page side of the user's controls: the site on/off switch, mute modes with reveal and undo, the label menu
// (feedback, real contact, why) and the page's theme. Settings come from storage and are re-applied as they change.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScoredMessage } from '../engine/types.ts';
import type { Contact, CsToBg } from '../messages.ts';
import type { DirectMessage, Extraction, SiteAdapter } from '../sites/types.ts';
import { readSettings, watchSettings, type Settings } from '../storage/settings.ts';
import { strings } from '../ui/strings.ts';
import { applyLabel, pitchRowsOnPage, removeLabel, resultOfRow, stopShowingLabels } from './apply-label.ts';
import { BADGE_TAG, badgeButtonOf } from './badge.ts';
import { clearEvidence, highlightEvidence } from './highlight.ts';
import { afterFrame, nextFrame } from './frames.ts';
import { createOverlay, type MenuTarget } from './label-menu.tsx';
import { ensureLabelStyle, setTheme, THEME_ATTR } from './label-style.ts';
import { labelView, muteOf, wouldMute } from './label-view.ts';

export interface ScreenerLink {
  entryFor(row: Element): { message: DirectMessage; result?: ScoredMessage } | undefined;
  rescreenAll(): void;
  /** Sends what was read while the settings were not known yet. */
  release(): void;
}

const EMPTY: Extraction = { surfaces: [], messages: [], conversations: [] };

export function createLabelUi(options: {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  doc: Document;
  send?: (message: CsToBg) => Promise<unknown>;
}) {
  const { ctx, adapter, doc } = options;
  const send = options.send ?? ((message: CsToBg) => browser.runtime.sendMessage(message));
  /** Whether the user screens this site; undefined until the settings are read (the page is read meanwhile). */
  let enabled: boolean | undefined;
  let settings: Settings | undefined;
  let screener: ScreenerLink | undefined;

  /** The adapter as the screener sees it: blind while the user has switched this site off (every read method of
   * SiteAdapter goes through the gate: one left out labels a switched-off site after a change it can read alone). */
  const gatedAdapter: SiteAdapter = {
    ...adapter,
    extract: (...args) => (enabled !== false ? adapter.extract(...args) : EMPTY),
    ...(adapter.extractScope ? { extractScope: (...args) => (enabled !== false ? adapter.extractScope!(...args) : []) } : {}),
    ...(adapter.extractRows ? { extractRows: (...args) => (enabled !== false ? adapter.extractRows!(...args) : []) } : {}),
    ...(adapter.extractConversations ? { extractConversations: (...args) => (enabled !== false ? adapter.extractConversations!(...args) : []) } : {}),
  };

  const roots = (): (Document | ShadowRoot)[] => {
    try {
      return [doc, ...adapter.shadowRoots(doc)];
    } catch {
      return [doc];
    }
  };
  const labelledRows = () => roots().flatMap((r) => [...r.querySelectorAll('[data-echo-screen]')]);

  const overlay = createOverlay(doc, {
    feedback: (target, label) => {
      const { message } = target;
      closeMenu(true);
      void reply(
        send({ type: 'cs→bg:feedback', feedback: { messageId: message.id, label, text: message.text, platform: message.sender.platform, senderId: message.sender.id } }),
        label === 'genuine' ? strings.toastFeedbackGenuine : strings.toastFeedbackPitch,
      );
    },
    markContact: (target) => {
      const { sender } = target.message;
      const contact: Contact = { platform: sender.platform, id: sender.id, name: sender.name, note: '', addedAt: new Date().toISOString() };
      if (sender.handle) contact.handle = sender.handle;
      if (sender.profileUrl) contact.profileUrl = sender.profileUrl;
      closeMenu(true);
      void reply(send({ type: 'cs→bg:add-contact', contact }), strings.toastContact(sender.name));
    },
    why: (target) => {
      if (overlay.why.value) {
        overlay.why.value = false;
        clearEvidence();
        return;
      }
      overlay.why.value = true;
      highlightEvidence(target.row, target.result.tactics.map((t) => t.evidence));
    },
    reveal: (target) => {
      labelView.revealed.add(target.result.id);
      applyLabel(target.row, target.result);
      closeMenu(true);
    },
    close: () => closeMenu(true),
    toggleShowMuted: () => {
      labelView.showMuted = !labelView.showMuted;
      reapplyAll();
    },
  });

  async function reply(pending: Promise<unknown>, success: string) {
    try {
      const answer = (await pending) as { error?: string } | undefined;
      overlay.say(answer && !answer.error ? success : strings.toastFailed);
    } catch {
      overlay.say(strings.toastFailed);
    }
  }

  function openMenu(row: Element, anchor: HTMLElement) {
    const entry = screener?.entryFor(row);
    const result = entry?.result ?? resultOfRow(row);
    if (!entry || !result) return;
    if (overlay.menu.value?.row === row) return closeMenu(true);
    clearEvidence();
    overlay.why.value = false;
    const target: MenuTarget = { row, anchor, message: entry.message, result, muted: wouldMute(result, labelView.mute) !== null && muteOf(result) !== null };
    overlay.menu.value = target;
    anchor.setAttribute('aria-expanded', 'true');
  }

  function closeMenu(returnFocus: boolean) {
    const target = overlay.menu.value;
    if (!target) return;
    overlay.menu.value = null;
    overlay.why.value = false;
    clearEvidence();
    target.anchor.setAttribute('aria-expanded', 'false');
    const button = badgeButtonOf(target.row) ?? target.anchor;
    if (returnFocus && button.isConnected) button.focus();
  }

  /** Re-applies every label with the current mute mode (after a settings change or show/mute again). */
  function reapplyAll() {
    for (const row of labelledRows()) {
      const result = resultOfRow(row);
      if (result) applyLabel(row, result);
    }
    updateCounter();
  }

  let counterQueued = false;
  function scheduleCounter() {
    if (counterQueued) return;
    counterQueued = true;
    nextFrame(ctx, () => {
      counterQueued = false;
      updateCounter();
    });
  }

  function updateCounter() {
    const ids = new Set<string>();
    for (const row of pitchRowsOnPage()) {
      const result = resultOfRow(row);
      if (result && wouldMute(result, labelView.mute)) ids.add(result.id);
    }
    const next = { count: ids.size, shown: labelView.showMuted };
    const now = overlay.muted.value;
    if (now.count !== next.count || now.shown !== next.shown) overlay.muted.value = next;
    scheduleTheme();
  }

  // The theme is read after the frame has rendered, when style is clean: read earlier, getComputedStyle would force
  // the style recalculation of everything just labelled, inside our task.
  let themeQueued = false;
  function scheduleTheme() {
    if (themeQueued) return;
    themeQueued = true;
    afterFrame(ctx, () => {
      themeQueued = false;
      applyTheme();
    });
  }

  function applyTheme() {
    const theme = pageTheme(doc);
    const root = doc.documentElement;
    if (root.getAttribute(THEME_ATTR) !== theme) {
      setTheme(root, theme);
      // Labels in the site's shadow roots take the theme from their host (ensureLabelStyle marks new ones).
      for (const r of roots()) if (r !== doc) setTheme((r as ShadowRoot).host, theme);
    }
    if (overlay.host.getAttribute('data-theme') !== (theme ?? '')) overlay.host.setAttribute('data-theme', theme ?? '');
  }

  function applySettings(next: Settings) {
    const before = settings;
    settings = next;
    const site = next.sites[adapter.platform];
    if (site.mute !== labelView.mute) {
      labelView.mute = site.mute;
      labelView.showMuted = false;
      reapplyAll();
    }
    const verdictsChanged =
      before !== undefined &&
      (before.threshold !== next.threshold ||
        before.echoMinSenders !== next.echoMinSenders ||
        JSON.stringify(before.customPhrases) !== JSON.stringify(next.customPhrases));
    if (site.enabled !== enabled) {
      const known = enabled !== undefined;
      enabled = site.enabled;
      if (!enabled) {
        closeMenu(false);
        for (const row of labelledRows()) removeLabel(row);
        updateCounter();
      }
      // What was read while the settings were unknown goes out now; a later switch reads the page afresh.
      if (enabled && !known) screener?.release();
      else screener?.rescreenAll();
    } else if (verdictsChanged && enabled) {
      screener?.rescreenAll();
    }
  }

  function onClick(event: MouseEvent) {
    if (!event.isTrusted) return;
    const path = event.composedPath();
    if (path.some((n) => n === overlay.host || (n as Element).localName === BADGE_TAG)) return;
    const row = path.find((n): n is Element => (n as Node).nodeType === 1 && /^(blur|collapse)$/.test((n as Element).getAttribute('data-echo-screen-mute') ?? ''));
    const result = row && resultOfRow(row);
    if (!row || !result) return;
    // The first click on a muted message reveals it instead of opening it.
    event.preventDefault();
    event.stopPropagation();
    labelView.revealed.add(result.id);
    applyLabel(row, result);
  }

  function onPointerDown(event: PointerEvent) {
    const target = overlay.menu.value;
    if (!target) return;
    const path = event.composedPath();
    if (!path.includes(overlay.host) && !path.includes(target.anchor)) closeMenu(false);
  }

  return {
    adapter: gatedAdapter,
    /** True until the settings are read: the screener may read the page but sends and labels nothing. */
    holding: () => enabled === undefined,
    /** True once the settings say the user has switched this site off. */
    switchedOff: () => enabled === false,
    /** Connects the screener and starts: labels appear once the settings say this site is on. */
    start(link: ScreenerLink) {
      screener = link;
      ensureLabelStyle(doc);
      labelView.badges = true;
      labelView.openMenu = openMenu;
      labelView.onApplied = scheduleCounter;
      ctx.addEventListener(doc, 'click', onClick, { capture: true });
      ctx.addEventListener(doc, 'pointerdown', onPointerDown, { capture: true });
      void readSettings().then((s) => !ctx.signal.aborted && applySettings(s));
      const unwatch = watchSettings((s) => !ctx.signal.aborted && applySettings(s));
      ctx.onInvalidated(() => {
        unwatch();
        labelView.badges = false;
        labelView.onApplied = () => {};
        labelView.openMenu = () => {};
        stopShowingLabels();
        clearEvidence();
        overlay.destroy();
      });
      scheduleTheme();
    },
  };
}

/** "dark" or "light" from the site's own background colour; null when the page paints none (then the OS decides). */
export function pageTheme(doc: Document): 'dark' | 'light' | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(view.getComputedStyle(el).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
  }
  return null;
}
