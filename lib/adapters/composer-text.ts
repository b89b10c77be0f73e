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
