// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { slackAdapter } from '../../lib/adapters/slack';
import { ComposerSession, LINT_DELAY_MS } from '../../lib/live/composer-session';
import type { Finding, LintResult } from '../../lib/types';
import { fakeLayout, fakeScheduler, recordingOverlay, type FakeScheduler, type RecordingOverlay } from './fakes';

/** A stand-in engine: flags every "ASAP" (no fix) and every "3pm" (fix: add the zone). */
function stubLint(text: string): LintResult {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/ASAP|3pm/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const finding: Finding = {
      ruleId: match[0] === 'ASAP' ? 'urgent-language' : 'ambiguous-time',
      severity: 'warning',
      start,
      end,
      message: `flagged ${match[0]}`,
      suggestion: 'say when',
      messageLevel: false,
    };
    if (match[0] === '3pm') finding.fix = { start, end, replacement: '3pm CET' };
    findings.push(finding);
  }
  return { score: 100 - 10 * findings.length, findings, breakdown: [] };
}

async function mutationsDelivered(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
}

describe('ComposerSession', () => {
  let restoreLayout: () => void;
  let scheduler: FakeScheduler;
  let overlay: RecordingOverlay;
  let editor: HTMLElement;
  let lint: ReturnType<typeof vi.fn<(text: string) => LintResult>>;
  let session: ComposerSession;

  function start(html: string): void {
    document.body.innerHTML = `<div data-qa="message_input"><div class="ql-editor" contenteditable="true">${html}</div></div>`;
    editor = document.querySelector('.ql-editor') as HTMLElement;
    session = new ComposerSession({
      target: { editor, kind: 'channel', subject: null },
      adapter: slackAdapter,
      overlay,
      scheduler,
      lint,
      ruleTitle: (ruleId) => `Title of ${ruleId}`,
      disableRule: vi.fn(),
    });
  }

  beforeEach(() => {
    restoreLayout = fakeLayout();
    scheduler = fakeScheduler();
    overlay = recordingOverlay();
    lint = vi.fn(stubLint);
  });

  afterEach(() => {
    session.destroy();
    restoreLayout();
    document.body.innerHTML = '';
  });

  it('lints a composer that opens with a draft once, and draws its score and underlines', () => {
    start('<p>Need this ASAP</p>');
    expect(lint).toHaveBeenCalledTimes(1);
    expect(overlay.model.score).toBe(90);
    expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language', start: 10, end: 14 }]);
    expect(overlay.model.underlines[0]?.boxes).toEqual([{ left: 100, top: 0, width: 40, height: 20 }]);
    expect(overlay.model.badge).not.toBeNull();
  });

  it('lints once, after the user pauses, however many edits came before', async () => {
    start('<p>Hi</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    for (const word of [' can', ' you', ' ship', ' by 3pm']) {
      text.appendData(word);
      await mutationsDelivered();
      scheduler.advance(LINT_DELAY_MS - 1);
    }
    expect(lint).toHaveBeenCalledTimes(1);
    scheduler.advance(1);
    expect(lint).toHaveBeenCalledTimes(2);
    expect(lint).toHaveBeenLastCalledWith('Hi can you ship by 3pm');
    expect(overlay.model.underlines.map((underline) => underline.ruleId)).toEqual(['ambiguous-time']);
  });

  it('keeps underlines on their words while the user types before them, until the next lint', async () => {
    start('<p>Ship ASAP</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    text.insertData(0, 'Please ');
    await mutationsDelivered();
    scheduler.flushFrames();
    expect(lint).toHaveBeenCalledTimes(1);
    expect(overlay.model.underlines).toMatchObject([{ start: 12, end: 16 }]);
  });

  it('drops an underline whose words are being edited, and brings it back at the next lint if it still holds', async () => {
    start('<p>Ship ASAP now</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    text.insertData(7, 'X');
    await mutationsDelivered();
    scheduler.flushFrames();
    expect(overlay.model.underlines).toEqual([]);
    text.deleteData(7, 1);
    await mutationsDelivered();
    scheduler.advance(LINT_DELAY_MS);
    expect(overlay.model.underlines).toMatchObject([{ start: 5, end: 9 }]);
  });

  it('hides a dismissed finding, and keeps it hidden while the user keeps typing', async () => {
    start('<p>Ship ASAP</p>');
    const key = overlay.model.underlines[0]?.key ?? '';
    overlay.actions.dismiss(key);
    expect(overlay.model.underlines).toEqual([]);
    expect(overlay.model.panelItems).toEqual([]);
    expect(overlay.model.dismissedCount).toBe(1);
    const text = editor.querySelector('p')?.firstChild as Text;
    text.appendData(' please');
    await mutationsDelivered();
    scheduler.advance(LINT_DELAY_MS);
    expect(lint).toHaveBeenCalledTimes(2);
    expect(overlay.model.underlines).toEqual([]);
    // The score stays the engine's score for the text: a dismissal hides, it does not rescore.
    expect(overlay.model.score).toBe(90);
  });

  it('applies a fix by selecting its range and inserting through the editor input path', () => {
    start('<p>Call at 3pm today</p>');
    const execCommand = vi.fn((_command: string, _ui: boolean, _value: string) => {
      expect(document.getSelection()?.toString()).toBe('3pm');
      return true;
    });
    document.execCommand = execCommand as unknown as Document['execCommand'];
    const key = overlay.model.underlines[0]?.key ?? '';
    overlay.actions.openCard(key);
    expect(overlay.model.card?.finding).toMatchObject({ ruleId: 'ambiguous-time', hasFix: true, title: 'Title of ambiguous-time' });
    overlay.actions.apply(key);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, '3pm CET');
    expect(overlay.model.card).toBeNull();
  });

  it('refuses a fix whose words changed since the lint, and lints again instead', () => {
    start('<p>Call at 3pm today</p>');
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand as unknown as Document['execCommand'];
    const key = overlay.model.underlines[0]?.key ?? '';
    (editor.querySelector('p')?.firstChild as Text).replaceData(8, 3, '4pm');
    overlay.actions.apply(key);
    expect(execCommand).not.toHaveBeenCalled();
    expect(lint).toHaveBeenLastCalledWith('Call at 4pm today');
  });

  it('opens a card when flagged text is clicked and closes it on a click elsewhere', () => {
    start('<p>Ship ASAP</p>');
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 55, clientY: 10 }));
    expect(overlay.model.card?.finding.ruleId).toBe('urgent-language');
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 10 }));
    expect(overlay.model.card).toBeNull();
  });

  it('closes the card when the user presses anywhere outside the editor and the overlay', () => {
    start('<p>Ship ASAP</p>');
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 55, clientY: 10 }));
    expect(overlay.model.card).not.toBeNull();
    editor.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(overlay.model.card).not.toBeNull();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(overlay.model.card).toBeNull();
  });

  it('opens a card when the caret is moved into flagged text with the keyboard, and Escape closes it', () => {
    start('<p>Ship ASAP</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    editor.focus();
    document.getSelection()?.collapse(text, 6);
    editor.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', bubbles: true }));
    expect(overlay.model.card?.finding.ruleId).toBe('urgent-language');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    editor.dispatchEvent(escape);
    expect(overlay.model.card).toBeNull();
    expect(escape.defaultPrevented).toBe(true);
  });

  it('toggles the panel from the badge and lists every finding', () => {
    start('<p>ASAP: call at 3pm</p>');
    overlay.actions.togglePanel();
    expect(overlay.model.panelOpen).toBe(true);
    expect(overlay.model.panelItems.map((item) => item.ruleId)).toEqual(['urgent-language', 'ambiguous-time']);
    overlay.actions.togglePanel();
    expect(overlay.model.panelOpen).toBe(false);
  });

  it('stops observing and removes its overlay when destroyed', async () => {
    start('<p>Ship</p>');
    session.destroy();
    expect(overlay.removed).toBe(true);
    (editor.querySelector('p')?.firstChild as Text).appendData(' ASAP');
    await mutationsDelivered();
    scheduler.advance(LINT_DELAY_MS);
    expect(lint).toHaveBeenCalledTimes(1);
  });
});
