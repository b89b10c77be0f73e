// Runs scripts/playground.ts (which reuses the end-to-end harness) after bundling it with esbuild,
// so the playground needs nothing beyond the project's own dependencies.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the project (next to the build, ignored by git), so its imports resolve from node_modules.
const outfile = join(root, '.output', 'playground.cjs');
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
