// Styles of our own overlay (menu, muted counter, toast); it lives in its own shadow root, out of the page's reach.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.menu, .counter, .toast {
  --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d0d7de; --focus: #0b4aa2; --hover: #f1f4f8; --mark: #ffd54a;
  position: fixed; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 8px 24px rgba(0, 0, 0, .18);
}
:host([data-theme="dark"]) .menu, :host([data-theme="dark"]) .counter, :host([data-theme="dark"]) .toast {
  --fg: #e6edf3; --bg: #161b22; --muted: #9198a1; --line: #3d444d; --focus: #a8c9ff; --hover: #21262d; --mark: #8a6d00;
}
.menu { padding: 10px; max-height: 70vh; overflow: auto; }
h2 { font-size: 13px; margin: 0 0 2px; font-weight: 700; }
p { margin: 4px 0; }
.summary { color: var(--muted); }
.note { color: var(--muted); font-size: 12px; }
[role="menu"] { display: flex; flex-direction: column; margin-top: 6px; }
button { font: inherit; color: inherit; background: transparent; border: 0; border-radius: 6px; padding: 6px 8px; text-align: left; cursor: pointer; }
button:hover { background: var(--hover); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.why { border-top: 1px solid var(--line); margin-top: 6px; padding-top: 6px; font-size: 12px; }
.why ul { margin: 4px 0; padding-left: 18px; }
mark { background: var(--mark); color: inherit; border-radius: 2px; }
.counter { right: 16px; bottom: 16px; display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 12px; }
.counter button { border: 1px solid var(--line); text-align: center; font-weight: 600; }
.toast { right: 16px; bottom: 64px; padding: 8px 12px; max-width: 320px; opacity: 0; pointer-events: none; transition: opacity .2s; }
.toast.visible { opacity: 1; }
.toast:empty { border: 0; box-shadow: none; }
`;
