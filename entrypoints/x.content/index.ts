import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSite } from '../../src/content/run-site.ts';
import { x } from '../../src/sites/x.ts';

// X is an SPA that is not re-injected on client-side navigation: match the whole site and gate on route in the adapter.
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startSite(ctx, x);
  },
});
