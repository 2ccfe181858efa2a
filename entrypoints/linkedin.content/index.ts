import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../src/content/run-site.ts';
import { linkedin } from '../../src/sites/linkedin.ts';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runSite(ctx, linkedin);
  },
});
