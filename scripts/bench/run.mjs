// `npm run bench`: async-lint against harper.js and write-good on the same texts in one Node
// process, plus large-draft and keystroke relint times, the built bundle sizes (issue 6), and the
// built extension in Chromium (browser.mjs): keystroke-to-overlay time and main-thread long tasks.
// Prints a table and writes bench-results/bench.json. Missed targets are reported, not fatal.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { lint } from '../../dist/index.js';
import { loadMessages, makeDraft } from './texts.mjs';
import { summarize } from './measure.mjs';
import { benchBrowser } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const writeGood = createRequire(import.meta.url)('write-good');

const WARM_UP_MESSAGES = 200;
const COLD_DRAFT_RUNS = 20;
const KEYSTROKES = 200;
const TARGETS = {
  corpusRatio: 0.25, // async-lint median / harper.js median
  keystrokeP95Ms: 2, // relint after one keystroke in an 8 KB draft
  contentScriptGzipBytes: 150 * 1024,
  keystrokeToOverlayBeyondDebounceP95Ms: 100, // in Chromium, 5 KB draft, minus LINT_DELAY_MS
  longestTaskMs: 50, // main thread, while typing, and after a 100 KB or 1 MB paste (the paste's own task is Quill's)
};

// harper.js reads markdown by default; chat and mail messages are plain text.
const harper = new LocalLinter({ binary });
await harper.setup();
const harperOptions = { language: 'plaintext' };

// Each linter lints each corpus message once, the first time it sees that text. Both async-lint
// and harper.js cache what they read (harper.js answers a repeated text several times faster), so
// linting the same text in a loop would time the caches, not the linters. Timing a single call is
// precise enough here: the shortest lints take tens of microseconds.
const linters = [
  { name: 'async-lint', time: (m) => timeOnce(() => lint(m.text, { channel: m.channel })) },
  { name: 'harper.js', time: (m) => timeOnceAsync(() => harper.lint(m.text, harperOptions)) },
  { name: 'write-good', time: (m) => timeOnce(() => writeGood(m.text)) },
];

/** harper.js answers with a promise; awaiting it is part of its cost. */
async function timeOnceAsync(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function benchCorpus(messages) {
  // Every linter warms up (JIT, first allocations) on variants of the first messages, texts that
  // are then never measured, so no measured text is already in a cache.
  const warmUp = messages.slice(0, WARM_UP_MESSAGES).map((message) => ({ ...message, text: `${message.text} (warm-up)` }));
  for (const linter of linters) {
    for (const message of warmUp) await linter.time(message);
  }
  const results = {};
  for (const linter of linters) {
    const times = [];
    for (const message of messages) times.push(await linter.time(message));
    results[linter.name] = summarize(times);
  }
  return results;
}

function timeOnce(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function benchDrafts() {
  // JIT warm-up on drafts that are not measured (variants above the measured ones).
  for (let i = 0; i < 5; i++) lint(makeDraft(8 * 1024, 1000 + i), { channel: 'slack' });

  // Cold: each run lints a draft it has never seen, so a future per-paragraph cache cannot hit.
  const cold = (bytes) =>
    summarize(
      Array.from({ length: COLD_DRAFT_RUNS }, (_, i) => {
        const draft = makeDraft(bytes, i + 1);
        return timeOnce(() => lint(draft, { channel: 'slack' }));
      }),
    );

  // Keystrokes: type KEYSTROKES characters one at a time, relinting the whole draft after each,
  // as the content script does; the previous text has just been linted, as in the editor.
  const typed = 'Also, please double-check the refund numbers before the meeting. ';
  const keystrokes = (insertAt) => {
    let draft = makeDraft(8 * 1024, 0);
    let position = insertAt(draft);
    lint(draft, { channel: 'slack' });
    const times = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      draft = draft.slice(0, position) + typed[i % typed.length] + draft.slice(position);
      position++;
      const text = draft;
      times.push(timeOnce(() => lint(text, { channel: 'slack' })));
    }
    return summarize(times);
  };

  return {
    cold8KB: cold(8 * 1024),
    cold64KB: cold(64 * 1024),
    keystrokeAppend8KB: keystrokes((draft) => draft.length),
    keystrokeMiddle8KB: keystrokes((draft) => draft.lastIndexOf(' ', draft.length / 2) + 1),
  };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const outDir = join(root, '.output/chrome-mv3');
const outManifest = join(outDir, 'manifest.json');

/** `npm run bench` builds first; run directly, this builds only when there is no build at all (it never checks staleness). */
function ensureBuild() {
  if (existsSync(outManifest)) return { builtNow: false };
  console.log(`No ${relative(root, outManifest)}: running \`npx wxt build\` ...`);
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return { builtNow: true, error: `\`npx wxt build\` failed (exit ${build.status})` };
  return { builtNow: true };
}

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { file: relative(outDir, file), rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

/** An extension page's JS: its entry script plus the chunks its HTML preloads (shared chunks count in each page). */
function pageScripts(htmlFile) {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => sizeOf(join(outDir, match[1])));
  const total = scripts.reduce(
    (sum, s) => ({ rawBytes: sum.rawBytes + s.rawBytes, gzipBytes: sum.gzipBytes + s.gzipBytes }),
    { rawBytes: 0, gzipBytes: 0 },
  );
  return { scripts, total };
}

function benchBundles() {
  if (!existsSync(outDir)) return { error: `${relative(root, outDir)} not found: run \`npx wxt build\` first` };
  const contentScripts = listFiles(join(outDir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map(sizeOf);
  const background = sizeOf(join(outDir, 'background.js'));
  const popup = pageScripts('popup.html');
  const options = pageScripts('options.html');
  return {
    contentScripts,
    background,
    popupScripts: popup.scripts,
    popupTotal: popup.total,
    optionsScripts: options.scripts,
    optionsTotal: options.total,
  };
}

/** A paste's size as the table names it: "100 KB", "1 MB". */
function size(bytes) {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function target(name, value, limit, unit) {
  return { name, value, target: `<= ${limit}${unit}`, met: value <= limit };
}

const corpus = loadMessages(resolve(root, '../shared/corpus'));
const perMessage = await benchCorpus(corpus.messages);
const ratio = perMessage['async-lint'].medianMs / perMessage['harper.js'].medianMs;
const drafts = benchDrafts();
const build = ensureBuild();
const bundles = benchBundles();
const measuredBuild = existsSync(outManifest)
  ? `${relative(root, outDir)}, built ${statSync(outManifest).mtime.toISOString()}${build.builtNow ? ' by this run' : ''}`
  : null;
// A browser failure is reported with the rest of the results rather than losing them.
const browserResults = build.error
  ? { skipped: build.error }
  : await benchBrowser({ root, extensionDir: outDir }).catch((error) => ({ error: String(error?.stack ?? error) }));
const largestContentGzip = Math.max(...(bundles.contentScripts ?? []).map((s) => s.gzipBytes));
const keystrokeP95 = Math.max(drafts.keystrokeAppend8KB.p95Ms, drafts.keystrokeMiddle8KB.p95Ms);
const targets = [
  target('corpus median async-lint / harper.js', ratio, TARGETS.corpusRatio, 'x'),
  target('keystroke relint p95, 8 KB draft (ms)', keystrokeP95, TARGETS.keystrokeP95Ms, ' ms'),
  ...(bundles.contentScripts
    ? [target('largest content script gzip (bytes)', largestContentGzip, TARGETS.contentScriptGzipBytes, ' B')]
    : []),
  ...(browserResults.keystroke
    ? [
        target(
          'Chromium keystroke -> overlay p95 beyond the debounce, 5 KB draft (ms)',
          browserResults.keystroke.p95BeyondDelayMs,
          TARGETS.keystrokeToOverlayBeyondDebounceP95Ms,
          ' ms',
        ),
        target('Chromium longest main-thread task, typing in a 5 KB draft (ms)', browserResults.typing.longestMs, TARGETS.longestTaskMs, ' ms'),
        ...Object.values(browserResults.pastes).flatMap((draft) => [
          target(
            `Chromium longest main-thread task after a ${size(draft.bytes)} paste of ${draft.label}, until the overlay shows ${draft.overLimit ? 'its notice' : 'it'} (ms)`,
            draft.paste.afterPaste.longestMs,
            TARGETS.longestTaskMs,
            ' ms',
          ),
          target(
            `Chromium longest main-thread task, typing into the pasted ${size(draft.bytes)} of ${draft.label} (ms)`,
            draft.typingAfter.longestMs,
            TARGETS.longestTaskMs,
            ' ms',
          ),
        ]),
      ]
    : []),
];

const ms = (value) => value.toFixed(3).padStart(9);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const lines = [];
if (corpus.source === 'built-in') {
  lines.push('No ../shared/corpus here: using the built-in messages (scripts/bench/texts.mjs), not the corpus.');
}
lines.push(
  `Per message, ${corpus.messages.length} messages (${corpus.files.join(', ') || 'built-in'}); ms`,
  `  ${'linter'.padEnd(12)}${'median'.padStart(9)} ${'p95'.padStart(9)}`,
  ...Object.entries(perMessage).map(([name, s]) => `  ${name.padEnd(12)}${ms(s.medianMs)} ${ms(s.p95Ms)}`),
  `  ratio async-lint / harper.js (median): ${ratio.toFixed(3)}x`,
  '',
  'async-lint on large drafts; ms',
  `  ${'case'.padEnd(28)}${'median'.padStart(9)} ${'p95'.padStart(9)}`,
  ...Object.entries({
    'cold 8 KB': drafts.cold8KB,
    'cold 64 KB': drafts.cold64KB,
    'keystroke, append, 8 KB': drafts.keystrokeAppend8KB,
    'keystroke, middle, 8 KB': drafts.keystrokeMiddle8KB,
  }).map(([name, s]) => `  ${name.padEnd(28)}${ms(s.medianMs)} ${ms(s.p95Ms)}`),
  '',
);
if (bundles.error) {
  lines.push(`Bundles: ${bundles.error}`, '');
} else {
  lines.push(
    `Bundles (${relative(root, outDir)})`,
    `  ${'file'.padEnd(44)}${'raw'.padStart(10)} ${'gzip'.padStart(10)}`,
    // A chunk both pages preload is listed once.
    ...[...new Map([...bundles.contentScripts, bundles.background, ...bundles.popupScripts, ...bundles.optionsScripts].map((s) => [s.file, s])).values()].map(
      (s) => `  ${s.file.padEnd(44)}${kb(s.rawBytes)} ${kb(s.gzipBytes)}`,
    ),
    `  ${'popup JS total'.padEnd(44)}${kb(bundles.popupTotal.rawBytes)} ${kb(bundles.popupTotal.gzipBytes)}`,
    `  ${'options JS total'.padEnd(44)}${kb(bundles.optionsTotal.rawBytes)} ${kb(bundles.optionsTotal.gzipBytes)}`,
    '',
  );
}
if (browserResults.keystroke) {
  const { keystroke, typing, pastes, liveCheckLimit } = browserResults;
  const row = (label, ...cells) => `  ${label.padEnd(58)}${cells.join(' ')}`;
  const tasks = (label, longestMs, over50Ms, extensionMs) =>
    row(label, ms(longestMs), String(over50Ms).padStart(9), extensionMs === undefined ? '' : ms(extensionMs));
  const extension = (label, t) => tasks(label, t.longestMs, t.over50Ms, t.longestExtensionMs);
  const phaseNames = ['size', 'read', 'remap', 'parse', 'geometry', 'render'];
  const phases = (label, byName) =>
    row(label, ...phaseNames.map((name) => (byName[name] ? ms(byName[name].longestMs) : '-'.padStart(9))));
  lines.push(
    `In Chromium (${browserResults.chromium}), Slack fixture, build ${measuredBuild}`,
    row(`keystroke -> overlay updated, ${keystroke.count} keys, 5 KB; ms`, 'median'.padStart(9), 'p95'.padStart(9)),
    row('  keystroke to overlay', ms(keystroke.medianMs), ms(keystroke.p95Ms)),
    row(`  beyond the ${keystroke.lintDelayMs} ms debounce`, ms(keystroke.medianBeyondDelayMs), ms(keystroke.p95BeyondDelayMs)),
    row('main-thread long tasks; ms', 'longest'.padStart(9), '> 50 ms'.padStart(9), 'ext. ms'.padStart(9)),
    tasks(`  typing ${typing.keystrokes} keys, 5 KB draft (all tasks)`, typing.longestMs, typing.over50Ms),
    ...Object.values(pastes).flatMap((draft) => [
      draft.overLimit
        ? `  paste ${size(draft.bytes)} of ${draft.label}, over the ${size(liveCheckLimit)} checked as you type (notice shown, ${draft.paste.underlinesDrawn} underlines drawn)`
        : `  paste ${size(draft.bytes)} of ${draft.label} (${draft.findings} findings, ${draft.paste.underlinesDrawn} underlines drawn)`,
      tasks('    the paste itself (Quill)', draft.paste.pasteTaskMs, draft.paste.pasteTaskMs > 50 ? 1 : 0),
      tasks(
        `    all tasks after the paste, until ${draft.overLimit ? 'the notice shows' : 'the overlay shows it'}`,
        draft.paste.afterPaste.longestMs,
        draft.paste.afterPaste.over50Ms,
      ),
      extension("    of those, tasks with the extension's work", draft.paste.extensionAfterPaste),
      tasks('    without the extension: the paste itself', draft.pasteWithoutExtension.pasteTaskMs, draft.pasteWithoutExtension.pasteTaskMs > 50 ? 1 : 0),
      tasks('    without the extension: all tasks after the paste', draft.pasteWithoutExtension.afterPaste.longestMs, draft.pasteWithoutExtension.afterPaste.over50Ms),
      extension(`    typing ${draft.typingAfter.keys} keys into it: tasks with the extension's work`, draft.typingAfter.extension),
      tasks(`    typing ${draft.typingAfter.keys} keys into it: all tasks`, draft.typingAfter.longestMs, draft.typingAfter.over50Ms),
      tasks('    typing them without the extension: all tasks', draft.typingAfterWithoutExtension.longestMs, draft.typingAfterWithoutExtension.over50Ms),
    ]),
    row("content script's longest run of each phase; ms", ...phaseNames.map((name) => name.padStart(9))),
    ...Object.values(pastes).flatMap((draft) => [
      phases(`  paste ${size(draft.bytes)} of ${draft.label}`, draft.paste.phases),
      phases(`  typing ${draft.typingAfter.keys} keys into it`, draft.typingAfter.phases),
    ]),
    '',
  );
} else {
  lines.push(`In Chromium: ${browserResults.skipped ? `skipped, ${browserResults.skipped}` : `failed: ${browserResults.error}`}`, '');
}
lines.push(
  'Targets',
  ...targets.map((t) => `  ${t.met ? 'met    ' : 'NOT met'}  ${t.name}: ${+t.value.toFixed(3)} (target ${t.target})`),
);
console.log(lines.join('\n'));

const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  corpus: { source: corpus.source, files: corpus.files, messages: corpus.messages.length },
  perMessage,
  ratioAsyncLintToHarperMedian: ratio,
  drafts,
  bundles,
  build: measuredBuild,
  browser: browserResults,
  targets,
};
writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${relative(root, join(resultsDir, 'bench.json'))}`);
if (browserResults.error) process.exitCode = 1;
