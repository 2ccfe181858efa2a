// Labels are attributes plus scoped CSS: a pseudo-element, absolutely positioned, so a site's row never changes height.
export const LABEL_CSS = `
[data-echo-screen] { position: relative; }
[data-echo-screen="pitch"], [data-echo-screen="clean"], [data-echo-screen="contact"] { --echo-screen-fg: #1f2328; }
[data-echo-screen]::after {
  position: absolute; top: 2px; right: 4px; z-index: 2;
  pointer-events: none; box-sizing: border-box; max-width: 60%;
  height: 16px; line-height: 14px; padding: 0 6px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
  border-radius: 8px; border: 1px solid transparent;
  font: 600 10px/14px system-ui, -apple-system, "Segoe UI", sans-serif; letter-spacing: .02em;
}
[data-echo-screen="pitch"]::after { content: "pitch " attr(data-echo-screen-score) " · " attr(data-echo-screen-tactic); background: #fff1e5; color: #8a3b00; border-color: #f0b37e; }
[data-echo-screen="pitch"]:not([data-echo-screen-tactic])::after { content: "pitch " attr(data-echo-screen-score); }
[data-echo-screen="pitch"][data-echo-screen-echo]::after { content: "pitch " attr(data-echo-screen-score) " · echo ×" attr(data-echo-screen-echo); }
[data-echo-screen="clean"]::after { content: "clean " attr(data-echo-screen-score); background: #eef6ee; color: #1d5e20; border-color: #a9d3ab; opacity: .75; }
[data-echo-screen="contact"]::after { content: "★ contact"; background: #eaf2ff; color: #0b4aa2; border-color: #9cc0f5; }
[data-echo-screen="own"]::after { content: none; }
@media (prefers-color-scheme: dark) {
  [data-echo-screen="pitch"]::after { background: #3d2412; color: #ffc799; border-color: #7a4a22; }
  [data-echo-screen="clean"]::after { background: #15301a; color: #a6e3ad; border-color: #2f5e36; }
  [data-echo-screen="contact"]::after { background: #132a4a; color: #a8c9ff; border-color: #2d5a99; }
}
`;

const STYLE_MARK = 'data-echo-screen-style';

/** Puts the label stylesheet into a document head or an open shadow root, once; page CSS does not cross shadow boundaries. */
export function ensureLabelStyle(root: Document | ShadowRoot): void {
  const isDocument = root.nodeType === 9; // instanceof fails across realms (isolated worlds, test DOMs)
  const doc = isDocument ? (root as Document) : root.ownerDocument;
  const host = isDocument ? (doc.head ?? doc.documentElement) : root;
  if (!host || host.querySelector(`style[${STYLE_MARK}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = LABEL_CSS;
  host.appendChild(style);
}
