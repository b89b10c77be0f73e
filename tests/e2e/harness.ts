// Drives Debian's Chromium with the built extension loaded, and serves the fixture pages at the real
// Slack and Gmail URLs so the manifest's own match patterns decide where the extension runs. Every
// other request is aborted and recorded: the extension must make none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The browser's zone, fixed so the engine's zone fixes are the same in the page and in the test. */
export const E2E_TIME_ZONE = 'Europe/Berlin';
const FIXTURES = resolve(__dirname, '../fixtures');
const QUILL_DIST = resolve(__dirname, '../../node_modules/quill/dist');

const FIXTURE_ASSETS: Record<string, { path: string; contentType: string }> = {
  '/fixture-assets/quill.js': { path: join(QUILL_DIST, 'quill.js'), contentType: 'text/javascript' },
  '/fixture-assets/quill.core.css': { path: join(QUILL_DIST, 'quill.core.css'), contentType: 'text/css' },
};

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  /** Requests that went anywhere but the fixtures and the extension itself. */
  blockedRequests: string[];
  /** Errors printed in any page's console, and uncaught page errors. */
  pageErrors: string[];
  /** Opens a new tab at a fixture URL and waits for the page to load. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium as this machine can run it: no sandbox as root, and no calls home on a closed network. */
function launchContext(userDataDir: string, headless: boolean, extraArgs: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 800 },
    timezoneId: E2E_TIME_ZONE,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** @param headless false shows the window (the playground); the tests run headless. */
export async function launchWithExtension({ headless = true }: { headless?: boolean } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'async-lint-e2e-'));
  const context = await launchContext(userDataDir, headless, [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]);
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  await routeFixtures(context, blockedRequests);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    blockedRequests,
    pageErrors,
    async open(url) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves the fixtures at the real Slack and Gmail addresses and aborts (and records) every other
 * request, except the extension's own files.
 */
export async function routeFixtures(context: BrowserContext, blockedRequests: string[]): Promise<void> {
  // Routes registered later are tried first: the catch-all goes first, so it only gets what the fixtures do not serve.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    blockedRequests.push(url);
    return route.abort();
  });
  const serveFixture = (page: string) => (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const url = new URL(route.request().url());
    const asset = FIXTURE_ASSETS[url.pathname];
    if (asset) return route.fulfill({ contentType: asset.contentType, body: readFileSync(asset.path) });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 });
    return route.fulfill({ contentType: 'text/html', body: readFileSync(join(FIXTURES, page)) });
  };
  await context.route('https://app.slack.com/**', serveFixture('slack.html'));
  await context.route('https://mail.google.com/**', serveFixture('gmail.html'));

}

/** Chromium without the extension, on the same fixtures: the baseline a page must not differ from. */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'async-lint-e2e-plain-'));
  const context = await launchContext(userDataDir, true, []);
  await routeFixtures(context, []);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What one overlay shows, read from its shadow root. */
export interface OverlayState {
  composer: string | null;
  score: number | null;
  badgeLabel: string | null;
  underlines: Array<{ ruleId: string; start: number; end: number; box: Box; segments: Box[] }>;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Reads every `<async-lint-ui>` overlay on the page, in document order. */
export async function readOverlays(page: Page): Promise<OverlayState[]> {
  return page.evaluate(() => {
    const box = (rect: DOMRect) => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
    return Array.from(document.querySelectorAll('async-lint-ui')).map((host) => {
      const root = host.shadowRoot;
      const badge = root?.querySelector('[data-score]');
      return {
        composer: host.getAttribute('data-composer'),
        score: badge ? Number(badge.getAttribute('data-score')) : null,
        badgeLabel: badge?.getAttribute('aria-label') ?? null,
        underlines: Array.from(root?.querySelectorAll<HTMLElement>('[data-start]') ?? []).map((underline) => ({
          ruleId: underline.getAttribute('data-rule-id') ?? '',
          start: Number(underline.getAttribute('data-start')),
          end: Number(underline.getAttribute('data-end')),
          box: box(underline.getBoundingClientRect()),
          segments: Array.from(underline.children).map((segment) => box(segment.getBoundingClientRect())),
        })),
      };
    });
  });
}

/**
 * The on-screen boxes of text[start, end) in an editor whose lines are block children (Quill's <p>,
 * Gmail's <div>) of plain text, measured by the test itself, independently of the extension.
 */
export async function textBoxes(page: Page, editorSelector: string, start: number, end: number): Promise<Box[]> {
  return page.evaluate(
    ({ selector, start, end }) => {
      const editor = document.querySelector(selector);
      if (!editor) throw new Error(`no editor ${selector}`);
      const boxes: Array<{ left: number; top: number; width: number; height: number }> = [];
      let lineStart = 0;
      for (const line of Array.from(editor.children)) {
        if (line.classList.contains('gmail_signature')) break;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let offset = lineStart;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const from = Math.max(start, offset);
          const to = Math.min(end, offset + node.length);
          if (from < to) {
            const range = document.createRange();
            range.setStart(node, from - offset);
            range.setEnd(node, to - offset);
            for (const rect of Array.from(range.getClientRects())) {
              if (rect.width >= 0.5) boxes.push({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
            }
          }
          offset += node.length;
        }
        lineStart = offset + 1;
      }
      return boxes;
    },
    { selector: editorSelector, start, end },
  );
}

export function expectBoxesClose(actual: Box[], expected: Box[], tolerance = 2): void {
  if (actual.length !== expected.length) {
    throw new Error(`expected ${expected.length} boxes, got ${actual.length}: ${JSON.stringify({ actual, expected })}`);
  }
  actual.forEach((box, index) => {
    const want = expected[index] as Box;
    for (const side of ['left', 'top', 'width', 'height'] as const) {
      if (Math.abs(box[side] - want[side]) > tolerance) {
        throw new Error(`box ${index} ${side}: ${box[side]} vs ${want[side]} (${JSON.stringify({ actual, expected })})`);
      }
    }
  });
}

/** Polls until the check passes (or throws its last error after the timeout): no fixed sleeps. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The extension API as seen inside the service worker, for the few calls the tests make there. */
declare const chrome: {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<[number, number, number, number]>;
  };
  tabs: {
    query(filter: { active?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
};

/** Back to default settings (and nothing else stored) between tests. */
export async function resetStorage(browser: Browser): Promise<void> {
  await browser.worker.evaluate(() => chrome.storage.sync.clear());
}

/**
 * For the describe block it is called in: one Chromium with the extension, and before each test
 * default settings and a fresh page at `url`, handed to `onReady` once the composer of kind
 * `composer` has its overlay.
 */
export function useComposerPage(url: string, composer: string, onReady: (opened: { browser: Browser; page: Page }) => void): void {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium with the extension did not start');
    await resetStorage(browser);
    await page?.close();
    page = await browser.open(url);
    await page.locator(`async-lint-ui[data-composer="${composer}"]`).waitFor({ state: 'attached' });
    onReady({ browser, page });
  });
}

export async function storedSettings(browser: Browser): Promise<unknown> {
  return browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
}

export async function storedInsights(browser: Browser): Promise<unknown> {
  return browser.worker.evaluate(async () => (await chrome.storage.local.get('insights')).insights);
}

/** Writes settings the way the popup does: the raw object under the one settings key. */
export async function setSettings(browser: Browser, settings: unknown): Promise<void> {
  await browser.worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

/** Sends a message from the background to every tab, as the shortcut relay and the popup do; returns the answers of tabs with a content script. */
export async function messageContentScripts(browser: Browser, message: unknown): Promise<unknown[]> {
  return browser.worker.evaluate(async (request) => {
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(
      tabs.map((tab) => (tab.id === undefined ? Promise.reject(new Error('no id')) : chrome.tabs.sendMessage(tab.id, request)).then(
        (answer) => ({ answered: true, answer }),
        () => ({ answered: false, answer: undefined }),
      )),
    );
    return answers.filter((entry) => entry.answered).map((entry) => entry.answer);
  }, message);
}

/** The id of the active tab (the page opened last); tab addresses are hidden without the "tabs" permission. */
export async function activeTabId(browser: Browser): Promise<number> {
  const id = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** The text the toolbar icon's badge shows for a tab ('' for none). */
export async function badgeText(browser: Browser, tab: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab);
}

/** The badge's background colour for a tab, as `#rrggbb`. */
export async function badgeColor(browser: Browser, tab: number): Promise<string> {
  const [red, green, blue] = await browser.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tab);
  return `#${[red, green, blue].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** The extension's own page (popup.html, options.html) in a new tab. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const extensionId = new URL(browser.worker.url()).host;
  return browser.open(`chrome-extension://${extensionId}/${path}`);
}

const CLI = resolve(__dirname, '../../dist/cli.js');

/** The score the command-line tool prints for a message (`npm run build:engine` builds it). */
export function cliScore(text: string, channel: 'slack' | 'email'): number {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--channel', channel, '--time-zone', E2E_TIME_ZONE], {
    input: text,
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return (JSON.parse(run.stdout) as { score: number }).score;
}

/**
 * The sorted event types the content script listens for on a node or on the window, read through
 * CDP. DOMDebugger.getEventListeners lists only the listeners of the JavaScript world the object
 * belongs to, so the node is named in the page's main world (`expression`, which may reach a node
 * already removed from the document) and then resolved in the extension's isolated world.
 */
export async function extensionListenerTypes(page: Page, expression: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let extensionContext: number | undefined;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin.startsWith('chrome-extension://')) extensionContext = context.id;
    });
    // Enabling replays a creation event for every existing context before it answers.
    await cdp.send('Runtime.enable');
    if (extensionContext === undefined) throw new Error('no content script in this page');
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    let objectId: string | undefined;
    if (result.subtype === 'node') {
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      ({ object: { objectId } } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId, executionContextId: extensionContext }));
    } else if (expression === 'window') {
      ({ result: { objectId } } = await cdp.send('Runtime.evaluate', { expression: 'window', contextId: extensionContext }));
    }
    if (!objectId) throw new Error(`${expression} is neither a node nor the window`);
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId });
    return listeners.map((listener) => listener.type).sort();
  } finally {
    await cdp.detach();
  }
}
