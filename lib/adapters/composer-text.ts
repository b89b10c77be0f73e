// Reads a composer's current text: the body alone, or for an email with a subject, the subject and
// the body as the one message the engine and the CLI read ("Subject: …", a blank line, the body).
import { emailText } from './gmail';
import { fieldSurface, richTextSurface, type ComposedText, type Surface } from './surface';
import type { ComposerTarget, SiteAdapter } from './types';

function isTextField(element: HTMLElement): element is HTMLInputElement | HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

function bodySurface(target: ComposerTarget, adapter: SiteAdapter, mirrorParent: HTMLElement): Surface {
  const { editor } = target;
  return isTextField(editor) ? fieldSurface(editor, mirrorParent) : richTextSurface(editor, adapter.textMapOptions);
}

/**
 * Trailing blank lines (the empty lines an editor keeps before a signature, an Enter not yet
 * followed by text) are not part of the message; dropping them moves no offset.
 * @param mirrorParent where form fields are mirrored for measuring: an element the extension owns.
 */
export function readComposer(target: ComposerTarget, adapter: SiteAdapter, mirrorParent: HTMLElement): ComposedText {
  const body = bodySurface(target, adapter, mirrorParent);
  if (!target.subject) return { text: body.text.trimEnd(), parts: [{ surface: body, base: 0 }] };
  const subject = fieldSurface(target.subject, mirrorParent);
  const email = emailText(subject.text, body.text);
  if (email.bodyStart === 0) return { text: body.text.trimEnd(), parts: [{ surface: body, base: 0 }] };
  return {
    text: email.text.trimEnd(),
    parts: [
      { surface: subject, base: email.subjectStart },
      { surface: body, base: email.bodyStart },
    ],
  };
}

/** The characters of a rich-text body, less those of the elements the text map skips. */
function richTextLength(editor: HTMLElement, skipSelector: string | undefined): number {
  let length = editor.textContent?.length ?? 0;
  if (!skipSelector) return length;
  for (const skipped of editor.querySelectorAll(skipSelector)) {
    // A skipped element inside another one was discounted with it.
    if (!skipped.parentElement?.closest(skipSelector)) length -= skipped.textContent?.length ?? 0;
  }
  return length;
}

/**
 * About as many characters as `readComposer` would read, counted by the browser itself without
 * walking the DOM in script: `textContent` of a 1 MB Quill draft takes ~4 ms in Chromium, reading
 * it ~20 ms. It counts neither the line breaks the text map writes between blocks nor the
 * "Subject:" heading, so it falls short of the read text's length by about one character a line.
 */
export function composerLength(target: ComposerTarget, adapter: SiteAdapter): number {
  const { editor, subject } = target;
  const body = isTextField(editor) ? editor.value.length : richTextLength(editor, adapter.textMapOptions.skipSelector);
  return body + (subject?.value.length ?? 0);
}
