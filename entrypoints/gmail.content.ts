// Gmail: every compose window, pop-out and inline reply.
import { gmailAdapter } from '../lib/adapters/gmail';
import { runContentScript } from '../lib/extension/content-main';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main(ctx) {
    runContentScript(ctx, gmailAdapter, (settings) => settings.sites.gmail);
  },
});
