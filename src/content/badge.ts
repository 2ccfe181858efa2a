// The clickable label: an element we own inside the row, absolutely positioned (inline, so it holds even without our
// stylesheet), its button in a shadow root so page CSS cannot reach it. Only our own words go in, as text.
import type { ScoredMessage } from '../engine/types.ts';
import { strings } from '../ui/strings.ts';
import { labelView } from './label-view.ts';

export const BADGE_TAG = 'echo-screen-badge';

const HOST_STYLE =
  'position:absolute !important;top:2px !important;right:4px !important;left:auto !important;bottom:auto !important;' +
  'z-index:3 !important;display:block !important;margin:0 !important;padding:0 !important;border:0 !important;' +
  'width:auto !important;height:16px !important;max-width:60% !important;float:none !important;transform:none !important;';

const BADGE_CSS = `
:host { all: initial; }
button {
  all: initial; box-sizing: border-box; display: block; max-width: 100%; height: 16px; padding: 0 6px; cursor: pointer;
  overflow: hidden; white-space: nowrap; text-overflow: ellipsis; border-radius: 8px; border: 1px solid;
  font: 600 10px/14px system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: .02em; text-shadow: none;
}
button:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }
button:hover { filter: brightness(0.95); text-decoration: underline; }
.pitch { background: var(--echo-screen-pitch-bg, #fff1e5); color: var(--echo-screen-pitch-fg, #8a3b00); border-color: var(--echo-screen-pitch-line, #c9792f); }
.clean { background: var(--echo-screen-clean-bg, #eef6ee); color: var(--echo-screen-clean-fg, #1d5e20); border-color: var(--echo-screen-clean-line, #6fae73); opacity: .85; }
.contact { background: var(--echo-screen-contact-bg, #eaf2ff); color: var(--echo-screen-contact-fg, #0b4aa2); border-color: var(--echo-screen-contact-line, #6f9fe6); }
`;

const badges = new WeakMap<Element, { host: HTMLElement; button: HTMLButtonElement }>();

export function badgeText(result: ScoredMessage): string {
  const tactic = result.tactics[0] ? (strings.tacticNames[result.tactics[0].id] ?? result.tactics[0].id) : null;
  return strings.badgeText(result.verdict, result.score.toFixed(2), tactic, result.echo && result.echo.senders >= 2 ? result.echo.senders : null);
}

export function renderBadge(row: Element, result: ScoredMessage): void {
  let badge = badges.get(row);
  if (!badge || badge.host.parentNode !== row) badge = createBadge(row);
  const text = badgeText(result);
  if (badge.button.textContent !== text) badge.button.textContent = text;
  if (badge.button.className !== result.verdict) badge.button.className = result.verdict;
  const label = strings.badgeLabel(text);
  if (badge.button.getAttribute('aria-label') !== label) badge.button.setAttribute('aria-label', label);
}

export function removeBadge(row: Element): void {
  const badge = badges.get(row);
  if (!badge) return;
  badge.host.remove();
  badges.delete(row);
}

function createBadge(row: Element): { host: HTMLElement; button: HTMLButtonElement } {
  const doc = row.ownerDocument;
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('style', HOST_STYLE);
  // observe.ts ignores added nodes carrying this mark: our own elements are not changes in the page.
  host.setAttribute('data-echo-screen-style', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'menu');
  shadow.append(style, button);
  // The row is often a link or has its own handlers: our clicks stop here.
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'pointerup', 'dblclick', 'keydown', 'keyup'] as const) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  host.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // A page script can click our button; only the user's own clicks (and key presses) open the menu.
    if (event.isTrusted) labelView.openMenu(row, button);
  });
  row.appendChild(host);
  const entry = { host, button };
  badges.set(row, entry);
  return entry;
}

/** The badge button of a row, to return focus to after the menu closes. */
export const badgeButtonOf = (row: Element): HTMLButtonElement | undefined => badges.get(row)?.button;
