// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { slackAdapter } from '../../lib/adapters/slack';
import { ComposerSession, LINT_DELAY_MS, LIVE_CHECK_LIMIT } from '../../lib/live/composer-session';
import type { Finding, LintResult } from '../../lib/types';
import { fakeLayout, fakeParagraphLayout, fakeScheduler, recordingOverlay, type FakeScheduler, type RecordingOverlay } from './fakes';

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

/** Lets a lint answer that is already settled reach the session. */
async function answersDelivered(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

/** A lint whose answer the test gives (or withholds) itself, to play a slow or silent background. */
function controlledLint(): {
  lint: (text: string) => Promise<LintResult>;
  requests: Array<{ text: string; answer: () => void; fail: () => void }>;
} {
  const requests: Array<{ text: string; answer: () => void; fail: () => void }> = [];
  return {
    requests,
    lint: (text) =>
      new Promise<LintResult>((resolve, reject) => {
        requests.push({ text, answer: () => resolve(stubLint(text)), fail: () => reject(new Error('Could not establish connection')) });
      }),
  };
}

describe('ComposerSession', () => {
  let restoreLayout: () => void;
  let scheduler: FakeScheduler;
  let overlay: RecordingOverlay;
  let editor: HTMLElement;
  let lint: ReturnType<typeof vi.fn<(text: string) => Promise<LintResult>>>;
  let resultChanged: ReturnType<typeof vi.fn<() => void>>;
  let session: ComposerSession;

  async function start(html: string, sessionLint: (text: string) => Promise<LintResult> = lint): Promise<void> {
    document.body.innerHTML = `<div data-qa="message_input"><div class="ql-editor" contenteditable="true">${html}</div></div>`;
    editor = document.querySelector('.ql-editor') as HTMLElement;
    session = new ComposerSession({
      target: { editor, kind: 'channel', subject: null },
      adapter: slackAdapter,
      overlay,
      scheduler,
      lint: sessionLint,
      ruleTitle: (ruleId) => `Title of ${ruleId}`,
      disableRule: vi.fn(),
      resultChanged,
    });
    await answersDelivered();
  }

  beforeEach(() => {
    restoreLayout = fakeLayout();
    scheduler = fakeScheduler();
    overlay = recordingOverlay();
    lint = vi.fn(async (text: string) => stubLint(text));
    resultChanged = vi.fn<() => void>();
  });

  afterEach(() => {
    session.destroy();
    restoreLayout();
    document.body.innerHTML = '';
  });

  it('lints a composer that opens with a draft once, and draws its score and underlines', async () => {
    await start('<p>Need this ASAP</p>');
    expect(lint).toHaveBeenCalledTimes(1);
    expect(overlay.model.score).toBe(90);
    expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language', start: 10, end: 14 }]);
    expect(overlay.model.underlines[0]?.boxes).toEqual([{ left: 100, top: 0, width: 40, height: 20 }]);
    expect(overlay.model.badge).not.toBeNull();
  });

  it('in a long draft, underlines only the findings within a screen of the visible text, and lists all of them in the panel', async () => {
    restoreLayout();
    restoreLayout = fakeParagraphLayout();
    // One "ASAP" per paragraph, 20 px apart; the editor shows 100 px, and a screen above and below it is drawn.
    await start(Array.from({ length: 40 }, (_, line) => `<p>Line ${line}: fix ASAP</p>`).join(''));
    expect(overlay.model.panelItems).toHaveLength(40);
    const lines = overlay.model.underlines.map((underline) => underline.boxes[0]?.top);
    expect(lines).toEqual(Array.from({ length: 11 }, (_, line) => 20 * line));
  });

  it('lints once, after the user pauses, however many edits came before', async () => {
    await start('<p>Hi</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    for (const word of [' can', ' you', ' ship', ' by 3pm']) {
      text.appendData(word);
      await mutationsDelivered();
      scheduler.advance(LINT_DELAY_MS - 1);
    }
    expect(lint).toHaveBeenCalledTimes(1);
    scheduler.advance(1);
    await answersDelivered();
    expect(lint).toHaveBeenCalledTimes(2);
    expect(lint).toHaveBeenLastCalledWith('Hi can you ship by 3pm');
    expect(overlay.model.underlines.map((underline) => underline.ruleId)).toEqual(['ambiguous-time']);
  });

  it('keeps underlines on their words while the user types before them, until the next lint', async () => {
    await start('<p>Ship ASAP</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    text.insertData(0, 'Please ');
    await mutationsDelivered();
    scheduler.flushFrames();
    expect(lint).toHaveBeenCalledTimes(1);
    expect(overlay.model.underlines).toMatchObject([{ start: 12, end: 16 }]);
  });

  it('drops an underline whose words are being edited, and brings it back at the next lint if it still holds', async () => {
    await start('<p>Ship ASAP now</p>');
    const text = editor.querySelector('p')?.firstChild as Text;
    text.insertData(7, 'X');
    await mutationsDelivered();
    scheduler.flushFrames();
    expect(overlay.model.underlines).toEqual([]);
    text.deleteData(7, 1);
    await mutationsDelivered();
    scheduler.advance(LINT_DELAY_MS);
    await answersDelivered();
    expect(overlay.model.underlines).toMatchObject([{ start: 5, end: 9 }]);
  });

  it('hides a dismissed finding, and keeps it hidden while the user keeps typing', async () => {
    await start('<p>Ship ASAP</p>');
    const key = overlay.model.underlines[0]?.key ?? '';
    overlay.actions.dismiss(key);
    expect(overlay.model.underlines).toEqual([]);
    expect(overlay.model.panelItems).toEqual([]);
    expect(overlay.model.dismissedCount).toBe(1);
    const text = editor.querySelector('p')?.firstChild as Text;
    text.appendData(' please');
    await mutationsDelivered();
    scheduler.advance(LINT_DELAY_MS);
    await answersDelivered();
    expect(lint).toHaveBeenCalledTimes(2);
    expect(overlay.model.underlines).toEqual([]);
    // The score stays the engine's score for the text: a dismissal hides, it does not rescore.
    expect(overlay.model.score).toBe(90);
  });

  it('applies a fix by selecting its range and inserting through the editor input path', async () => {
    await start('<p>Call at 3pm today</p>');
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

  it('refuses a fix whose words changed since the lint, and lints again instead', async () => {
    await start('<p>Call at 3pm today</p>');
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand as unknown as Document['execCommand'];
    const key = overlay.model.underlines[0]?.key ?? '';
    (editor.querySelector('p')?.firstChild as Text).replaceData(8, 3, '4pm');
    overlay.actions.apply(key);
    expect(execCommand).not.toHaveBeenCalled();
    expect(lint).toHaveBeenLastCalledWith('Call at 4pm today');
  });

  it('opens a card when flagged text is clicked and closes it on a click elsewhere', async () => {
    await start('<p>Ship ASAP</p>');
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 55, clientY: 10 }));
    expect(overlay.model.card?.finding.ruleId).toBe('urgent-language');
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 10 }));
    expect(overlay.model.card).toBeNull();
  });

  it('closes the card when the user presses anywhere outside the editor and the overlay', async () => {
    await start('<p>Ship ASAP</p>');
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 55, clientY: 10 }));
    expect(overlay.model.card).not.toBeNull();
    editor.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(overlay.model.card).not.toBeNull();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(overlay.model.card).toBeNull();
  });

  it('opens a card when the caret is moved into flagged text with the keyboard, and Escape closes it', async () => {
    await start('<p>Ship ASAP</p>');
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

  it('toggles the panel from the badge and lists every finding', async () => {
    await start('<p>ASAP: call at 3pm</p>');
    overlay.actions.togglePanel();
    expect(overlay.model.panelOpen).toBe(true);
    expect(overlay.model.panelItems.map((item) => item.ruleId)).toEqual(['urgent-language', 'ambiguous-time']);
    overlay.actions.togglePanel();
    expect(overlay.model.panelOpen).toBe(false);
  });

  it('stops observing and removes its overlay when destroyed', async () => {
    await start('<p>Ship</p>');
    session.destroy();
    expect(overlay.removed).toBe(true);
    (editor.querySelector('p')?.firstChild as Text).appendData(' ASAP');
    await mutationsDelivered();
    scheduler.advance(LINT_DELAY_MS);
    await answersDelivered();
    expect(lint).toHaveBeenCalledTimes(1);
  });

  describe('with a draft longer than it checks as you type', () => {
    /** A pasted log: one line of more characters than the limit. */
    const pastedLog = 'x'.repeat(LIVE_CHECK_LIMIT + 1);

    async function paste(): Promise<Text> {
      const pasted = document.createElement('p');
      pasted.textContent = pastedLog;
      editor.append(pasted);
      await mutationsDelivered();
      scheduler.flushFrames();
      return pasted.firstChild as Text;
    }

    it('clears the underlines and the score, lints nothing, and says why', async () => {
      await start('<p>Ship ASAP</p>');
      expect(overlay.model.underlines).toHaveLength(1);
      resultChanged.mockClear();
      await paste();
      const length = 'Ship ASAP'.length + pastedLog.length;
      expect(overlay.model).toMatchObject({ tooLong: { length, limit: LIVE_CHECK_LIMIT }, score: null, underlines: [], panelItems: [], clip: null });
      expect(overlay.model.badge).not.toBeNull();
      // The toolbar badge is told there is no score any more.
      expect(resultChanged).toHaveBeenCalledTimes(1);
      // The popup is told the same.
      expect(session.snapshot()).toMatchObject({ tooLong: { length, limit: LIVE_CHECK_LIMIT }, score: null, findings: [] });
      scheduler.advance(LINT_DELAY_MS);
      await answersDelivered();
      expect(lint).toHaveBeenCalledTimes(1);
    });

    it('keeps the notice up to date and lints nothing while the user types on, or the settings change', async () => {
      await start('<p>Ship ASAP</p>');
      const pasted = await paste();
      pasted.appendData(' ASAP');
      await mutationsDelivered();
      scheduler.advance(LINT_DELAY_MS);
      scheduler.flushFrames();
      session.relint();
      await answersDelivered();
      expect(lint).toHaveBeenCalledTimes(1);
      expect(overlay.model.tooLong?.length).toBe('Ship ASAP'.length + pastedLog.length + ' ASAP'.length);
      expect(overlay.model.underlines).toEqual([]);
    });

    it('checks the draft again by itself once it is short enough', async () => {
      await start('<p>Ship ASAP</p>');
      const pasted = await paste();
      expect(overlay.model.tooLong).not.toBeNull();
      pasted.parentElement?.remove();
      await mutationsDelivered();
      scheduler.flushFrames();
      expect(overlay.model.tooLong).toBeNull();
      expect(session.snapshot().tooLong).toBeNull();
      scheduler.advance(LINT_DELAY_MS);
      await answersDelivered();
      expect(lint).toHaveBeenCalledTimes(2);
      expect(lint).toHaveBeenLastCalledWith('Ship ASAP');
      expect(overlay.model.score).toBe(90);
      expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language', start: 5, end: 9 }]);
    });

    it('shows the notice, and never lints, for a composer that opens with a draft too long', async () => {
      await start(`<p>${pastedLog}</p>`);
      expect(lint).not.toHaveBeenCalled();
      scheduler.flushFrames();
      expect(overlay.model.tooLong).toEqual({ length: pastedLog.length, limit: LIVE_CHECK_LIMIT });
      expect(overlay.model.score).toBeNull();
    });

    it('drops the answer to a lint sent before the paste, and lints again only once the paste is gone', async () => {
      const background = controlledLint();
      await start('<p>Ship ASAP</p>', background.lint);
      const pasted = await paste();
      background.requests[0]?.answer();
      await answersDelivered();
      expect(overlay.model).toMatchObject({ score: null, underlines: [], tooLong: { limit: LIVE_CHECK_LIMIT } });
      expect(background.requests).toHaveLength(1);
      pasted.parentElement?.remove();
      await mutationsDelivered();
      scheduler.advance(LINT_DELAY_MS);
      background.requests[1]?.answer();
      await answersDelivered();
      expect(background.requests.map((request) => request.text)).toEqual(['Ship ASAP', 'Ship ASAP']);
      expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language' }]);
    });
  });

  describe('with the lint answered asynchronously by the background', () => {
    let background: ReturnType<typeof controlledLint>;

    beforeEach(() => {
      background = controlledLint();
    });

    function firstText(): Text {
      return editor.querySelector('p')?.firstChild as Text;
    }

    async function answer(index: number): Promise<void> {
      background.requests[index]?.answer();
      await answersDelivered();
    }

    it('draws nothing until the answer comes, then draws it', async () => {
      await start('<p>Ship ASAP</p>', background.lint);
      expect(session.snapshot()).toMatchObject({ score: null, findings: [] });
      await answer(0);
      expect(overlay.model.score).toBe(90);
      expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language', start: 5, end: 9 }]);
    });

    it('keeps the findings of an answer for an older text that the edit since did not touch', async () => {
      await start('<p>Ship ASAP, call at 3pm</p>', background.lint);
      firstText().replaceData(firstText().length - 3, 3, '4pm');
      await mutationsDelivered();
      await answer(0);
      expect(background.requests[0]?.text).toBe('Ship ASAP, call at 3pm');
      // "3pm" was rewritten, so its finding waits for the next lint; "ASAP" is still there.
      expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language', start: 5, end: 9 }]);
      expect(overlay.model.score).toBe(80);
    });

    it('keeps one lint pending at a time, and lints the latest text once it answers', async () => {
      await start('<p>Ship</p>', background.lint);
      for (const word of [' it', ' ASAP']) {
        firstText().appendData(word);
        await mutationsDelivered();
        scheduler.advance(LINT_DELAY_MS);
      }
      expect(background.requests.map((request) => request.text)).toEqual(['Ship']);
      await answer(0);
      expect(background.requests.map((request) => request.text)).toEqual(['Ship', 'Ship it ASAP']);
      await answer(1);
      expect(overlay.model.underlines).toMatchObject([{ ruleId: 'urgent-language', start: 8, end: 12 }]);
    });

    it('drops an answer computed before the settings changed, and shows the one computed after', async () => {
      await start('<p>Ship ASAP</p>', background.lint);
      session.relint();
      await answer(0);
      expect(session.snapshot().score).toBeNull();
      expect(background.requests).toHaveLength(2);
      await answer(1);
      expect(overlay.model.score).toBe(90);
    });

    it('ignores an answer that comes after the session was destroyed', async () => {
      await start('<p>Ship ASAP</p>', background.lint);
      const render = vi.spyOn(overlay, 'render');
      session.destroy();
      await answer(0);
      expect(render).not.toHaveBeenCalled();
      expect(session.snapshot().score).toBeNull();
    });

    it('leaves the findings as they were when the background does not answer, warns, and asks again at the next change', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const error = vi.spyOn(console, 'error');
      try {
        await start('<p>Ship ASAP</p>', background.lint);
        await answer(0);
        const before = overlay.model;
        firstText().appendData('!');
        await mutationsDelivered();
        scheduler.advance(LINT_DELAY_MS);
        background.requests[1]?.fail();
        await answersDelivered();
        expect(overlay.model.score).toBe(before.score);
        expect(overlay.model.underlines).toEqual(before.underlines);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(error).not.toHaveBeenCalled();
        firstText().appendData(' 3pm');
        await mutationsDelivered();
        scheduler.advance(LINT_DELAY_MS);
        await answer(2);
        expect(background.requests[2]?.text).toBe('Ship ASAP! 3pm');
        expect(overlay.model.underlines.map((underline) => underline.ruleId)).toEqual(['urgent-language', 'ambiguous-time']);
      } finally {
        warn.mockRestore();
        error.mockRestore();
      }
    });

    it('applies the fix of an answer moved onto edited text at the fix\'s new place', async () => {
      await start('<p>Call at 3pm</p>', background.lint);
      firstText().insertData(0, 'Hi! ');
      await mutationsDelivered();
      await answer(0);
      const execCommand = vi.fn((_command: string, _ui: boolean, _value: string) => {
        expect(document.getSelection()?.toString()).toBe('3pm');
        return true;
      });
      document.execCommand = execCommand as unknown as Document['execCommand'];
      overlay.actions.apply(overlay.model.underlines[0]?.key ?? '');
      expect(execCommand).toHaveBeenCalledWith('insertText', false, '3pm CET');
    });
  });
});
