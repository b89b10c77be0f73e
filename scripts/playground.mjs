// Runs scripts/playground.ts (which reuses the end-to-end harness) after bundling it with esbuild,
// so the playground needs nothing beyond the project's own dependencies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'async-lint-playground-'));
const outfile = join(outDir, 'playground.cjs');
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/playground.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // The harness finds the build and the fixtures next to itself, wherever the bundle is written.
  define: { __dirname: JSON.stringify(join(root, 'tests', 'e2e')) },
});
await import(pathToFileURL(outfile).href);
