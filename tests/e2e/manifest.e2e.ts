// The built manifest asks for the fewest permissions that work: storage; host access only to Slack
// and Gmail, through the content scripts' match patterns; other sites only on request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js: string[] }>;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

describe('built manifest', () => {
  it('has exactly the permissions the extension needs', () => {
    expect(manifest.permissions).toEqual(['storage', 'activeTab']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(['scripting']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('runs content scripts on Slack and Gmail only', () => {
    expect(manifest.content_scripts?.flatMap((script) => script.matches).sort()).toEqual(['https://app.slack.com/*', 'https://mail.google.com/*']);
  });

  it('declares the shortcut that opens the panel', () => {
    expect(manifest.commands?.['open-panel']?.suggested_key?.default).toBe('Alt+Shift+L');
  });
});
