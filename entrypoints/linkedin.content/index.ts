import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSite } from '../../src/content/run-site.ts';
import { linkedin } from '../../src/sites/linkedin.ts';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_start',
  main(ctx) {
    startSite(ctx, linkedin);
  },
});
