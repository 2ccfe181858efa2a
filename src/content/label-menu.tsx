// The page UI we own: the label menu and the muted counter, rendered by Preact into our own shadow root.
// Message text only ever reaches the DOM as Preact text nodes.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { signal, type Signal } from '@preact/signals';
import type { ScoredMessage } from '../engine/types.ts';
import type { DirectMessage } from '../sites/types.ts';
import { strings } from '../ui/strings.ts';
import { OVERLAY_CSS } from './label-menu-style.ts';

export interface MenuTarget {
  row: Element;
  anchor: HTMLElement;
  message: DirectMessage;
  result: ScoredMessage;
  muted: boolean;
}

export interface MenuActions {
  feedback(target: MenuTarget, label: 'pitch' | 'genuine'): void;
  markContact(target: MenuTarget): void;
  why(target: MenuTarget): void;
  reveal(target: MenuTarget): void;
  close(): void;
  toggleShowMuted(): void;
}

export const OVERLAY_TAG = 'echo-screen-overlay';

export function createOverlay(doc: Document, actions: MenuActions) {
  const menu = signal<MenuTarget | null>(null);
  const why = signal(false);
  const toast = signal('');
  const muted = signal({ count: 0, shown: false });

  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('style', 'position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;z-index:2147483647 !important;display:block !important;margin:0 !important;padding:0 !important;border:0 !important;');
  host.setAttribute('data-echo-screen-style', ''); // not a change in the page for observe.ts
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.appendChild(host);
  render(<Overlay menu={menu} why={why} toast={toast} muted={muted} actions={actions} />, mount);

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    host,
    menu,
    why,
    muted,
    say(text: string) {
      toast.value = text;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => (toast.value = ''), 5000);
    },
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}

type Signals = {
  menu: Signal<MenuTarget | null>;
  why: Signal<boolean>;
  toast: Signal<string>;
  muted: Signal<{ count: number; shown: boolean }>;
  actions: MenuActions;
};

function Overlay({ menu, why, toast, muted, actions }: Signals) {
  const target = menu.value;
  const m = muted.value;
  return (
    <>
      {target && <Menu target={target} why={why.value} actions={actions} />}
      {m.count > 0 && (
        <section class="counter" role="region" aria-label={strings.mutedRegion}>
          <span>{m.shown ? strings.mutedShown(m.count) : strings.mutedCount(m.count)}</span>
          <button type="button" aria-label={m.shown ? strings.mutedHideLabel : strings.mutedShowLabel} onClick={(e) => e.isTrusted && actions.toggleShowMuted()}>
            {m.shown ? strings.mutedHide : strings.mutedShow}
          </button>
        </section>
      )}
      <div class={toast.value ? 'toast visible' : 'toast'} role="status" aria-live="polite">
        {toast.value}
      </div>
    </>
  );
}

function Menu({ target, why, actions }: { target: MenuTarget; why: boolean; actions: MenuActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const { result, message } = target;
  const name = message.sender.name;
  const verdictName = strings.verdicts[result.verdict] ?? result.verdict;
  const echo = result.echo && result.echo.senders >= 2 ? result.echo.senders : null;
  const rect = target.anchor.getBoundingClientRect();
  const width = 300;
  const view = target.anchor.ownerDocument.defaultView;
  const left = Math.max(8, Math.min(rect.right - width, (view?.innerWidth ?? 1024) - width - 8));
  const below = rect.bottom + 4;
  const top = below + 260 > (view?.innerHeight ?? 800) ? Math.max(8, rect.top - 264) : below;

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [target]);

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const onKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(e.composedPath()[0] as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      actions.close();
    }
    e.stopPropagation();
  };
  // Only the user's own clicks and key presses count; a page script cannot drive this menu.
  const act = (fn: () => void) => (e: Event) => {
    if (e.isTrusted) fn();
  };
  const isContact = result.verdict === 'contact';

  return (
    <div class="menu" ref={ref} role="dialog" aria-labelledby="echo-screen-menu-title" style={{ top: `${top}px`, left: `${left}px`, width: `${width}px` }} onKeyDown={onKeyDown}>
      <h2 id="echo-screen-menu-title">{strings.menuTitle(name)}</h2>
      <p class={`summary ${result.verdict}`}>{strings.menuSummary(verdictName, result.score, echo)}</p>
      {isContact ? (
        <p class="note">{strings.contactNote}</p>
      ) : null}
      <div role="menu" aria-labelledby="echo-screen-menu-title">
        {!isContact && (
          <>
            {result.verdict === 'pitch' ? (
              <button type="button" role="menuitem" title={strings.menuNotPitchHint} onClick={act(() => actions.feedback(target, 'genuine'))}>
                {strings.menuNotPitch}
              </button>
            ) : (
              <button type="button" role="menuitem" title={strings.menuPitchHint} onClick={act(() => actions.feedback(target, 'pitch'))}>
                {strings.menuPitch}
              </button>
            )}
            {/* A conversation-list row knows only a display name: mark the sender from the open conversation instead. */}
            {!message.sender.id.startsWith('name:') && (
              <button type="button" role="menuitem" title={strings.menuMarkContactHint} onClick={act(() => actions.markContact(target))}>
                {strings.menuMarkContact(name)}
              </button>
            )}
            <button type="button" role="menuitem" aria-expanded={why} title={strings.menuWhyHint} onClick={act(() => actions.why(target))}>
              {strings.menuWhy}
            </button>
            {target.muted && (
              <button type="button" role="menuitem" onClick={act(() => actions.reveal(target))}>
                {strings.menuShow}
              </button>
            )}
          </>
        )}
        <button type="button" role="menuitem" onClick={act(() => actions.close())}>
          {strings.menuClose}
        </button>
      </div>
      {why && (
        <div class="why">
          {result.tactics.length ? (
            <>
              <p>{strings.whyTitle}</p>
              <ul>
                {result.tactics.map((t) => (
                  <li key={t.id}>
                    <strong>{strings.tacticNames[t.id] ?? t.id}</strong>: “<mark>{t.evidence}</mark>”
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{strings.whyNone}</p>
          )}
          {echo && <p>{strings.whyEcho(echo)}</p>}
        </div>
      )}
    </div>
  );
}
