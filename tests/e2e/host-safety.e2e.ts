// The extension must never change what the user types: 500 random keystrokes (letters, spaces,
// Enter, Backspace, emoji) typed into Slack's Quill composer give exactly the editor text they give
// without the extension, and the editor's DOM holds nothing of the extension's.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlain, launchWithExtension, type Browser } from './harness';

const SLACK_URL = 'https://app.slack.com/client/T0ACME/C0GENERAL';
const CHANNEL_EDITOR = '[data-qa="message_input"] .ql-editor';
const KEYSTROKES = 500;

/** A small seeded generator (mulberry32), so both runs and every CI run type the same keys. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Key = { press: string } | { type: string };

function randomKeys(count: number, seed: number): Key[] {
  const random = seededRandom(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const emoji = ['😀', '👍🏽', '🚀', '👩‍💻'];
  return Array.from({ length: count }, (): Key => {
    const roll = random();
    if (roll < 0.7) return { type: letters[Math.floor(random() * letters.length)]! };
    if (roll < 0.85) return { type: ' ' };
    if (roll < 0.9) return { press: 'Enter' };
    if (roll < 0.97) return { press: 'Backspace' };
    return { type: emoji[Math.floor(random() * emoji.length)]! };
  });
}

async function typeKeys(page: Page, keys: Key[]): Promise<string> {
  await page.click(CHANNEL_EDITOR);
  for (const key of keys) {
    if ('press' in key) await page.keyboard.press(key.press);
    else await page.keyboard.type(key.type);
  }
  return page.locator(CHANNEL_EDITOR).evaluate((editor) => (editor as HTMLElement).innerText);
}

describe('host-page safety', () => {
  let browser: Browser;
  let plain: Awaited<ReturnType<typeof launchPlain>>;

  beforeAll(async () => {
    browser = await launchWithExtension();
    plain = await launchPlain();
  });

  afterAll(async () => {
    await browser?.close();
    await plain?.close();
  });

  it('types exactly what the same keystrokes type without the extension', async () => {
    const keys = randomKeys(KEYSTROKES, 20261124);
    const plainPage = await plain.context.newPage();
    await plainPage.goto(SLACK_URL);
    const withoutExtension = await typeKeys(plainPage, keys);

    const page = await browser.open(SLACK_URL);
    await page.locator('async-lint-ui[data-composer="channel"]').waitFor({ state: 'attached' });
    const withExtension = await typeKeys(page, keys);

    expect(withoutExtension.length).toBeGreaterThan(100);
    expect(withExtension).toBe(withoutExtension);
    // Nothing of the extension's lives inside the host editor.
    const foreignNodes = await page.locator(CHANNEL_EDITOR).evaluate((editor) => editor.querySelectorAll('async-lint-ui, [data-rule-id], [data-start]').length);
    expect(foreignNodes).toBe(0);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
  });
});
