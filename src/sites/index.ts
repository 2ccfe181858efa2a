import type { SiteAdapter } from './types.ts';
import { linkedin, linkedinHosts } from './linkedin.ts';
import { x, xHosts } from './x.ts';

export const siteAdapters = [linkedin, x];

const hostsByAdapter = new Map<SiteAdapter, readonly string[]>([
  [linkedin, linkedinHosts],
  [x, xHosts],
]);

/** The adapter serving this URL's host (exact host match: look-alike domains get none). */
export function adapterFor(url: URL): (typeof siteAdapters)[number] | undefined {
  const host = url.hostname.toLowerCase();
  return siteAdapters.find((adapter) => hostsByAdapter.get(adapter)?.includes(host));
}

export { linkedin } from './linkedin.ts';
export { x } from './x.ts';
