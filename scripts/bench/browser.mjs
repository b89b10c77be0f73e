// The in-browser part of `npm run bench`: the built extension in Debian's Chromium on the Slack
// fixture (real Quill 2), measuring what a user feels rather than the engine alone:
// - keystroke -> overlay updated with the lint of the new text, in a ~5 KB draft;
// - the longest main-thread task while typing into a 5 KB draft, and while pasting 100 KB until the
//   overlay shows its result (and the same paste without the extension, to tell Quill's own cost
//   from ours).
//
// How the timings are read. The content script runs in an isolated world, but in Chromium every
// world of a document shares the document's one Performance timeline: User Timing marks made by
// the content script are delivered to a PerformanceObserver that the page (main world) installs.
// So the composer session marks `async-lint:change` when it sees the text change (in the task of
// the keystroke's input event) and `async-lint:painted` after it drew the overlay with a fresh lint
// result, and an init script here records every mark and long task as it happens. The session
// keeps only its latest mark of each name in the timeline; the observer still gets each one.
//
// Long tasks are per thread, not per script: they include the page's own work (Quill) and the
// content script's, which share the main thread.
//
// The serving mirrors tests/e2e/harness.ts (TypeScript, which this plain Node script cannot import):
// the fixture at the real Slack address, every other request aborted.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeDraft } from './texts.mjs';
import { quantile } from './measure.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLACK_URL = 'https://app.slack.com/client/T0ACME/C0GENERAL';
const CHANNEL_EDITOR = '[data-qa="message_input"] .ql-editor';
const CHANGE_MARK = 'async-lint:change';
const PAINTED_MARK = 'async-lint:painted';
const LONG_TASK_MS = 50;

const LATENCY_KEYSTROKES = 50;
const DRAFT_BYTES = 5 * 1024;
const PASTE_BYTES = 100 * 1024;
const TYPED = 'Also, please double-check the refund numbers before the meeting. ';
/** Typing in bursts: short pauses between keys, and a pause longer than the debounce after each burst so linting happens. */
const TYPING_BURSTS = 6;
const BURST_KEYS = 25;
const KEY_PAUSE_MS = 40;
const BURST_PAUSE_MS = 400;
/** Long-task entries are delivered after their task ends: wait this long before reading them. */
const OBSERVER_SETTLE_MS = 300;

/** The debounce the session waits before linting, read from its source so the two cannot drift apart. */
export function readLintDelayMs(root) {
  const source = readFileSync(join(root, 'lib/live/composer-session.ts'), 'utf8');
  const match = /export const LINT_DELAY_MS = (\d+);/.exec(source);
  if (!match) throw new Error('LINT_DELAY_MS not found in lib/live/composer-session.ts');
  return Number(match[1]);
}

async function launch(extensionDir) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'async-lint-bench-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extensionArgs],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function serveSlackFixture(context, root) {
  const quill = join(root, 'node_modules/quill/dist');
  const assets = {
    '/fixture-assets/quill.js': { path: join(quill, 'quill.js'), contentType: 'text/javascript' },
    '/fixture-assets/quill.core.css': { path: join(quill, 'quill.core.css'), contentType: 'text/css' },
  };
  // Routes registered later are tried first: the catch-all only gets what the fixture does not serve.
  await context.route('**/*', (route) => (route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort()));
  await context.route('https://app.slack.com/**', (route) => {
    const asset = assets[new URL(route.request().url()).pathname];
    if (asset) return route.fulfill({ contentType: asset.contentType, body: readFileSync(asset.path) });
    return route.fulfill({ contentType: 'text/html', body: readFileSync(join(root, 'tests/fixtures/slack.html')) });
  });
  // Runs in the page's main world before its scripts: records our marks and every long task.
  await context.addInitScript(
    ({ marks }) => {
      const timeline = { marks: [], longTasks: [] };
      window.__asyncLintBench = timeline;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (marks.includes(entry.name)) timeline.marks.push({ name: entry.name, time: entry.startTime });
        }
      }).observe({ type: 'mark' });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) timeline.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    },
    { marks: [CHANGE_MARK, PAINTED_MARK] },
  );
}

async function openSlack(context, withExtension) {
  const page = await context.newPage();
  await page.goto(SLACK_URL);
  if (withExtension) await page.locator('async-lint-ui[data-composer="channel"]').waitFor({ state: 'attached' });
  return page;
}

const now = (page) => page.evaluate(() => performance.now());

/** Waits for the first painted mark after `since` and returns its time. */
async function waitForPainted(page, since, timeout = 30_000) {
  const handle = await page.waitForFunction(
    ({ since, painted }) => window.__asyncLintBench.marks.find((mark) => mark.name === painted && mark.time > since)?.time,
    { since, painted: PAINTED_MARK },
    { timeout },
  );
  return handle.jsonValue();
}

/** Waits until the overlay shows the lint of the current text: our latest mark is a painted one. */
async function waitForSettled(page, timeout = 30_000) {
  const handle = await page.waitForFunction(
    (painted) => {
      const last = window.__asyncLintBench.marks.at(-1);
      return last?.name === painted ? last.time : undefined;
    },
    PAINTED_MARK,
    { timeout },
  );
  return handle.jsonValue();
}

/**
 * Replaces the channel composer's text through Quill's own API, puts the caret at the end, and
 * waits for the overlay to show the lint of the new draft; returns when it did.
 */
async function setDraft(page, text) {
  await page.click(CHANNEL_EDITOR);
  const since = await now(page);
  await page.evaluate((draft) => {
    const quill = window.fixture.composers.channel;
    quill.setText(draft, 'user');
    quill.setSelection(quill.getLength() - 1, 0, 'user');
  }, text);
  return waitForPainted(page, since);
}

function longTaskSummary(tasks) {
  return {
    count: tasks.length,
    longestMs: tasks.reduce((longest, task) => Math.max(longest, task.duration), 0),
    over50Ms: tasks.filter((task) => task.duration > LONG_TASK_MS).length,
  };
}

async function longTasksBetween(page, from, to) {
  await page.waitForTimeout(OBSERVER_SETTLE_MS);
  const tasks = await page.evaluate(() => window.__asyncLintBench.longTasks);
  return longTaskSummary(tasks.filter((task) => task.start + task.duration > from && task.start <= to));
}

/** One keystroke at a time at the end of a ~5 KB draft; each waits for the overlay to show its lint. */
async function keystrokeLatency(page, lintDelayMs) {
  let lastPainted = await setDraft(page, makeDraft(DRAFT_BYTES, 7));
  const latencies = [];
  for (let i = 0; i < LATENCY_KEYSTROKES; i++) {
    await page.keyboard.type(TYPED[i % TYPED.length]);
    const painted = await waitForPainted(page, lastPainted);
    // The keystroke's time is its first change mark: the session marks it in the input event's task.
    const change = await page.evaluate(
      ({ after, name }) => window.__asyncLintBench.marks.find((mark) => mark.name === name && mark.time > after)?.time,
      { after: lastPainted, name: CHANGE_MARK },
    );
    if (change === undefined || change > painted) throw new Error(`keystroke ${i}: no change mark before the overlay was drawn`);
    latencies.push(painted - change);
    lastPainted = painted;
  }
  const medianMs = quantile(latencies, 0.5);
  const p95Ms = quantile(latencies, 0.95);
  return { count: latencies.length, medianMs, p95Ms, lintDelayMs, medianBeyondDelayMs: medianMs - lintDelayMs, p95BeyondDelayMs: p95Ms - lintDelayMs };
}

/** Real keystrokes in bursts into a 5 KB draft, pausing past the debounce after each burst. */
async function typingLongTasks(page) {
  await setDraft(page, makeDraft(DRAFT_BYTES, 8));
  const start = await now(page);
  for (let burst = 0; burst < TYPING_BURSTS; burst++) {
    const keys = Array.from({ length: BURST_KEYS }, (_, i) => TYPED[(burst * BURST_KEYS + i) % TYPED.length]).join('');
    await page.keyboard.type(keys, { delay: KEY_PAUSE_MS });
    await page.waitForTimeout(BURST_PAUSE_MS);
  }
  const end = await waitForSettled(page);
  return { keystrokes: TYPING_BURSTS * BURST_KEYS, ...(await longTasksBetween(page, start, end)) };
}

/**
 * Pastes 100 KB of plain text into the empty channel composer the way a user's paste reaches Quill:
 * a paste event carrying the clipboard's data, which Quill's clipboard module inserts. With the
 * extension, the window ends when the overlay shows the lint of the pasted text; without it, once
 * Quill has inserted it.
 */
async function pasteLongTasks(page, withExtension) {
  const text = makeDraft(PASTE_BYTES, 9);
  await page.click(CHANNEL_EDITOR);
  const start = await now(page);
  await page.evaluate(
    ({ selector, text }) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      document.querySelector(selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    { selector: CHANNEL_EDITOR, text },
  );
  const pastedLength = await page.evaluate(() => window.fixture.composers.channel.getLength() - 1);
  if (pastedLength < text.length * 0.9) throw new Error(`the paste inserted ${pastedLength} of ${text.length} characters`);
  const end = withExtension ? await waitForPainted(page, start) : await now(page);
  return { bytes: text.length, ...(await longTasksBetween(page, start, end)) };
}

/** Everything measured in Chromium, or `{ skipped }` with the reason. */
export async function benchBrowser({ root, extensionDir }) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH to measure in the browser)` };
  const lintDelayMs = readLintDelayMs(root);

  const withExtension = await launch(extensionDir);
  let keystroke, typing, paste;
  try {
    await serveSlackFixture(withExtension.context, root);
    const page = await openSlack(withExtension.context, true);
    keystroke = await keystrokeLatency(page, lintDelayMs);
    typing = await typingLongTasks(page);
    await page.close();
    paste = await pasteLongTasks(await openSlack(withExtension.context, true), true);
  } finally {
    await withExtension.close();
  }

  const plain = await launch(null);
  let pasteWithoutExtension;
  try {
    await serveSlackFixture(plain.context, root);
    pasteWithoutExtension = await pasteLongTasks(await openSlack(plain.context, false), false);
  } finally {
    await plain.close();
  }
  return { chromium: CHROMIUM, keystroke, typing, paste, pasteWithoutExtension };
}
