// How labels are shown on this page: the mute mode, what the user has revealed, and the hooks the page UI listens to.
// One per content script (one page); label-ui configures it, apply-label reads it on every row.
import type { ScoredMessage } from '../engine/types.ts';
import { isSnippetId } from '../messages.ts';
import type { MuteMode } from '../storage/settings.ts';

export type MuteAttr = 'blur' | 'collapse' | 'hide';

export interface LabelView {
  mute: MuteMode;
  /** "Show" on the muted counter: nothing is muted until the user mutes again. */
  showMuted: boolean;
  /** Message ids the user revealed one by one (click on a blurred or collapsed message). */
  revealed: Set<string>;
  /** Whether rows get the clickable badge (off until the page UI is running). */
  badges: boolean;
  onApplied: () => void;
  openMenu: (row: Element, anchor: HTMLElement) => void;
}

export const labelView: LabelView = {
  mute: 'label',
  showMuted: false,
  revealed: new Set(),
  badges: false,
  onApplied: () => {},
  openMenu: () => {},
};

/** The mute a result would get, ignoring what the user has revealed: pitches only, never contacts or own messages. */
export function wouldMute(result: ScoredMessage, mode: MuteMode): MuteAttr | null {
  if (result.verdict !== 'pitch' || mode === 'label') return null;
  // "Hide" takes muted conversations out of the list; an open thread's messages collapse instead.
  if (mode === 'hide') return isSnippetId(result.id) ? 'hide' : 'collapse';
  return mode;
}

export function muteOf(result: ScoredMessage, view: LabelView = labelView): MuteAttr | null {
  if (view.showMuted || view.revealed.has(result.id)) return null;
  return wouldMute(result, view.mute);
}
