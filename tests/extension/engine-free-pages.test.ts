// The engine (the rules, lib/analysis and compromise's lexicon, a few hundred KB) runs in the
// background only: the popup and options pages and the content scripts are parsed on every open or
// page load, so they take what they show about rules from lib/rule-catalog.ts instead. esbuild
// lists every module an entry point pulls in; none may be the engine's.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const ENGINE_MODULE = /^(rules\/|lib\/analysis\/|lib\/lint\.ts$|node_modules\/compromise\/)/;

async function bundledModules(entryPoint: string): Promise<string[]> {
  const { metafile } = await build({
    absWorkingDir: projectRoot,
    entryPoints: [entryPoint],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
}

describe('what each entry point bundles', () => {
  it.each([
    'entrypoints/popup/main.tsx',
    'entrypoints/options/main.tsx',
    'entrypoints/slack.content.ts',
    'entrypoints/gmail.content.ts',
    'entrypoints/generic.content.ts',
  ])('%s bundles none of the engine', async (entryPoint) => {
    expect((await bundledModules(entryPoint)).filter((path) => ENGINE_MODULE.test(path))).toEqual([]);
  });

  it('bundles the engine in the background, where it runs', async () => {
    const modules = await bundledModules('entrypoints/background.ts');
    expect(modules).toContain('rules/index.ts');
    expect(modules.some((path) => path.startsWith('node_modules/compromise/'))).toBe(true);
  });
});
