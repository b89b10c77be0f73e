// The extension in a real Chromium on the Slack fixture (the real Quill 2 editor in Slack's markup):
// underlines on the right characters, the badge's score, the panel, the card's actions, and
// composers that come and go.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { draftAnswerSchema } from '../../lib/extension/protocol';
import { lint } from '../../lib/lint';
import { LIVE_CHECK_LIMIT } from '../../lib/live/composer-session';
import { TIMING_MARKS } from '../../lib/live/timing';
import type { Finding } from '../../lib/types';
import { tooLongExplanation } from '../../lib/ui/model';
import {
  activeTabId,
  badgeText,
  cliScore,
  E2E_TIME_ZONE,
  eventually,
  expectBoxesClose,
  extensionListenerTypes,
  messageContentScripts,
  openExtensionPage,
  readOverlays,
  setSettings,
  storedSettings,
  textBoxes,
  useComposerPage,
  type Box,
  type Browser,
} from './harness';

const SLACK_URL = 'https://app.slack.com/client/T0ACME/C0GENERAL';
const CHANNEL_EDITOR = '[data-qa="message_input"] .ql-editor';
/** An ask with a clock time and no zone: the engine flags the time and offers a zone fix. */
const ASK_WITH_TIME = 'Can you send me the Q3 numbers by 3pm tomorrow? I need them for the board deck.';

function engine(text: string) {
  return lint(text, { channel: 'slack', timeZone: E2E_TIME_ZONE });
}

async function quillText(page: Page, composer: 'channel' | 'thread' | 'edit'): Promise<string> {
  // Quill always ends its text with a newline the user did not type.
  return page.evaluate((name) => (window as unknown as { fixture: { composers: Record<string, { getText(): string }> } }).fixture.composers[name]?.getText().replace(/\n$/, '') ?? '', composer);
}

async function underlinesFor(page: Page, composerIndex = 0) {
  const overlays = await readOverlays(page);
  return overlays[composerIndex]?.underlines ?? [];
}

function center(box: Box): { x: number; y: number } {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Waits until the overlay shows exactly the engine's findings for the text. */
async function waitForFindings(page: Page, text: string, composerIndex = 0): Promise<Finding[]> {
  const expected = engine(text).findings.filter((finding) => finding.end > finding.start);
  await eventually(async () => {
    const shown = await underlinesFor(page, composerIndex);
    expect(shown.map(({ ruleId, start, end }) => ({ ruleId, start, end }))).toEqual(
      expected.map(({ ruleId, start, end }) => ({ ruleId, start, end })),
    );
  });
  return expected;
}

describe('Slack', () => {
  let browser: Browser;
  let page: Page;
  useComposerPage(SLACK_URL, 'channel', (opened) => ({ browser, page } = opened));

  it('attaches to the channel composer only, never to the search box', async () => {
    await page.click('[aria-label="Query"]');
    await page.keyboard.type('launch checklist ASAP');
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    await waitForFindings(page, ASK_WITH_TIME);
    const overlays = await readOverlays(page);
    expect(overlays.map((overlay) => overlay.composer)).toEqual(['channel']);
  });

  it('underlines exactly the flagged characters and shows the engine score on the badge', async () => {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    expect(await quillText(page, 'channel')).toBe(ASK_WITH_TIME);
    const findings = await waitForFindings(page, ASK_WITH_TIME);
    expect(findings.length).toBeGreaterThan(0);
    for (const underline of await underlinesFor(page)) {
      expectBoxesClose(underline.segments, await textBoxes(page, CHANNEL_EDITOR, underline.start, underline.end));
    }
    const [overlay] = await readOverlays(page);
    const score = cliScore(ASK_WITH_TIME, 'slack');
    expect(overlay?.score).toBe(score);
    expect(overlay?.badgeLabel).toBe(`Clarity score ${score}`);
    await expect(page.getByRole('button', { name: `Clarity score ${score}` }).count()).resolves.toBe(1);
  });

  it('keeps underlines on the right characters after emoji', async () => {
    const text = 'Launch 🚀 moved 🙏 can you send me the Q3 numbers by 3pm tomorrow?';
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(text);
    expect(await quillText(page, 'channel')).toBe(text);
    await waitForFindings(page, text);
    const underlines = await underlinesFor(page);
    expect(underlines.some((underline) => underline.start > text.indexOf('🙏'))).toBe(true);
    for (const underline of underlines) {
      expectBoxesClose(underline.segments, await textBoxes(page, CHANNEL_EDITOR, underline.start, underline.end));
    }
  });

  it('keeps underlines on their characters across a line wrap, after the editor scrolls and after the window resizes', async () => {
    await page.setViewportSize({ width: 700, height: 800 });
    const lines = [
      ASK_WITH_TIME,
      'Background: the board moved the review up a week, so the numbers have to be final before the deck goes out.',
      'Thanks!',
      'Ana',
      'PS: the template is the same as last quarter.',
      'Can we hop on a quick call later today to go over the details of the launch plan and the open questions?',
    ];
    await page.click(CHANNEL_EDITOR);
    for (const [index, line] of lines.entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    const text = lines.join('\n');
    await waitForFindings(page, text);
    const measureAll = async () => {
      for (const underline of await underlinesFor(page)) {
        const expected = await textBoxes(page, CHANNEL_EDITOR, underline.start, underline.end);
        expectBoxesClose(underline.segments, expected);
      }
    };
    await measureAll();
    // At this width some flagged phrase wraps: its underline has boxes on two lines.
    const wrapped = (await underlinesFor(page)).some((underline) => underline.segments.some((box) => box.top !== underline.segments[0]?.top));
    expect(wrapped).toBe(true);
    // Typing past the composer's height scrolled it; scroll back to the top and measure again.
    expect(await page.locator(CHANNEL_EDITOR).evaluate((editor) => editor.scrollTop)).toBeGreaterThan(0);
    await page.locator(CHANNEL_EDITOR).evaluate((editor) => {
      editor.scrollTop = 0;
    });
    await eventually(measureAll);
    // A wider window rewraps the text: the underlines follow.
    await page.setViewportSize({ width: 1000, height: 800 });
    await eventually(measureAll);
  });

  it('lists every finding in the panel, message-level ones included, and closes it with Escape', async () => {
    const text = 'hi, got a minute?';
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(text);
    const { score, findings } = engine(text);
    await eventually(async () => expect((await readOverlays(page))[0]?.score).toBe(score));
    await page.getByRole('button', { name: `Clarity score ${score}` }).click();
    const panel = page.getByRole('dialog');
    await expect(panel.count()).resolves.toBe(1);
    const listed = await panel.locator('[data-rule-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule-id')));
    expect(listed).toEqual(findings.map((finding) => finding.ruleId));
    expect(findings.some((finding) => finding.messageLevel)).toBe(true);
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
    // Focus is back in the editor: typing goes on in the message.
    await page.keyboard.type(' thanks');
    expect(await quillText(page, 'channel')).toBe(`${text} thanks`);
  });

  async function openCardOfFixableFinding(): Promise<Finding & { fix: NonNullable<Finding['fix']> }> {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    const findings = await waitForFindings(page, ASK_WITH_TIME);
    const fixable = findings.find((finding): finding is Finding & { fix: NonNullable<Finding['fix']> } => finding.fix !== undefined);
    if (!fixable) throw new Error(`the engine offers no fix for: ${ASK_WITH_TIME}`);
    const [box] = await textBoxes(page, CHANNEL_EDITOR, fixable.start, fixable.end);
    if (!box) throw new Error('flagged text not on screen');
    await page.mouse.click(center(box).x, center(box).y);
    const card = page.getByRole('dialog');
    await expect(card.getAttribute('data-rule-id')).resolves.toBe(fixable.ruleId);
    return fixable;
  }

  it('applies a fix through Quill: the caret ends after it and typing continues', async () => {
    const fixable = await openCardOfFixableFinding();
    await page.locator('[data-action="apply"]').click();
    const fixed = ASK_WITH_TIME.slice(0, fixable.fix.start) + fixable.fix.replacement + ASK_WITH_TIME.slice(fixable.fix.end);
    await eventually(async () => expect(await quillText(page, 'channel')).toBe(fixed));
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await page.keyboard.type('!');
    const at = fixable.fix.start + fixable.fix.replacement.length;
    expect(await quillText(page, 'channel')).toBe(`${fixed.slice(0, at)}!${fixed.slice(at)}`);
    await page.keyboard.press('Backspace');
    expect(await quillText(page, 'channel')).toBe(fixed);
  });

  it('keeps Slack formatting around an applied fix', async () => {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type('Can you send me the ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Q3 numbers');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' by 3pm tomorrow? I need them for the board deck.');
    const text = await quillText(page, 'channel');
    const findings = await waitForFindings(page, text);
    const fixable = findings.find((finding) => finding.fix !== undefined);
    if (!fixable?.fix) throw new Error(`the engine offers no fix for: ${text}`);
    const [box] = await textBoxes(page, CHANNEL_EDITOR, fixable.start, fixable.end);
    if (!box) throw new Error('flagged text not on screen');
    await page.mouse.click(center(box).x, center(box).y);
    await page.locator('[data-action="apply"]').click();
    const fixed = text.slice(0, fixable.fix.start) + fixable.fix.replacement + text.slice(fixable.fix.end);
    await eventually(async () => expect(await quillText(page, 'channel')).toBe(fixed));
    await expect(page.locator(`${CHANNEL_EDITOR} strong`).textContent()).resolves.toBe('Q3 numbers');
  });

  it('undoes an applied fix with one Ctrl+Z, restoring the exact text', async () => {
    const fixable = await openCardOfFixableFinding();
    // Quill merges edits made within one second into one undo step; a user reads the card first.
    await page.waitForTimeout(1100);
    await page.locator('[data-action="apply"]').click();
    await eventually(async () => expect(await quillText(page, 'channel')).toContain(fixable.fix.replacement));
    await page.keyboard.press('Control+z');
    expect(await quillText(page, 'channel')).toBe(ASK_WITH_TIME);
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    expect(await quillText(page, 'channel')).toBe(`${ASK_WITH_TIME} Thanks!`);
  });

  it('dismisses a finding for this draft, and it stays hidden while the user keeps typing', async () => {
    const fixable = await openCardOfFixableFinding();
    await page.locator('[data-action="dismiss"]').click();
    const hidden = async () => {
      const shown = await underlinesFor(page);
      expect(shown.some((underline) => underline.ruleId === fixable.ruleId && underline.start === fixable.start)).toBe(false);
    };
    await eventually(hidden);
    await page.keyboard.press('End');
    await page.keyboard.type(' Thanks!');
    await eventually(async () => expect((await readOverlays(page))[0]?.score).toBe(engine(`${ASK_WITH_TIME} Thanks!`).score));
    await hidden();
  });

  it('turns a rule off everywhere from its card', async () => {
    const fixable = await openCardOfFixableFinding();
    await page.locator('[data-action="disable-rule"]').click();
    await eventually(async () => expect((await underlinesFor(page)).map((underline) => underline.ruleId)).not.toContain(fixable.ruleId));
    expect(await storedSettings(browser)).toMatchObject({ rules: { [fixable.ruleId]: { enabled: false } } });
    // A composer opened afterwards lints without the rule too.
    await page.evaluate(() => (window as unknown as { fixture: { openThread(): void } }).fixture.openThread());
    await page.click('[data-qa="threads_flexpane"] .ql-editor');
    await page.keyboard.type(ASK_WITH_TIME);
    await eventually(async () => {
      const thread = (await readOverlays(page)).find((overlay) => overlay.composer === 'thread');
      expect(thread?.score).not.toBeNull();
      expect(thread?.underlines.map((underline) => underline.ruleId)).not.toContain(fixable.ruleId);
    });
  });

  it('attaches to thread and edit composers, and lints an edit that opens with text', async () => {
    const draft = 'Quick update: the deploy is done.';
    await page.evaluate((text) => {
      const { fixture } = window as unknown as { fixture: { openThread(): void; openEdit(text: string): void } };
      fixture.openThread();
      fixture.openEdit(text);
    }, draft);
    await eventually(async () => {
      const overlays = await readOverlays(page);
      expect(overlays.map((overlay) => overlay.composer).sort()).toEqual(['channel', 'edit', 'thread']);
      expect(overlays.find((overlay) => overlay.composer === 'edit')?.score).toBe(engine(draft).score);
    });
  });

  it('re-attaches after navigating away and back, without duplicates, and cleans up what left', async () => {
    const fixture = (call: string) => page.evaluate((name) => {
      const { fixture } = window as unknown as { fixture: Record<string, (arg?: string) => void> };
      fixture[name]?.('random');
    }, call);
    await fixture('openThread');
    await eventually(async () => expect((await readOverlays(page)).length).toBe(2));
    await fixture('leaveChannel');
    await fixture('closeThread');
    await eventually(async () => expect((await readOverlays(page)).length).toBe(0));
    await fixture('openChannel');
    await fixture('openChannel');
    await eventually(async () => expect((await readOverlays(page)).map((overlay) => overlay.composer)).toEqual(['channel']));
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    await waitForFindings(page, ASK_WITH_TIME);
  });

  it('removing the composer removes its overlay and listeners, and a new composer gets exactly one overlay', async () => {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    await waitForFindings(page, ASK_WITH_TIME);
    // Kept in the page so that it can still be reached once Slack has dropped it.
    await page.evaluate((selector) => {
      (window as unknown as { removedEditor: Element | null }).removedEditor = document.querySelector(selector);
    }, CHANNEL_EDITOR);
    /** Types into the editor behind Quill's back (a text node and an input event): true when the session marked a content change. */
    const editorReacts = () =>
      page.evaluate(async (changeMark) => {
        const lastChange = () => performance.getEntriesByName(changeMark).at(-1)?.startTime ?? null;
        const before = lastChange();
        const editor = (window as unknown as { removedEditor: HTMLElement }).removedEditor;
        editor.append(' one more thing');
        editor.dispatchEvent(new Event('input', { bubbles: true }));
        // Mutation observers hear of the edit after this task: let it end.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return lastChange() !== before;
      }, TIMING_MARKS.change);
    const listenersOnEditor = await extensionListenerTypes(page, 'window.removedEditor');
    const listenersOnDocument = await extensionListenerTypes(page, 'document');
    const listenersOnWindow = await extensionListenerTypes(page, 'window');
    expect(listenersOnEditor).toContain('input');
    expect(await editorReacts()).toBe(true);

    // Slack empties the channel slot when the user leaves for another view.
    await page.evaluate(() => (window as unknown as { fixture: { leaveChannel(): void } }).fixture.leaveChannel());
    await eventually(async () => expect(await page.locator('async-lint-ui').count()).toBe(0));
    expect(await extensionListenerTypes(page, 'window.removedEditor')).toEqual([]);
    expect(await editorReacts()).toBe(false);
    // The popup no longer gets the removed composer's draft.
    expect(await messageContentScripts(browser, { type: 'get-draft' })).toEqual([{ site: 'slack', draft: null }]);

    await page.evaluate(() => (window as unknown as { fixture: { openChannel(name: string): void } }).fixture.openChannel('random'));
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    await waitForFindings(page, ASK_WITH_TIME);
    expect((await readOverlays(page)).map((overlay) => overlay.composer)).toEqual(['channel']);
    // The new composer's session listens where the old one did, and nothing of the old one's is left.
    expect(await extensionListenerTypes(page, 'document')).toEqual(listenersOnDocument);
    expect(await extensionListenerTypes(page, 'window')).toEqual(listenersOnWindow);
    expect(await extensionListenerTypes(page, 'window.removedEditor')).toEqual([]);
  });

  it('opens a card when the caret is moved into flagged text, and Escape closes it with focus kept in the editor', async () => {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    const findings = await waitForFindings(page, ASK_WITH_TIME);
    const target = findings.find((finding) => !finding.messageLevel);
    if (!target) throw new Error(`no phrase-level finding in: ${ASK_WITH_TIME}`);
    const inside = target.start + 1;
    for (let offset = ASK_WITH_TIME.length; offset > inside; offset -= 1) await page.keyboard.press('ArrowLeft');
    const card = page.getByRole('dialog');
    await eventually(async () => expect(await card.getAttribute('data-rule-id')).toBe(target.ruleId));
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
    await page.keyboard.type('#');
    expect(await quillText(page, 'channel')).toBe(`${ASK_WITH_TIME.slice(0, inside)}#${ASK_WITH_TIME.slice(inside)}`);
  });

  it('does no work on Slack while the site is switched off, and picks the draft up when it is back on', async () => {
    await setSettings(browser, { sites: { slack: false } });
    await eventually(async () => expect((await readOverlays(page)).length).toBe(0));
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    expect(await readOverlays(page)).toEqual([]);
    await setSettings(browser, { sites: { slack: true } });
    await eventually(async () => expect((await readOverlays(page))[0]?.score).toBe(engine(ASK_WITH_TIME).score));
  });

  it('opens the focused composer\'s panel on the shortcut\'s message, and tells the popup the draft\'s score', async () => {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    const expected = engine(ASK_WITH_TIME);
    await eventually(async () => expect((await readOverlays(page))[0]?.score).toBe(expected.score));
    const [draft] = await messageContentScripts(browser, { type: 'get-draft' });
    expect(draft).toMatchObject({ site: 'slack', draft: { score: expected.score, findings: expected.findings.map(({ ruleId, start, end }) => ({ ruleId, start, end })) } });
    await messageContentScripts(browser, { type: 'open-panel' });
    await eventually(async () => expect(await page.getByRole('dialog', { name: `Clarity score ${expected.score}` }).count()).toBe(1));
    // A message that is not part of the protocol is ignored.
    expect(await messageContentScripts(browser, { type: 'format-disk' })).toEqual([undefined]);
  });

  it('stops checking a draft pasted past the limit, says so on the badge, in the panel and in the popup, and checks again once the paste is undone', async () => {
    await page.click(CHANNEL_EDITOR);
    await page.keyboard.type(ASK_WITH_TIME);
    await waitForFindings(page, ASK_WITH_TIME);
    const tab = await activeTabId(browser);
    await eventually(async () => expect(await badgeText(browser, tab)).toBe(String(engine(ASK_WITH_TIME).score)));
    // Quill makes edits within a second one undo step: the paste must be a step of its own.
    await page.waitForTimeout(1100);
    const logLine = 'INFO 2026-11-25T10:00:00Z api request served in 12 ms, status 200, cache hit\n';
    const log = logLine.repeat(Math.ceil((2 * LIVE_CHECK_LIMIT) / logLine.length));
    // How a user's paste reaches Quill (as in scripts/bench/browser.mjs): a paste event carrying the clipboard's data.
    await page.evaluate(
      ({ selector, text }) => {
        const clipboardData = new DataTransfer();
        clipboardData.setData('text/plain', text);
        document.querySelector(selector)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      },
      { selector: CHANNEL_EDITOR, text: log },
    );
    const badge = page.getByRole('button', { name: /^This draft is too long to check as you type \(\d+ KB; up to \d+ KB is checked\)\.$/ });
    await eventually(async () => expect(await badge.count()).toBe(1), 15_000);
    expect(await badge.textContent()).toBe('!');
    expect(await underlinesFor(page)).toEqual([]);
    await eventually(async () => expect(await badgeText(browser, tab)).toBe(''));
    await badge.click();
    const panel = page.getByRole('dialog', { name: 'Not checked' });
    await expect(panel.textContent()).resolves.toContain('too long to check as you type');
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
    // The toolbar popup says the same, in place of a score, rather than that there is no draft.
    const [answer] = await messageContentScripts(browser, { type: 'get-draft' });
    const { draft } = draftAnswerSchema.parse(answer);
    if (draft === null || !('status' in draft)) throw new Error(`the popup is not told the draft is too long: ${JSON.stringify(answer)}`);
    expect(draft.limit).toBe(LIVE_CHECK_LIMIT);
    expect(draft.length).toBeGreaterThan(LIVE_CHECK_LIMIT);
    const popup = await openExtensionPage(browser, `popup.html?tab=${tab}`);
    const draftRegion = popup.getByRole('region', { name: 'Your draft' });
    await eventually(async () => expect(await draftRegion.textContent()).toContain(tooLongExplanation(draft)));
    expect(await draftRegion.locator('[data-score]').count()).toBe(0);
    await popup.close();
    await page.bringToFront();

    await page.keyboard.press('Control+z');
    await eventually(async () => expect(await quillText(page, 'channel')).toBe(ASK_WITH_TIME));
    await waitForFindings(page, ASK_WITH_TIME);
    expect(await badge.count()).toBe(0);
    await expect(page.getByRole('button', { name: `Clarity score ${engine(ASK_WITH_TIME).score}` }).count()).resolves.toBe(1);
  });

  it('made no network request and printed no error', () => {
    expect(browser.blockedRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
