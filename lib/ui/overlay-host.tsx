// Renders the overlay into a shadow root the extension owns. Kept apart from how the shadow root is
// made (WXT's createShadowRootUi in the content script, a plain attachShadow in tests).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { OverlayPort } from '../live/composer-session';
import { Overlay } from './Overlay';

/**
 * @param host the `<async-lint-ui>` element, outside the host page's editor
 * @param container the element inside its shadow root that React renders into
 */
export function createOverlayPort(host: HTMLElement, shadow: ShadowRoot, container: HTMLElement, remove: () => void): OverlayPort {
  const root = createRoot(container);
  const mirrorParent = host.ownerDocument.createElement('div');
  mirrorParent.setAttribute('aria-hidden', 'true');
  shadow.append(mirrorParent);
  return {
    mirrorParent,
    render(model, actions) {
      // Synchronous, so that focus can move into a popup right after it is drawn.
      flushSync(() => root.render(<Overlay model={model} actions={actions} />));
    },
    contains(node) {
      return node !== null && (node === host || shadow.contains(node));
    },
    focusPopup() {
      shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    remove() {
      root.unmount();
      remove();
    },
  };
}
