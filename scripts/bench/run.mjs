// `npm run bench`: async-lint against harper.js and write-good on the same texts in one Node
// process, plus large-draft and keystroke relint times and the built bundle sizes (issue 6).
// Prints a table and writes bench-results/bench.json. Missed targets are reported, not fatal.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { lint } from '../../dist/index.js';
import { loadMessages, makeDraft } from './texts.mjs';
import { summarize, timeAsync, timeSync } from './measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const writeGood = createRequire(import.meta.url)('write-good');

const WARM_UP_MESSAGES = 200;
const COLD_DRAFT_RUNS = 20;
const KEYSTROKES = 200;
const TARGETS = {
  corpusRatio: 0.25, // async-lint median / harper.js median
  keystrokeP95Ms: 2, // relint after one keystroke in an 8 KB draft
  contentScriptGzipBytes: 150 * 1024,
};

// harper.js reads markdown by default; chat and mail messages are plain text.
const harper = new LocalLinter({ binary });
await harper.setup();
const harperOptions = { language: 'plaintext' };

const linters = [
  { name: 'async-lint', time: (m) => timeSync(() => lint(m.text, { channel: m.channel })) },
  { name: 'harper.js', time: (m) => timeAsync(() => harper.lint(m.text, harperOptions)) },
  { name: 'write-good', time: (m) => timeSync(() => writeGood(m.text)) },
];

async function benchCorpus(messages) {
  // Every linter warms up on the same messages before any of them is measured.
  for (const linter of linters) {
    for (const message of messages.slice(0, WARM_UP_MESSAGES)) await linter.time(message);
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

function sizeOf(file) {
  const bytes = readFileSync(file);
  return { file: relative(outDir, file), rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

function benchBundles() {
  if (!existsSync(outDir)) return { error: `${relative(root, outDir)} not found: run \`npx wxt build\` first` };
  const contentScripts = listFiles(join(outDir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map(sizeOf);
  // The popup's JS is its entry script plus the chunks popup.html preloads.
  const popupHtml = readFileSync(join(outDir, 'popup.html'), 'utf8');
  const popupScripts = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) =>
    sizeOf(join(outDir, match[1])),
  );
  const popupTotal = popupScripts.reduce(
    (sum, s) => ({ rawBytes: sum.rawBytes + s.rawBytes, gzipBytes: sum.gzipBytes + s.gzipBytes }),
    { rawBytes: 0, gzipBytes: 0 },
  );
  return { contentScripts, popupScripts, popupTotal };
}

function target(name, value, limit, unit) {
  return { name, value, target: `<= ${limit}${unit}`, met: value <= limit };
}

const corpus = loadMessages(resolve(root, '../shared/corpus'));
const perMessage = await benchCorpus(corpus.messages);
const ratio = perMessage['async-lint'].medianMs / perMessage['harper.js'].medianMs;
const drafts = benchDrafts();
const bundles = benchBundles();
const largestContentGzip = Math.max(...(bundles.contentScripts ?? []).map((s) => s.gzipBytes));
const keystrokeP95 = Math.max(drafts.keystrokeAppend8KB.p95Ms, drafts.keystrokeMiddle8KB.p95Ms);
const targets = [
  target('corpus median async-lint / harper.js', ratio, TARGETS.corpusRatio, 'x'),
  target('keystroke relint p95, 8 KB draft (ms)', keystrokeP95, TARGETS.keystrokeP95Ms, ' ms'),
  ...(bundles.contentScripts
    ? [target('largest content script gzip (bytes)', largestContentGzip, TARGETS.contentScriptGzipBytes, ' B')]
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
    ...[...bundles.contentScripts, ...bundles.popupScripts].map(
      (s) => `  ${s.file.padEnd(44)}${kb(s.rawBytes)} ${kb(s.gzipBytes)}`,
    ),
    `  ${'popup JS total'.padEnd(44)}${kb(bundles.popupTotal.rawBytes)} ${kb(bundles.popupTotal.gzipBytes)}`,
    '',
  );
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
  targets,
};
writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${relative(root, join(resultsDir, 'bench.json'))}`);
