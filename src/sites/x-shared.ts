import type { Sender } from './types.ts';
import { documentOf, lineText, queryFirst } from './dom.ts';

/** Hooks both X generations share: the side nav around the DM UI. */
export const xSharedSelectors = {
  viewerAvatar: [
    '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]', // 2026-10 dom-reference §2.6 [B]
  ],
  viewerSwitcher: [
    '[data-testid="SideNav_AccountSwitcher_Button"]', // 2026-10 dom-reference §2.6 [B]
  ],
} as const;

const handlePattern = /^\/([A-Za-z0-9_]{1,15})\/?$/;

/** Handle from an `a[href="/<handle>"]`. */
export function handleFromHref(href: string | null | undefined): string | undefined {
  return href ? handlePattern.exec(href)?.[1] : undefined;
}

export function xSenderFromHandle(handle: string, name: string): Sender {
  return { platform: 'x', id: handle, name: name || handle, handle, profileUrl: `https://x.com/${handle}` };
}

/** The signed-in account, from the side nav (outside any shadow root, so read the owning document). */
export function readXViewer(root: ParentNode): Sender {
  const doc = documentOf(root) ?? root;
  const avatar = queryFirst(doc, xSharedSelectors.viewerAvatar);
  const handle = avatar?.getAttribute('data-testid')?.replace(/^UserAvatar-Container-/, '') || undefined;
  const switcher = queryFirst(doc, xSharedSelectors.viewerSwitcher);
  // The switcher shows "<Name>" then "@handle" [C: legacy nav markup, still served around XChat].
  const name = switcher ? leafTexts(switcher).find((text) => !text.startsWith('@')) : undefined;
  if (!handle) return { platform: 'x', id: 'me', name: name ?? 'You' };
  return xSenderFromHandle(handle, name ?? handle);
}

/** Texts of text-bearing leaf elements, in document order (svg and img skipped). */
export function leafTexts(element: Element): string[] {
  const texts: string[] = [];
  for (const leaf of element.querySelectorAll('span, div, p, time, h2, a')) {
    if (leaf.querySelector('span, div, p, time, h2, a')) continue;
    const text = lineText(leaf);
    if (text) texts.push(text);
  }
  return texts;
}

