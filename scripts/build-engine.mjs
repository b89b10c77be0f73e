// Builds the Node package: the engine (dist/index.js) and the `async-lint` executable
// (dist/cli.js) as ESM bundles, plus type declarations. Runs on `npm ci` through `prepare`, so it
// must work from a fresh clone with nothing but the installed dependencies.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const typesDir = join(dist, 'types');

rmSync(dist, { recursive: true, force: true });

const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay imports, resolved from the user's node_modules like any package's.
  packages: 'external',
  logLevel: 'warning',
};
await build({ ...shared, entryPoints: ['lib/index.ts'], outfile: 'dist/index.js' });
await build({ ...shared, entryPoints: ['lib/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
chmodSync(join(dist, 'cli.js'), 0o755);

// Run the project's own tsc with this Node, whatever PATH holds.
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { cwd: root, stdio: 'inherit' });

// The sources import without extensions (bundler resolution), and tsc copies the specifiers into
// the declarations as they are. A consumer on "moduleResolution": "nodenext" needs real file
// names, so each relative specifier is pointed at the file it means.
function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? declarationFiles(join(dir, entry.name)) : entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  );
}
const relativeSpecifier = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;
for (const file of declarationFiles(typesDir)) {
  const source = readFileSync(file, 'utf8');
  const rewritten = source.replace(relativeSpecifier, (whole, lead, quote, specifier) => {
    if (/\.(js|json)$/.test(specifier)) return whole;
    const target = resolve(dirname(file), specifier);
    if (existsSync(`${target}.d.ts`)) return `${lead}${quote}${specifier}.js${quote}`;
    if (existsSync(join(target, 'index.d.ts'))) return `${lead}${quote}${specifier}/index.js${quote}`;
    throw new Error(`${file}: cannot resolve ${specifier} among the declarations`);
  });
  if (rewritten !== source) writeFileSync(file, rewritten);
}
// package.json names dist/index.d.ts as the types entry; it re-exports the emitted tree.
writeFileSync(join(dist, 'index.d.ts'), "export * from './types/lib/index.js';\n");
