// Gmail: every compose window, pop-out and inline reply has a rich-text body; a new message also
// has a subject field, linted with the body as one email. Quoted history and the signature are the
// writer's earlier words or boilerplate, so they are left out of the text.
import type { ComposerTarget, SiteAdapter } from './types';

const BODY_SELECTOR = 'div[g_editable="true"][contenteditable="true"][role="textbox"]';
const SUBJECT_SELECTOR = 'input[name="subjectbox"]';

const QUOTE_OR_SIGNATURE = [
  '.gmail_quote',
  '.gmail_quote_container',
  '.gmail_signature',
  '.gmail_signature_prefix',
  '[data-smartmail="gmail_signature"]',
].join(', ');

/**
 * The subject of the compose window that holds `body`: the nearest ancestor with a subject field,
 * unless that ancestor already holds another body (then the body is an inline reply, which has none).
 */
function subjectFor(body: HTMLElement): HTMLInputElement | null {
  for (let ancestor = body.parentElement; ancestor && ancestor !== body.ownerDocument.body; ancestor = ancestor.parentElement) {
    const bodies = ancestor.querySelectorAll(BODY_SELECTOR);
    if (bodies.length > 1) return null;
    const subject = ancestor.querySelector<HTMLInputElement>(SUBJECT_SELECTOR);
    if (subject) return subject;
  }
  return null;
}

export function findGmailComposers(document: Document): ComposerTarget[] {
  return Array.from(document.querySelectorAll<HTMLElement>(BODY_SELECTOR)).map((editor) => {
    const subject = subjectFor(editor);
    return { editor, kind: subject ? 'compose' : 'reply', subject };
  });
}

/** The text of one email as the engine reads it: a "Subject:" line and a blank line before the body, when there is a subject. */
export function emailText(subject: string, body: string): { text: string; bodyStart: number; subjectStart: number } {
  if (subject.trim() === '') return { text: body, bodyStart: 0, subjectStart: 0 };
  const prefix = 'Subject: ';
  const head = `${prefix}${subject}\n\n`;
  return { text: head + body, bodyStart: head.length, subjectStart: prefix.length };
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  channel: 'email',
  findComposers: findGmailComposers,
  // One selector for both, so the text left out and the text left out of the count cannot drift apart.
  textMapOptions: { skip: (element) => element.matches(QUOTE_OR_SIGNATURE), skipSelector: QUOTE_OR_SIGNATURE },
};
