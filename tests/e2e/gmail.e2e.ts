// The extension in a real Chromium on the Gmail fixture: the subject and body linted as one email,
// the signature and quoted history left out, an inline reply that appears later, and a fix that
// goes through the browser's own editing (and undo) of a plain contenteditable.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lint } from '../../lib/lint';
import type { Finding } from '../../lib/types';
import { cliScore, E2E_TIME_ZONE, eventually, expectBoxesClose, readOverlays, textBoxes, useComposerPage, type Browser } from './harness';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const COMPOSE_BODY = '.compose div[g_editable="true"]';
const REPLY_BODY = '.reply-box div[g_editable="true"]';
const SUBJECT = 'Q3 numbers for the board';
const BODY_LINES = ['Hi Ana,', 'Can you send me the Q3 numbers by 3pm tomorrow? I need them for the board deck.'];
const BODY = BODY_LINES.join('\n');

function engine(text: string) {
  return lint(text, { channel: 'email', timeZone: E2E_TIME_ZONE });
}

function emailOf(subject: string, body: string): { text: string; bodyStart: number } {
  const head = `Subject: ${subject}\n\n`;
  return { text: head + body, bodyStart: head.length };
}

async function bodyText(page: Page, selector: string): Promise<string> {
  // The browser's own reading of the lines before the signature, independent of the extension.
  return page.locator(selector).evaluate((body) =>
    Array.from(body.children)
      .filter((line) => !line.classList.contains('gmail_signature') && !line.classList.contains('gmail_quote'))
      .map((line) => (line as HTMLElement).innerText.replace(/\n$/, ''))
      .join('\n')
      .replace(/\n+$/, ''),
  );
}

async function typeLines(page: Page, selector: string, lines: readonly string[]): Promise<void> {
  await page.click(selector, { position: { x: 20, y: 12 } });
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

describe('Gmail', () => {
  let browser: Browser;
  let page: Page;
  useComposerPage(GMAIL_URL, 'compose', (opened) => ({ browser, page } = opened));

  it('lints subject and body as one email, without the signature, and attaches once per compose window', async () => {
    await page.fill('input[name="subjectbox"]', SUBJECT);
    await typeLines(page, COMPOSE_BODY, BODY_LINES);
    expect(await bodyText(page, COMPOSE_BODY)).toBe(BODY);
    const email = emailOf(SUBJECT, BODY);
    const expected = engine(email.text);
    await eventually(async () => {
      const [overlay] = await readOverlays(page);
      expect(overlay?.score).toBe(expected.score);
      expect(overlay?.underlines.map(({ ruleId, start, end }) => ({ ruleId, start, end }))).toEqual(
        expected.findings.filter((finding) => finding.end > finding.start).map(({ ruleId, start, end }) => ({ ruleId, start, end })),
      );
    });
    const overlays = await readOverlays(page);
    expect(overlays.map((overlay) => overlay.composer)).toEqual(['compose']);
    expect(overlays[0]?.score).toBe(cliScore(email.text, 'email'));
    for (const underline of overlays[0]?.underlines ?? []) {
      if (underline.start < email.bodyStart) continue;
      const boxes = await textBoxes(page, COMPOSE_BODY, underline.start - email.bodyStart, underline.end - email.bodyStart);
      expectBoxesClose(underline.segments, boxes);
    }
  });

  it('underlines a finding in the subject over the subject field\'s own characters', async () => {
    const subject = 'URGENT: Q3 numbers ASAP';
    await page.fill('input[name="subjectbox"]', subject);
    await typeLines(page, COMPOSE_BODY, BODY_LINES);
    const email = emailOf(subject, BODY);
    const inSubject = engine(email.text).findings.filter((finding) => finding.end <= email.bodyStart && finding.end > finding.start);
    expect(inSubject.length).toBeGreaterThan(0);
    const field = await page.locator('input[name="subjectbox"]').boundingBox();
    if (!field) throw new Error('no subject field on screen');
    await eventually(async () => {
      const underlines = (await readOverlays(page))[0]?.underlines.filter((underline) => underline.end <= email.bodyStart) ?? [];
      expect(underlines.map((underline) => [underline.start, underline.end])).toEqual(inSubject.map((finding) => [finding.start, finding.end]));
      for (const underline of underlines) {
        expect(underline.box.left).toBeGreaterThanOrEqual(field.x);
        expect(underline.box.left + underline.box.width).toBeLessThanOrEqual(field.x + field.width);
        expect(underline.box.top).toBeGreaterThanOrEqual(field.y);
        expect(underline.box.top + underline.box.height).toBeLessThanOrEqual(field.y + field.height);
      }
    });
    // The underline starts where the flagged word starts in the field, measured independently with a canvas.
    const first = inSubject[0] as Finding;
    const textStart = await page.locator('input[name="subjectbox"]').evaluate((input, offset) => {
      const style = getComputedStyle(input);
      const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const box = input.getBoundingClientRect();
      return box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) + canvas.measureText((input as HTMLInputElement).value.slice(0, offset)).width;
    }, first.start - 'Subject: '.length);
    const underline = (await readOverlays(page))[0]?.underlines.find((item) => item.start === first.start);
    expect(Math.abs((underline?.box.left ?? 0) - textStart)).toBeLessThan(2);
  });

  it('lints a second compose window on its own, with its own subject, and lets go of a closed one', async () => {
    const fixture = (name: 'openCompose' | 'closeCompose') =>
      page.evaluate((call) => (window as unknown as { fixture: Record<string, () => void> }).fixture[call]?.(), name);
    await fixture('openCompose');
    await eventually(async () => expect((await readOverlays(page)).map((overlay) => overlay.composer)).toEqual(['compose', 'compose']));
    const second = page.locator('.compose').nth(1);
    await second.locator('input[name="subjectbox"]').fill('Offsite');
    await second.locator('div[g_editable="true"]').click({ position: { x: 20, y: 12 } });
    await page.keyboard.type('Booked the room for Thursday.');
    const expected = engine(emailOf('Offsite', 'Booked the room for Thursday.').text);
    await eventually(async () => {
      const overlays = await readOverlays(page);
      expect(overlays[1]?.score).toBe(expected.score);
      expect(overlays[0]?.score).toBe(engine('').score);
    });
    await fixture('closeCompose');
    await eventually(async () => expect((await readOverlays(page)).length).toBe(1));
  });

  it('attaches to an inline reply that appears later, and leaves its quoted history out', async () => {
    await page.evaluate(() => (window as unknown as { fixture: { openReply(): void } }).fixture.openReply());
    await eventually(async () => expect((await readOverlays(page)).map((overlay) => overlay.composer)).toEqual(['compose', 'reply']));
    const reply = 'Sounds good, thanks!';
    await typeLines(page, REPLY_BODY, [reply]);
    expect(await bodyText(page, REPLY_BODY)).toBe(reply);
    const expected = engine(reply);
    await eventually(async () => {
      const overlay = (await readOverlays(page))[1];
      expect(overlay?.score).toBe(expected.score);
      expect(overlay?.underlines.map((underline) => underline.ruleId)).toEqual(
        expected.findings.filter((finding) => finding.end > finding.start).map((finding) => finding.ruleId),
      );
    });
  });

  async function applyFirstFix(): Promise<{ fixed: string; caret: number; fix: NonNullable<Finding['fix']> }> {
    await typeLines(page, COMPOSE_BODY, BODY_LINES);
    const expected = engine(BODY);
    const fixable = expected.findings.find((finding): finding is Finding & { fix: NonNullable<Finding['fix']> } => finding.fix !== undefined);
    if (!fixable) throw new Error(`the engine offers no fix for: ${BODY}`);
    const shown = expected.findings.filter((finding) => finding.end > finding.start).length;
    await eventually(async () => expect((await readOverlays(page))[0]?.underlines.length).toBe(shown));
    const [box] = await textBoxes(page, COMPOSE_BODY, fixable.start, fixable.end);
    if (!box) throw new Error('flagged text not on screen');
    await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
    await page.locator('[data-action="apply"]').click();
    const fixed = BODY.slice(0, fixable.fix.start) + fixable.fix.replacement + BODY.slice(fixable.fix.end);
    await eventually(async () => expect(await bodyText(page, COMPOSE_BODY)).toBe(fixed));
    return { fixed, caret: fixable.fix.start + fixable.fix.replacement.length, fix: fixable.fix };
  }

  it('applies a fix in the body and leaves the caret after it', async () => {
    const { fixed, caret } = await applyFirstFix();
    await page.keyboard.type('!');
    expect(await bodyText(page, COMPOSE_BODY)).toBe(`${fixed.slice(0, caret)}!${fixed.slice(caret)}`);
  });

  it('undoes an applied fix with one Ctrl+Z, restoring the exact text, and typing continues', async () => {
    const { fix } = await applyFirstFix();
    await page.keyboard.press('Control+z');
    await eventually(async () => expect(await bodyText(page, COMPOSE_BODY)).toBe(BODY));
    // Undo selects what it restored (nothing, for a fix that only inserted): the caret goes after it.
    if (fix.end > fix.start) await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' sharp');
    expect(await bodyText(page, COMPOSE_BODY)).toBe(`${BODY.slice(0, fix.end)} sharp${BODY.slice(fix.end)}`);
  });

  it('made no network request and printed no error', () => {
    expect(browser.blockedRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
