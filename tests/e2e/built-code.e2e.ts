// Privacy and safety of what ships: no code built from strings at run time, and no script or
// module fetched from anywhere but the extension itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const BUILDS = [EXTENSION_DIR, resolve(EXTENSION_DIR, '../firefox-mv2')];

function filesUnder(dir: string, extension: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return extension.test(name) ? [path] : [];
  });
}

describe.each(BUILDS)('built code in %s', (dir) => {
  const scripts = filesUnder(dir, /\.js$/);
  const pages = filesUnder(dir, /\.html$/);

  it('has scripts to check', () => {
    expect(scripts.length).toBeGreaterThan(3);
  });

  it.each(scripts.map((path) => [path.slice(dir.length + 1), path]))('%s builds no code from strings', (_name, path) => {
    const code = readFileSync(path, 'utf8');
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(code).not.toMatch(/\bimportScripts\s*\(\s*["'`]https?:/);
    expect(code).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
  });

  it.each(pages.map((path) => [path.slice(dir.length + 1), path]))('%s loads scripts from the extension only', (_name, path) => {
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });
});
