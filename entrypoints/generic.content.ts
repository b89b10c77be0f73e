// Other sites the user opted in to from the popup. Not in the manifest: the background registers
// it at run time for exactly the granted sites, so the extension asks for no host access up front.
import { genericAdapter } from '../lib/adapters/generic';
import { runContentScript } from '../lib/extension/content-main';
import { isOptedIn } from '../lib/extension/sites';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    runContentScript(ctx, genericAdapter, (settings) => isOptedIn(settings, location.href));
  },
});
