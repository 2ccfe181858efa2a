import type { ScoredMessage } from '../engine/types.ts';
import { removeBadge, renderBadge } from './badge.ts';
import { labelView, muteOf } from './label-view.ts';

const rowResults = new WeakMap<Element, ScoredMessage>();
/** Rows labelled pitch: the muted counter reads these instead of querying the whole page after every frame of labels. */
const pitchRows = new Set<Element>();

/** The verdict a row was last labelled with. */
export const resultOfRow = (row: Element): ScoredMessage | undefined => rowResults.get(row);

/** The rows on the page now labelled pitch (rows the site removed are forgotten here). */
export function pitchRowsOnPage(): Element[] {
  for (const row of pitchRows) if (!row.isConnected) pitchRows.delete(row);
  return [...pitchRows];
}

/**
 * Writes the verdict contract onto a row: data-echo-screen, -score (two decimals), -echo (distinct senders), -tactic,
 * -mute (blur | collapse | hide) for muted pitches. Near the viewport the label is also shown (see showLabel).
 */
export function applyLabel(row: Element, result: ScoredMessage): void {
  rowResults.set(row, result);
  if (result.verdict === 'pitch') pitchRows.add(row);
  else pitchRows.delete(row);
  setAttr(row, 'data-echo-screen', result.verdict);
  const scored = result.verdict !== 'own';
  setAttr(row, 'data-echo-screen-score', scored ? result.score.toFixed(2) : null);
  setAttr(row, 'data-echo-screen-echo', scored && result.echo ? String(result.echo.senders) : null);
  setAttr(row, 'data-echo-screen-tactic', scored ? (result.tactics[0]?.id ?? null) : null);
  setAttr(row, 'data-echo-screen-mute', muteOf(result));
  if (shown.has(row)) showLabel(row, result);
  else showWhenNear(row);
  labelView.onApplied();
}

const ATTRIBUTES = ['data-echo-screen', 'data-echo-screen-score', 'data-echo-screen-echo', 'data-echo-screen-tactic', 'data-echo-screen-mute', 'data-echo-screen-shown'];

/** Takes every trace of a label off a row (the site was switched off). */
export function removeLabel(row: Element): void {
  rowResults.delete(row);
  pitchRows.delete(row);
  shown.delete(row);
  waiting.delete(row);
  watcher?.unobserve(row);
  for (const name of ATTRIBUTES) setAttr(row, name, null);
  removeBadge(row);
}

// The visible label (data-echo-screen-shown: the row positioned, its pseudo-element, the clickable badge) is added
// when a row first comes within a screen of the viewport: positioning one row lays out the site's whole list again
// (80 ms on the 2,000-message XChat bench thread), so rows far away carry the attributes alone until they come near.
const NEAR = '100% 0px';
const shown = new WeakSet<Element>();
const waiting = new Set<Element>();
let watcher: IntersectionObserver | null | undefined;
let pruneAt = 256;

function showLabel(row: Element, result: ScoredMessage): void {
  shown.add(row);
  setAttr(row, 'data-echo-screen-shown', '');
  if (labelView.badges && result.verdict !== 'own') renderBadge(row, result);
  else removeBadge(row);
}

function showWhenNear(row: Element): void {
  if (watcher === undefined) {
    // scrollMargin stretches the site's own scrollers the same way (ignored where unsupported).
    const near = { rootMargin: NEAR, scrollMargin: NEAR } as IntersectionObserverInit;
    watcher = typeof IntersectionObserver === 'function' ? new IntersectionObserver(onNear, near) : null;
  }
  if (!watcher) return showLabel(row, rowResults.get(row)!);
  if (waiting.has(row)) return;
  waiting.add(row);
  watcher.observe(row);
  // The observer holds its targets: forget rows the site removed before they ever came near.
  if (waiting.size > pruneAt) {
    for (const r of waiting) if (!r.isConnected) stopWaiting(r);
    pruneAt = waiting.size * 2 + 256;
  }
}

function stopWaiting(row: Element): void {
  waiting.delete(row);
  watcher?.unobserve(row);
}

function onNear(entries: IntersectionObserverEntry[]): void {
  for (const { target, isIntersecting } of entries) {
    if (!isIntersecting) continue;
    stopWaiting(target);
    const result = rowResults.get(target);
    if (result) showLabel(target, result);
  }
}

/** Stops watching rows come near (the content script ends). */
export function stopShowingLabels(): void {
  watcher?.disconnect();
  watcher = undefined;
  waiting.clear();
}

// Setting an attribute to its current value still queues a mutation record; skip it to keep passes quiet.
function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}
