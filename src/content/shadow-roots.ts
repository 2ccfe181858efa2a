import type { SiteAdapter } from '../sites/types.ts';
import { matchesAny, queryAll } from '../sites/dom.ts';

/**
 * The open shadow roots a site renders messaging into, as `adapter.shadowRoots(doc)` finds them. Hosts are looked for
 * in the whole page once, then among added nodes only: a whole-page query per mutation batch cost more than the rest.
 */
export function trackShadowRoots(doc: Document, adapter: SiteAdapter) {
  const selectors = adapter.shadowHosts;
  if (!selectors?.length) {
    const all = () => {
      try {
        return adapter.shadowRoots(doc);
      } catch {
        return [];
      }
    };
    return { update: (_added: Node[]) => all(), roots: all };
  }
  // Light-DOM hosts only, like openShadowRoots(doc, …).
  const isHost = (el: Element) => el.getRootNode() === doc;
  let hosts = queryAll(doc, selectors);

  /** Open roots of the hosts still on the page (a host may attach its root after it was added). */
  const roots = (): ShadowRoot[] => {
    hosts = hosts.filter((host) => host.isConnected);
    const found: ShadowRoot[] = [];
    for (const host of hosts) if (host.shadowRoot && !found.includes(host.shadowRoot)) found.push(host.shadowRoot);
    return found;
  };

  return {
    /** Notes hosts among `added` and answers the roots now on the page. */
    update(added: Node[]): ShadowRoot[] {
      for (const node of added) {
        if (node.nodeType !== 1 || !node.isConnected) continue;
        const el = node as Element;
        const candidates = queryAll(el, selectors);
        if (matchesAny(el, selectors)) candidates.unshift(el);
        for (const host of candidates) if (isHost(host) && !hosts.includes(host)) hosts.push(host);
      }
      return roots();
    },
    roots,
  };
}
