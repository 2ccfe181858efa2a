// "Why?": marks the evidence phrases over the site's own text nodes with the CSS Custom Highlight API, which
// styles ranges without touching the DOM. Where the API is missing, the menu's list of phrases is the fallback.
import { BADGE_TAG } from './badge.ts';

export const HIGHLIGHT_NAME = 'echo-screen-evidence';
/** On the row whose evidence is highlighted, and only there: the label CSS scopes its ::highlight rule to it. */
export const WHY_ATTR = 'data-echo-screen-why';
let explained: Element | undefined;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const highlights = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return highlights && Highlight ? { highlights, Highlight } : null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ranges over the row's text nodes where each phrase occurs (whitespace-insensitive, case-insensitive). */
export function findPhraseRanges(row: Element, phrases: readonly string[]): Range[] {
  const doc = row.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(row, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(`${BADGE_TAG}, script, style`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const locate = (offset: number, end: boolean): [Text, number] | null => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i]!;
      if (end ? offset > start : offset >= start) return [nodes[i]!, offset - start];
    }
    return null;
  };
  const ranges: Range[] = [];
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean).map(escape);
    if (!words.length) continue;
    const match = new RegExp(words.join('\\s*'), 'iu').exec(text);
    if (!match || !match[0].length) continue;
    const from = locate(match.index, false);
    const to = locate(match.index + match[0].length, true);
    if (!from || !to) continue;
    const range = doc.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    ranges.push(range);
  }
  return ranges;
}

/** Highlights the phrases in the row; returns how many were marked (0 when the API is missing). */
export function highlightEvidence(row: Element, phrases: readonly string[]): number {
  const api = registry();
  if (!api) return 0;
  const ranges = findPhraseRanges(row, phrases);
  clearEvidence();
  if (!ranges.length) return 0;
  explained = row;
  row.setAttribute(WHY_ATTR, '');
  api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
  return ranges.length;
}

export function clearEvidence(): void {
  explained?.removeAttribute(WHY_ATTR);
  explained = undefined;
  registry()?.highlights.delete(HIGHLIGHT_NAME);
}
