import { HIGHLIGHT_NAME, WHY_ATTR } from './highlight.ts';

// Labels are attributes plus scoped CSS, absolutely positioned, so a site's row never changes height (mute modes
// collapse and hide excepted: changing the layout is what the user asked for). Only rows marked -shown (near the
// viewport, see apply-label.ts) are positioned and show the label; mute modes apply to every row.
// Colours are custom properties on the labelled rows, which inherit into the badges' shadow roots. Not on :root: a
// custom property set there restyles every element of the page (260 ms on the 2,000-message bench thread).
// label-ui sets data-echo-screen-theme from the page background on <html> and on the hosts of the site's shadow roots.
// The ::highlight rule is scoped to the one row being explained (data-echo-screen-why): unscoped, it made Chrome style
// every element's highlight pseudo, doubling each full style recalc of the 2,000-message XChat bench page (175 → 276 ms).
const LIGHT = `
  --echo-screen-pitch-bg: #fff1e5; --echo-screen-pitch-fg: #8a3b00; --echo-screen-pitch-line: #c9792f;
  --echo-screen-clean-bg: #eef6ee; --echo-screen-clean-fg: #1d5e20; --echo-screen-clean-line: #6fae73;
  --echo-screen-contact-bg: #eaf2ff; --echo-screen-contact-fg: #0b4aa2; --echo-screen-contact-line: #6f9fe6;
  --echo-screen-blur: rgba(90, 90, 90, .85); --echo-screen-mark: #ffd54a; --echo-screen-mark-fg: #111;`;
const DARK = `
  --echo-screen-pitch-bg: #3d2412; --echo-screen-pitch-fg: #ffc799; --echo-screen-pitch-line: #a86a35;
  --echo-screen-clean-bg: #15301a; --echo-screen-clean-fg: #a6e3ad; --echo-screen-clean-line: #4b8a53;
  --echo-screen-contact-bg: #132a4a; --echo-screen-contact-fg: #a8c9ff; --echo-screen-contact-line: #4f7fc4;
  --echo-screen-blur: rgba(200, 200, 200, .8); --echo-screen-mark: #8a6d00; --echo-screen-mark-fg: #fff;`;

export const THEME_ATTR = 'data-echo-screen-theme';
const LABELLED = ':is([data-echo-screen-shown], [data-echo-screen-mute])';
const DARK_PAGE = `:root[${THEME_ATTR}="dark"] ${LABELLED}, :host([${THEME_ATTR}="dark"]) ${LABELLED}`;
const NOT_LIGHT_PAGE = `:root:not([${THEME_ATTR}="light"]) ${LABELLED}, :host(:not([${THEME_ATTR}="light"])) ${LABELLED}`;

export const LABEL_CSS = `
${LABELLED} {${LIGHT} }
${DARK_PAGE} {${DARK} }
@media (prefers-color-scheme: dark) { ${NOT_LIGHT_PAGE} {${DARK} } }
[data-echo-screen-shown] { position: relative; }
[data-echo-screen-shown]::after {
  position: absolute; top: 2px; right: 4px; z-index: 2;
  pointer-events: none; box-sizing: border-box; max-width: 60%;
  height: 16px; line-height: 14px; padding: 0 6px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
  border-radius: 8px; border: 1px solid transparent; text-shadow: none;
  font: 600 10px/14px system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: .02em;
}
[data-echo-screen-shown]:has(> echo-screen-badge)::after { content: none; }
[data-echo-screen-shown][data-echo-screen="pitch"]::after { content: "pitch " attr(data-echo-screen-score) " · " attr(data-echo-screen-tactic); background: var(--echo-screen-pitch-bg); color: var(--echo-screen-pitch-fg); border-color: var(--echo-screen-pitch-line); }
[data-echo-screen-shown][data-echo-screen="pitch"]:not([data-echo-screen-tactic])::after { content: "pitch " attr(data-echo-screen-score); }
[data-echo-screen-shown][data-echo-screen="pitch"][data-echo-screen-echo]::after { content: "pitch " attr(data-echo-screen-score) " · echo ×" attr(data-echo-screen-echo); }
[data-echo-screen-shown][data-echo-screen="clean"]::after { content: "clean " attr(data-echo-screen-score); background: var(--echo-screen-clean-bg); color: var(--echo-screen-clean-fg); border-color: var(--echo-screen-clean-line); }
[data-echo-screen-shown][data-echo-screen="contact"]::after { content: "★ contact"; background: var(--echo-screen-contact-bg); color: var(--echo-screen-contact-fg); border-color: var(--echo-screen-contact-line); }
[data-echo-screen-shown][data-echo-screen="own"]::after { content: none; }
[data-echo-screen-mute="blur"], [data-echo-screen-mute="collapse"] { cursor: pointer; }
[data-echo-screen-mute="blur"], [data-echo-screen-mute="blur"] * { color: transparent !important; text-shadow: 0 0 8px var(--echo-screen-blur) !important; }
[data-echo-screen-mute="blur"] img, [data-echo-screen-mute="blur"] svg, [data-echo-screen-mute="blur"] video { filter: blur(6px); }
[data-echo-screen-mute="collapse"] { max-height: 22px !important; min-height: 0 !important; overflow: hidden !important; opacity: .7; }
[data-echo-screen-mute="hide"] { display: none !important; }
[${WHY_ATTR}]::highlight(${HIGHLIGHT_NAME}), [${WHY_ATTR}] ::highlight(${HIGHLIGHT_NAME}) { background-color: var(--echo-screen-mark); color: var(--echo-screen-mark-fg); }
`;

const STYLE_MARK = 'data-echo-screen-style';

/** Puts the label stylesheet into a document head or an open shadow root, once; page CSS does not cross shadow boundaries. */
export function ensureLabelStyle(root: Document | ShadowRoot): void {
  const isDocument = root.nodeType === 9; // instanceof fails across realms (isolated worlds, test DOMs)
  const doc = isDocument ? (root as Document) : (root.ownerDocument as Document);
  const host = isDocument ? (doc.head ?? doc.documentElement) : root;
  if (!host || host.querySelector(`style[${STYLE_MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = LABEL_CSS;
  host.appendChild(style);
  if (!isDocument) setTheme((root as ShadowRoot).host, doc.documentElement.getAttribute(THEME_ATTR));
}

/** Marks `el` (<html> or a shadow host) with the page's theme, or clears it. */
export function setTheme(el: Element, theme: string | null): void {
  if (theme === null) el.removeAttribute(THEME_ATTR);
  else if (el.getAttribute(THEME_ATTR) !== theme) el.setAttribute(THEME_ATTR, theme);
}
