// Slack's web app: every message composer is a Quill editor inside Slack's wrappers. The channel and
// DM composers and the thread pane's sit under `data-qa="message_input"`, the edit-message composer
// under `data-qa="message_editor"`. The Jump-to search box is a Quill editor too, but not a message.
import type { ComposerKind, ComposerTarget, SiteAdapter } from './types';

const EDITOR_SELECTOR = '.ql-editor[contenteditable="true"]';
const MESSAGE_WRAPPERS = '[data-qa="message_input"], [data-qa="message_editor"]';

function composerKind(editor: Element): ComposerKind {
  if (editor.closest('[data-qa="message_editor"]')) return 'edit';
  if (editor.closest('[data-qa="threads_flexpane"]')) return 'thread';
  return 'channel';
}

function isSearchBox(editor: Element): boolean {
  return editor.getAttribute('aria-label') === 'Query' || editor.closest('[aria-label="Query"]') !== null;
}

export function findSlackComposers(document: Document): ComposerTarget[] {
  const editors = Array.from(document.querySelectorAll<HTMLElement>(EDITOR_SELECTOR));
  return editors
    .filter((editor) => editor.closest(MESSAGE_WRAPPERS) !== null && !isSearchBox(editor))
    .map((editor) => ({ editor, kind: composerKind(editor), subject: null }));
}

export const slackAdapter: SiteAdapter = {
  site: 'slack',
  channel: 'slack',
  findComposers: findSlackComposers,
  textMapOptions: {
    // Quill's list markers and its zero-width cursor placeholder are editor chrome, not message text.
    skip: (element) => element.classList.contains('ql-ui') || element.classList.contains('ql-cursor'),
  },
};
