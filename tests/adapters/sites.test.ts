// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composerLength, readComposer } from '../../lib/adapters/composer-text';
import { emailText, findGmailComposers, gmailAdapter } from '../../lib/adapters/gmail';
import { findSlackComposers, slackAdapter } from '../../lib/adapters/slack';

const quill = (label: string) =>
  `<div class="ql-container"><div class="ql-editor" contenteditable="true" spellcheck="false" role="textbox" aria-label="${label}"><p>hi</p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>`;

describe('Slack adapter', () => {
  it('finds the channel, thread and edit composers, and never the search box or the clipboard', () => {
    document.body.innerHTML = `
      <div data-qa="focusable_search_input"><div data-qa="texty_input" aria-label="Query">${quill('Query')}</div></div>
      <div data-qa="message_input" data-message-input="true">${quill('Message #general')}</div>
      <div data-qa="message_editor">${quill('Edit message')}</div>
      <div data-qa="threads_flexpane"><div data-qa="message_input">${quill('Reply…')}</div></div>`;
    const composers = findSlackComposers(document);
    expect(composers.map((composer) => [composer.kind, composer.editor.getAttribute('aria-label')])).toEqual([
      ['channel', 'Message #general'],
      ['edit', 'Edit message'],
      ['thread', 'Reply…'],
    ]);
  });
});

describe('composerLength', () => {
  it('counts the characters of a rich-text body, one per character as it is read, less its line breaks', () => {
    document.body.innerHTML = `<div data-qa="message_input">${quill('Message')}</div>`;
    const [target] = findSlackComposers(document);
    if (!target) throw new Error('no composer found');
    target.editor.innerHTML = '<p>Ship it <strong>today</strong> 🚀</p><p><br></p><p>Thanks</p>';
    const read = readComposer(target, slackAdapter, document.body).text;
    expect(read).toBe('Ship it today 🚀\n\nThanks');
    expect(composerLength(target, slackAdapter)).toBe(read.length - 2);
  });

  it('counts a text field by its value', () => {
    const field = document.createElement('textarea');
    field.value = 'Line one\nLine two';
    expect(composerLength({ editor: field, kind: 'field', subject: null }, slackAdapter)).toBe(17);
  });
});

describe('Gmail adapter', () => {
  const body = (text: string) => `<div g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body">${text}</div>`;

  it('pairs each compose body with its own subject, and an inline reply with none', () => {
    document.body.innerHTML = `
      <div role="dialog"><form><input name="subjectbox" value="Launch"></form>
        <textarea aria-label="Message Body"></textarea>${body('<div>Can you send the deck?</div>')}</div>
      <div class="thread"><div class="reply">${body('Thanks!')}</div></div>`;
    const [compose, reply] = findGmailComposers(document);
    expect(compose?.kind).toBe('compose');
    expect(compose?.subject?.value).toBe('Launch');
    expect(reply?.kind).toBe('reply');
    expect(reply?.subject).toBeNull();
  });

  it('reads subject and body as one email, leaving out the signature and quoted history', () => {
    document.body.innerHTML = `<div role="dialog"><input name="subjectbox" value="Q3 numbers">
      ${body('<div>Can you send them by Friday?</div><div class="gmail_signature">Bo</div><div class="gmail_quote">old</div>')}</div>`;
    const [target] = findGmailComposers(document);
    if (!target) throw new Error('no composer found');
    const composed = readComposer(target, gmailAdapter, document.body);
    expect(composed.text).toBe('Subject: Q3 numbers\n\nCan you send them by Friday?');
    expect(composed.parts.map((part) => part.base)).toEqual([9, 21]);
  });

  it('counts the subject and the body without the quoted history and the signature, as it reads them', () => {
    const quote = `<div class="gmail_quote"><div>On Monday Ana wrote:</div><blockquote class="gmail_quote">${'earlier words '.repeat(1000)}</blockquote></div>`;
    document.body.innerHTML = `<div role="dialog"><input name="subjectbox" value="Q3 numbers">
      ${body(`<div>Can you send them by Friday?</div><div data-smartmail="gmail_signature">Bo</div>${quote}`)}</div>`;
    const [target] = findGmailComposers(document);
    if (!target) throw new Error('no composer found');
    expect(composerLength(target, gmailAdapter)).toBe('Q3 numbers'.length + 'Can you send them by Friday?'.length);
  });

  it('reads the body alone when the subject is empty', () => {
    expect(emailText('  ', 'Hi')).toEqual({ text: 'Hi', bodyStart: 0, subjectStart: 0 });
  });
});
