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
 * -mute (blur | collapse | hide) for muted pitches, and the clickable badge when the page UI runs.
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
  if (labelView.badges && scored) renderBadge(row, result);
  else removeBadge(row);
  labelView.onApplied();
}

const ATTRIBUTES = ['data-echo-screen', 'data-echo-screen-score', 'data-echo-screen-echo', 'data-echo-screen-tactic', 'data-echo-screen-mute'];

/** Takes every trace of a label off a row (the site was switched off). */
export function removeLabel(row: Element): void {
  rowResults.delete(row);
  pitchRows.delete(row);
  for (const name of ATTRIBUTES) setAttr(row, name, null);
  removeBadge(row);
}

// Setting an attribute to its current value still queues a mutation record; skip it to keep passes quiet.
function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}
