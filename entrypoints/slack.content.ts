// Slack's web app: channel, DM, thread and edit-message composers.
import { slackAdapter } from '../lib/adapters/slack';
import { runContentScript } from '../lib/extension/content-main';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main(ctx) {
    runContentScript(ctx, slackAdapter, (settings) => settings.sites.slack);
  },
});
