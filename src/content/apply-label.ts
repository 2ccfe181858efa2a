import type { ScoredMessage } from '../engine/types.ts';

/** Writes the verdict contract onto a row: data-echo-screen, -score (two decimals), -echo (distinct senders), -tactic. */
export function applyLabel(row: Element, result: ScoredMessage): void {
  setAttr(row, 'data-echo-screen', result.verdict);
  const scored = result.verdict !== 'own';
  setAttr(row, 'data-echo-screen-score', scored ? result.score.toFixed(2) : null);
  setAttr(row, 'data-echo-screen-echo', scored && result.echo ? String(result.echo.senders) : null);
  setAttr(row, 'data-echo-screen-tactic', scored ? (result.tactics[0]?.id ?? null) : null);
}

// Setting an attribute to its current value still queues a mutation record; skip it to keep passes quiet.
function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}
