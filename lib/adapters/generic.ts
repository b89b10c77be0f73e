// Any other site the user opted in to: every textarea and every top-level rich-text editor is a
// composer. Less is known about these pages, so the adapter only skips what is plainly not a
// message: disabled or read-only fields, hidden ones, search boxes, and editors nested in another.
import type { ComposerTarget, SiteAdapter } from './types';

const FIELD_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

function isMessageField(element: HTMLElement): boolean {
  if (element.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) return false;
  if (element.tagName === 'TEXTAREA') {
    const field = element as HTMLTextAreaElement;
    if (field.disabled || field.readOnly) return false;
  }
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  return element.getAttribute('role') !== 'searchbox' && element.closest('[role="search"]') === null;
}

export function findGenericComposers(document: Document): ComposerTarget[] {
  return Array.from(document.querySelectorAll<HTMLElement>(FIELD_SELECTOR))
    .filter(isMessageField)
    .map((editor) => ({ editor, kind: 'field', subject: null }));
}

export const genericAdapter: SiteAdapter = {
  site: 'generic',
  channel: 'generic',
  findComposers: findGenericComposers,
  textMapOptions: {},
};
