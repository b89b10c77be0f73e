// The playground: Chromium with the freshly built extension, on the Slack-like and Gmail-like
// fixture pages served at the real Slack and Gmail addresses (nothing goes to the network). Run
// through scripts/playground.mjs. With `--screenshot FILE` it writes a sample message, opens a
// finding's card and saves a picture of the page instead of leaving the window open.
import type { Page } from 'playwright-core';
import { eventually, launchWithExtension, readOverlays } from '../tests/e2e/harness';

const SLACK_URL = 'https://app.slack.com/client/T0ACME/C0GENERAL';
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const SAMPLE = 'Hi! Can you send me the Q3 numbers by 3pm tomorrow? I need them for the board deck.';

async function screenshot(file: string): Promise<void> {
  const browser = await launchWithExtension();
  try {
    const page: Page = await browser.open(SLACK_URL);
    await page.locator('async-lint-ui[data-composer="channel"]').waitFor({ state: 'attached' });
    await page.click('[data-qa="message_input"] .ql-editor');
    await page.keyboard.type(SAMPLE);
    const time = await eventually(async () => {
      const underline = (await readOverlays(page))[0]?.underlines.find((candidate) => candidate.ruleId === 'ambiguous-time');
      if (!underline) throw new Error('not linted yet');
      return underline;
    });
    // Open the card of the zone-less time, as a user clicking the underlined words would (underlines let clicks through to the editor).
    await page.mouse.click(time.box.left + time.box.width / 2, time.box.top + time.box.height / 2);
    await page.locator('async-lint-ui').locator('[data-action]').first().waitFor();
    // The composer and its card, without the empty message list above.
    await page.screenshot({ path: file, clip: { x: 0, y: 580, width: 840, height: 220 } });
    console.log(`Saved ${file}`);
  } finally {
    await browser.close();
  }
}

async function openPlayground(): Promise<void> {
  const browser = await launchWithExtension({ headless: false });
  await browser.open(SLACK_URL);
  await browser.open(GMAIL_URL);
  console.log('The playground is open: type in the Slack and Gmail tabs. Close the window to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

const screenshotAt = process.argv.indexOf('--screenshot');
const run = screenshotAt >= 0 ? screenshot(process.argv[screenshotAt + 1] ?? 'docs/screenshot.png') : openPlayground();
run.catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
