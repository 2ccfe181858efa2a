// Where a frame's mutations lie, for a site adapter: the message lists holding them and the message rows they added or
// touched. The page screener reads only those (extractRows), or those lists (extractScope), or else the whole page.
import type { SiteAdapter } from '../sites/types.ts';
import { closestOf, matchesAny, queryAll, queryFirst } from '../sites/dom.ts';
import type { PageChanges } from './observe.ts';

const elementOf = (node: Node) => (node.nodeType === 1 ? (node as Element) : node.parentElement);

/** Outermost lists only: a list inside another list is read with it. */
const outermost = (lists: Element[]) => lists.filter((list) => !lists.some((other) => other !== list && other.contains(list)));

/** Every message list under `roots` (the document and the site's shadow roots); undefined when lists cannot be read alone. */
export function listsIn(adapter: SiteAdapter, roots: ParentNode[]): Element[] | undefined {
  const selectors = adapter.messageScopes;
  if (!selectors?.length || !adapter.extractScope) return undefined;
  return outermost(roots.flatMap((root) => queryAll(root, selectors)));
}

/** The message lists holding every changed node, or undefined when one lies outside any (then all is re-read). */
export function listsHolding(adapter: SiteAdapter, nodes: Node[]): Element[] | undefined {
  const selectors = adapter.messageScopes;
  if (!selectors?.length || !adapter.extractScope || nodes.length === 0) return undefined;
  const lists: Element[] = [];
  for (const node of nodes) {
    const element = elementOf(node);
    const list = element?.isConnected ? closestOf(element, selectors) : undefined;
    if (!list) return undefined;
    if (!lists.includes(list)) lists.push(list);
  }
  return outermost(lists);
}

/**
 * Splits changed nodes into the conversation-list rows they lie inside and the nodes elsewhere;
 * undefined when the adapter cannot read conversation rows alone.
 */
export function conversationRowsTouched(adapter: SiteAdapter, nodes: Node[]): { rows: Element[]; elsewhere: Node[] } | undefined {
  const selectors = adapter.conversationRows;
  if (!selectors?.length || !adapter.extractConversations) return undefined;
  const rows = new Set<Element>();
  const elsewhere: Node[] = [];
  for (const node of nodes) {
    const element = elementOf(node);
    const row = element?.isConnected ? closestOf(element, selectors) : undefined;
    if (row) rows.add(row);
    else elsewhere.push(node);
  }
  return { rows: [...rows], elsewhere };
}

/** Whether a removed node was or held a message row: then later rows may read differently, so lists are re-read. */
export function removesRows(adapter: SiteAdapter, removed: Node[]): boolean {
  const selectors = adapter.messageRows;
  if (!selectors?.length) return true;
  return removed.some((node) => node.nodeType === 1 && (matchesAny(node as Element, selectors) || queryFirst(node as Element, selectors) !== undefined));
}

/** The message rows added or touched, by the list holding them; undefined when the adapter cannot read rows alone. */
export function rowsTouched(adapter: SiteAdapter, changes: PageChanges, lists: Element[]): Map<Element, Element[]> | undefined {
  const selectors = adapter.messageRows;
  if (!selectors?.length || !adapter.extractRows) return undefined;
  const rows = new Set<Element>();
  const rowOf = (node: Node) => {
    const element = elementOf(node);
    return element?.isConnected ? closestOf(element, selectors) : undefined;
  };
  for (const node of changes.targets) {
    const row = rowOf(node);
    if (row) rows.add(row);
  }
  for (const node of changes.added) {
    const row = rowOf(node);
    if (row) rows.add(row);
    else if (node.nodeType === 1 && node.isConnected) queryAll(node as Element, selectors).forEach((r) => rows.add(r));
  }
  const byList = new Map<Element, Element[]>();
  for (const row of rows) {
    const list = lists.find((l) => l.contains(row));
    if (!list) return undefined;
    byList.get(list)?.push(row) ?? byList.set(list, [row]);
  }
  return byList;
}
