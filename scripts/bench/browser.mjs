// The in-browser part of `npm run bench`: the built extension in Debian's Chromium on the Slack
// fixture (real Quill 2), measuring what a user feels rather than the engine alone:
// - keystroke -> overlay updated with the lint of the new text, in a ~5 KB draft;
// - the longest main-thread task while typing into a 5 KB draft;
// - pasting 100 KB (realistic prose, and short vague asks that make thousands of findings) until
//   the overlay shows its result, then typing a few keys into that draft, each with and without
//   the extension (to tell Quill's own cost from ours), and the content script's own phases;
// - the same for a ~1 MB paste, over the size checked as you type (LIVE_CHECK_LIMIT): until the
//   overlay shows its notice instead of a lint, then typing a few keys into it.
//
// How the timings are read. The content script runs in an isolated world, but in Chromium every
// world of a document shares the document's one Performance timeline: User Timing entries made by
// the content script are delivered to a PerformanceObserver that the page (main world) installs.
// So the composer session marks `async-lint:change` when it sees the text change (in the task of
// the keystroke's input event) and `async-lint:painted` after it drew the overlay with a fresh lint
// result, measures each of its phases (lib/live/timing.ts: reading the composer, remapping,
// parsing the answer, measuring underlines, rendering), and an init script here records every mark,
// measure and long task as it happens. The session keeps only its latest entry of each name in the
// timeline; the observer still gets each one.
//
// Long tasks are read from a Chrome trace of the page's renderer (CDP Tracing, the outermost
// events of the main thread), not from the page's `longtask` observer: that observer does
// not report the content script's tasks (a 120 ms overlay render after a lint answer went
// unreported) nor rendering work such as animation-frame callbacks. Trace times are turned into
// the page's performance.now() by a mark placed in the page and found in the trace. Long tasks are
// per thread, not per script: they include the page's own work (Quill) and the content script's,
// which share the main thread. A paste's long tasks are therefore split: the task
// that dispatched the paste event (Quill inserting the text; the extension only notes the change
// there), and the tasks after it, which the same paste without the extension does not have. Of
// those, the tasks in which one of the content script's phases ran are reported with the
// extension's measured milliseconds in each (a task may also hold the page's own rendering).
//
// The serving mirrors tests/e2e/harness.ts (TypeScript, which this plain Node script cannot import):
// the fixture at the real Slack address, every other request aborted.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { lint } from '../../dist/index.js';
import { makeDraft, makeVagueDraft } from './texts.mjs';
import { quantile } from './measure.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLACK_URL = 'https://app.slack.com/client/T0ACME/C0GENERAL';
const CHANNEL_EDITOR = '[data-qa="message_input"] .ql-editor';
const TIMING_PREFIX = 'async-lint:';
const CHANGE_MARK = 'async-lint:change';
const PAINTED_MARK = 'async-lint:painted';
const LONG_TASK_MS = 50;

const LATENCY_KEYSTROKES = 50;
const DRAFT_BYTES = 5 * 1024;
const PASTE_BYTES = 100 * 1024;
/** A paste over the live-check limit (a log, a dump): the session only counts it and shows a notice. */
const HUGE_PASTE_BYTES = 1024 * 1024;
/** Keys typed at the end of a pasted 100 KB draft once the overlay shows its lint. */
const KEYS_AFTER_PASTE = 8;
const TYPED = 'Also, please double-check the refund numbers before the meeting. ';
/** Typing in bursts: short pauses between keys, and a pause longer than the debounce after each burst so linting happens. */
const TYPING_BURSTS = 6;
const BURST_KEYS = 25;
const KEY_PAUSE_MS = 40;
const BURST_PAUSE_MS = 400;
/** Observer entries are delivered after their task ends: wait this long before reading them. */
const OBSERVER_SETTLE_MS = 300;
/**
 * Tasks starting this long after the overlay was drawn still count: the frame that lays out and
 * paints what it drew comes after the task that drew it. Below OBSERVER_SETTLE_MS.
 */
const FOLLOW_UP_MS = 200;
const ANCHOR_MARK = 'async-lint-bench:anchor';

/** A numeric constant of the session (a number, or a product like `200 * 1024`), read from its source so the two cannot drift apart. */
function readSessionConstant(root, name) {
  const source = readFileSync(join(root, 'lib/live/composer-session.ts'), 'utf8');
  const match = new RegExp(`export const ${name} = (\\d+(?: \\* \\d+)*);`).exec(source);
  if (!match) throw new Error(`${name} not found in lib/live/composer-session.ts`);
  return match[1].split(' * ').reduce((product, factor) => product * Number(factor), 1);
}

/** The debounce the session waits before linting. */
export function readLintDelayMs(root) {
  return readSessionConstant(root, 'LINT_DELAY_MS');
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
  // Runs in the page's main world before its scripts: records our marks and measures.
  await context.addInitScript(
    ({ prefix, marks }) => {
      const timeline = { marks: [], phases: [] };
      window.__asyncLintBench = timeline;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.name.startsWith(prefix)) continue;
          if (entry.entryType === 'measure') timeline.phases.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
          else if (marks.includes(entry.name)) timeline.marks.push({ name: entry.name, time: entry.startTime });
        }
      }).observe({ entryTypes: ['mark', 'measure'] });
    },
    { prefix: TIMING_PREFIX, marks: [CHANGE_MARK, PAINTED_MARK] },
  );
}

/**
 * The events no other event contains: the thread's tasks. Most are RunTask, but the content
 * script's reply from the background (a runtime message) resolves in a microtask checkpoint that
 * Chromium runs outside any RunTask.
 */
function outermostEvents(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outermost = [];
  for (const event of sorted) {
    const last = outermost.at(-1);
    if (!last || event.ts >= last.ts + last.dur) outermost.push(event);
  }
  return outermost;
}

/** Each page's running trace (see startTaskTrace). */
const traces = new WeakMap();

/**
 * Traces the page's main-thread tasks. `collect()` ends the trace, returns its tasks over 50 ms in
 * the page's performance.now() time, and starts the next trace.
 */
async function startTaskTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  let events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const start = () => cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] } });
  await start();
  return {
    async collect() {
      const anchorTime = await page.evaluate((name) => performance.mark(name).startTime, ANCHOR_MARK);
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const collected = events;
      events = [];
      await start();
      const anchor = collected.find((event) => event.name === ANCHOR_MARK);
      if (!anchor) throw new Error('the trace has no anchor mark');
      const offsetMs = anchor.ts / 1000 - anchorTime;
      return outermostEvents(collected.filter((event) => event.ph === 'X' && event.pid === anchor.pid && event.tid === anchor.tid))
        .map((event) => ({ start: event.ts / 1000 - offsetMs, duration: event.dur / 1000 }))
        .filter((task) => task.duration > LONG_TASK_MS);
    },
  };
}

async function openSlack(context, withExtension) {
  const page = await context.newPage();
  traces.set(page, await startTaskTrace(page));
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

/** In the page: the time now if the channel overlay's badge says the draft is too long to check, else undefined. */
const NOTICE_SHOWN_AT = () =>
  document.querySelector('async-lint-ui[data-composer="channel"]')?.shadowRoot?.querySelector('.badge[data-band="too-long"]')
    ? performance.now()
    : undefined;

/** Waits until the overlay shows the too-long notice, and returns when it did. */
async function waitForNotice(page, timeout = 60_000) {
  const handle = await page.waitForFunction(NOTICE_SHOWN_AT, null, { timeout });
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

/** Everything recorded from `from` to `to`: long tasks overlapping the window, and the content script's phases in it. */
async function timelineBetween(page, from, to) {
  await page.waitForTimeout(OBSERVER_SETTLE_MS);
  const { phases } = await page.evaluate(() => window.__asyncLintBench);
  const longTasks = await traces.get(page).collect();
  return {
    tasks: longTasks.filter((task) => task.start + task.duration > from && task.start <= to),
    phases: phases.filter((phase) => phase.start + phase.duration > from && phase.start <= to),
  };
}

async function longTasksBetween(page, from, to) {
  return longTaskSummary((await timelineBetween(page, from, to)).tasks);
}

/** The content script's milliseconds inside a task: its phases that ran within it. */
function extensionMsIn(task, phases) {
  const end = task.start + task.duration;
  return phases
    .filter((phase) => phase.start >= task.start && phase.start < end)
    .reduce((sum, phase) => sum + phase.duration, 0);
}

/** The long tasks in which the content script worked, with its share of each. */
function extensionTasks(tasks, phases) {
  const own = tasks.map((task) => ({ ...task, extensionMs: extensionMsIn(task, phases) })).filter((task) => task.extensionMs > 0);
  const longest = own.reduce((best, task) => (task.duration > (best?.duration ?? -1) ? task : best), null);
  return { ...longTaskSummary(own), longestExtensionMs: longest?.extensionMs ?? 0 };
}

/** Per phase (without the prefix): how often it ran, its longest run and its total. */
function phaseSummary(phases) {
  const byName = {};
  for (const phase of phases) {
    const name = phase.name.slice(TIMING_PREFIX.length);
    const summary = (byName[name] ??= { count: 0, longestMs: 0, totalMs: 0 });
    summary.count += 1;
    summary.longestMs = Math.max(summary.longestMs, phase.duration);
    summary.totalMs += phase.duration;
  }
  return byName;
}

/** The underlines the overlay draws now (its shadow root is open). */
const drawnUnderlines = (page) =>
  page.evaluate(() => document.querySelector('async-lint-ui[data-composer="channel"]')?.shadowRoot?.querySelectorAll('.underline').length ?? 0);

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
 * Pastes `text` into the empty channel composer the way a user's paste reaches Quill: a paste
 * event carrying the clipboard's data, which Quill's clipboard module inserts. With the extension,
 * the window ends when the overlay shows the lint of the pasted text (or, `overLimit`, its notice
 * that the draft is too long to check); without it, it lasts `windowMs` (the extension run's
 * window), so the page's own work after the paste is seen in both. Long tasks are split into the
 * one that dispatched the paste and those after it.
 */
async function pasteLongTasks(page, text, { withExtension, overLimit = false, windowMs = 0 }) {
  await page.click(CHANNEL_EDITOR);
  const start = await now(page);
  const pasteAt = await page.evaluate(
    ({ selector, text }) => {
      const at = performance.now();
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      document.querySelector(selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
      return at;
    },
    { selector: CHANNEL_EDITOR, text },
  );
  const pastedLength = await page.evaluate(() => window.fixture.composers.channel.getLength() - 1);
  if (pastedLength < text.length * 0.9) throw new Error(`the paste inserted ${pastedLength} of ${text.length} characters`);
  if (!withExtension) await page.waitForTimeout(windowMs);
  const end = withExtension ? await (overLimit ? waitForNotice(page) : waitForPainted(page, start)) : await now(page);
  const { tasks, phases } = await timelineBetween(page, start, end + FOLLOW_UP_MS);
  const pasteTask = tasks.find((task) => task.start <= pasteAt && pasteAt <= task.start + task.duration);
  const pasteEnd = pasteTask ? pasteTask.start + pasteTask.duration : pasteAt;
  const after = tasks.filter((task) => task.start >= pasteEnd);
  return {
    bytes: text.length,
    windowMs: end - start,
    ...longTaskSummary(tasks),
    pasteTaskMs: pasteTask?.duration ?? 0,
    afterPaste: longTaskSummary(after),
    extensionAfterPaste: extensionTasks(after, phases),
    phases: phaseSummary(phases),
    ...(withExtension ? { underlinesDrawn: await drawnUnderlines(page) } : {}),
  };
}

/**
 * A few keys typed at the end of the pasted draft, each a relint; until the overlay shows the last
 * one's lint (with the extension). A draft over the limit is never linted: like the page without
 * the extension, the window then ends a pause after the last key.
 */
async function typingAfterPaste(page, { withExtension, overLimit = false }) {
  const start = await now(page);
  await page.keyboard.type(TYPED.slice(0, KEYS_AFTER_PASTE), { delay: KEY_PAUSE_MS });
  const linted = withExtension && !overLimit;
  if (!linted) await page.waitForTimeout(BURST_PAUSE_MS);
  const end = linted ? await waitForSettled(page) : await now(page);
  if (withExtension && overLimit && (await page.evaluate(NOTICE_SHOWN_AT)) === undefined) throw new Error('typing into the draft over the limit took its notice away');
  const { tasks, phases } = await timelineBetween(page, start, end + FOLLOW_UP_MS);
  return { keys: KEYS_AFTER_PASTE, ...longTaskSummary(tasks), extension: extensionTasks(tasks, phases), phases: phaseSummary(phases) };
}

/** Everything measured in Chromium, or `{ skipped }` with the reason. */
export async function benchBrowser({ root, extensionDir }) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH to measure in the browser)` };
  const lintDelayMs = readLintDelayMs(root);
  const liveCheckLimit = readSessionConstant(root, 'LIVE_CHECK_LIMIT');
  if (HUGE_PASTE_BYTES <= liveCheckLimit) throw new Error(`the huge paste (${HUGE_PASTE_BYTES}) is within the live-check limit (${liveCheckLimit})`);
  const drafts = [
    { name: 'prose', label: 'prose', text: makeDraft(PASTE_BYTES, 9) },
    { name: 'vagueAsks', label: 'vague asks', text: makeVagueDraft(PASTE_BYTES) },
  ].map((draft) => ({ ...draft, findings: lint(draft.text, { channel: 'slack' }).findings.length, overLimit: false }));
  // Not linted on the page, so its findings are not counted either.
  drafts.push({ name: 'hugeProse', label: 'prose', text: makeDraft(HUGE_PASTE_BYTES, 10), findings: null, overLimit: true });

  const withExtension = await launch(extensionDir);
  let keystroke, typing;
  const pastes = {};
  try {
    await serveSlackFixture(withExtension.context, root);
    const page = await openSlack(withExtension.context, true);
    keystroke = await keystrokeLatency(page, lintDelayMs);
    typing = await typingLongTasks(page);
    await page.close();
    for (const draft of drafts) {
      const pastePage = await openSlack(withExtension.context, true);
      const paste = await pasteLongTasks(pastePage, draft.text, { withExtension: true, overLimit: draft.overLimit });
      const typingAfter = await typingAfterPaste(pastePage, { withExtension: true, overLimit: draft.overLimit });
      pastes[draft.name] = { label: draft.label, bytes: draft.text.length, overLimit: draft.overLimit, findings: draft.findings, paste, typingAfter };
      await pastePage.close();
    }
  } finally {
    await withExtension.close();
  }

  const plain = await launch(null);
  try {
    await serveSlackFixture(plain.context, root);
    for (const draft of drafts) {
      const pastePage = await openSlack(plain.context, false);
      const measured = pastes[draft.name];
      measured.pasteWithoutExtension = await pasteLongTasks(pastePage, draft.text, { withExtension: false, windowMs: measured.paste.windowMs });
      measured.typingAfterWithoutExtension = await typingAfterPaste(pastePage, { withExtension: false });
      await pastePage.close();
    }
  } finally {
    await plain.close();
  }
  return { chromium: CHROMIUM, keystroke, typing, pasteBytes: PASTE_BYTES, liveCheckLimit, pastes };
}
