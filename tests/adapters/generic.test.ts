// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findGenericComposers } from '../../lib/adapters/generic';
import { isOptedIn, sitePattern } from '../../lib/extension/sites';
import { defaultSettings } from '../../lib/settings';

describe('generic adapter', () => {
  it('finds textareas and top-level rich-text editors, and skips what is not a message field', () => {
    document.body.innerHTML = `
      <textarea id="comment"></textarea>
      <div id="editor" contenteditable="true"><p>Draft <span contenteditable="true">nested</span></p></div>
      <div contenteditable="false">read only</div>
      <textarea id="disabled" disabled></textarea>
      <textarea id="readonly" readonly></textarea>
      <div hidden><textarea id="hidden"></textarea></div>
      <form role="search"><textarea id="search"></textarea></form>
      <div id="plain" contenteditable="plaintext-only"></div>`;
    expect(findGenericComposers(document).map((target) => [target.editor.id, target.kind])).toEqual([
      ['comment', 'field'],
      ['editor', 'field'],
      ['plain', 'field'],
    ]);
  });
});

describe('opt-in sites', () => {
  it('names a page by its site, and refuses pages that cannot be opted in', () => {
    expect(sitePattern('https://forum.example.com/t/42?x=1')).toBe('https://forum.example.com/*');
    expect(sitePattern('http://localhost:8080/app')).toBe('http://localhost/*');
    expect(sitePattern('https://app.slack.com/client/T1')).toBeNull();
    expect(sitePattern('https://mail.google.com/mail/u/0')).toBeNull();
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });

  it('runs on a page only when its site is in the settings', () => {
    const settings = defaultSettings();
    settings.sites.optIn = ['https://forum.example.com'];
    expect(isOptedIn(settings, 'https://forum.example.com/new-topic')).toBe(true);
    expect(isOptedIn(settings, 'https://example.com/')).toBe(false);
    expect(isOptedIn(defaultSettings(), 'https://forum.example.com/')).toBe(false);
  });
});
