/** Shared, side-effect-free DOM reading helpers for the site adapters. */

/** A list of dated selector alternatives; the first that matches wins (or all are unioned, per call). */
export type Selectors = readonly string[];

/** Every element under `root` matching any alternative, in document order, never throwing. */
export function queryAll(root: ParentNode, selectors: Selectors): Element[] {
  try {
    return [...root.querySelectorAll(selectors.join(','))];
  } catch {
    // One malformed alternative must not hide the others.
    const found = new Set<Element>();
    for (const selector of selectors) {
      try {
        for (const element of root.querySelectorAll(selector)) found.add(element);
      } catch {
        // Ignored: an alternative the engine cannot parse.
      }
    }
    return [...found];
  }
}

/** The first element under `root` for the first alternative that matches. */
export function queryFirst(root: ParentNode, selectors: Selectors): Element | undefined {
  for (const selector of selectors) {
    try {
      const element = root.querySelector(selector);
      if (element) return element;
    } catch {
      // Ignored: an alternative the engine cannot parse.
    }
  }
  return undefined;
}

/** Whether anything under `root` matches any alternative: one walk however many alternatives (a miss walks it all). */
export function exists(root: ParentNode, selectors: Selectors): boolean {
  try {
    return root.querySelector(selectors.join(',')) !== null;
  } catch {
    return queryFirst(root, selectors) !== undefined;
  }
}

/** `element.closest` over alternatives, never throwing. */
export function closestOf(element: Element, selectors: Selectors): Element | undefined {
  for (const selector of selectors) {
    try {
      const found = element.closest(selector);
      if (found) return found;
    } catch {
      // Ignored: an alternative the engine cannot parse.
    }
  }
  return undefined;
}

/** Whether `element` matches any alternative. */
export function matchesAny(element: Element, selectors: Selectors): boolean {
  return selectors.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * Text as authored: `textContent` semantics (works on render-skipped nodes, unlike `innerText`),
 * plus `<br>` as a line break and emoji `<img alt>` as the emoji; `skip` prunes subtrees (time duplicates).
 */
export function readText(element: Element, skip?: (element: Element) => boolean): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.localName;
        if (tag === 'br') out += '\n';
        else if (tag === 'img') {
          // Sites render emoji as images; keep them only when the alt text is itself an emoji.
          const alt = el.getAttribute('alt') ?? '';
          if (alt.length <= 16 && pictographic.test(alt)) out += alt;
        } else if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'svg') {
          continue;
        } else if (!skip?.(el)) walk(el);
      }
    }
  };
  walk(element);
  return normalizeText(out);
}

/** Trim, drop template indentation around line breaks, and turn NBSP into spaces. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v]*\n[ \t\f\v]*/g, '\n')
    .trim();
}

/** Collapsed single-line text of an element (names, labels, times). */
export function lineText(element: Element | null | undefined): string {
  if (!element) return '';
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Run `read` over every item, dropping items whose parsing throws or returns undefined. */
export function readEach<T, R>(items: Iterable<T>, read: (item: T) => R | undefined): R[] {
  const out: R[] = [];
  for (const item of items) {
    try {
      const value = read(item);
      if (value !== undefined) out.push(value);
    } catch {
      // One odd row must not lose the others.
    }
  }
  return out;
}

/** A short, stable, non-cryptographic hash (cyrb53) as base-36 text. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The document a root belongs to (a shadow root's host document, or the root itself). */
export function documentOf(root: ParentNode): Document | undefined {
  if ((root as Node).nodeType === 9) return root as Document;
  return (root as Node).ownerDocument ?? undefined;
}

/** Open shadow roots of every host matching the alternatives (hosts are re-created, so re-resolve each pass). */
export function openShadowRoots(doc: Document, hostSelectors: Selectors): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const host of queryAll(doc, hostSelectors)) {
    const shadow = host.shadowRoot;
    if (shadow && !roots.includes(shadow)) roots.push(shadow);
  }
  return roots;
}

/** Element by id within a document or shadow root, without building a selector from page data. */
export function byId(root: ParentNode, id: string): Element | undefined {
  const lookup = (root as Partial<NonElementParentNode>).getElementById;
  if (typeof lookup !== 'function') return undefined;
  return lookup.call(root, id) ?? undefined;
}
