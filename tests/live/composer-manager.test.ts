// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { slackAdapter } from '../../lib/adapters/slack';
import { ComposerManager } from '../../lib/live/composer-manager';
import type { LintResult } from '../../lib/types';
import { fakeScheduler, recordingOverlay, type RecordingOverlay } from './fakes';

const composerHtml = (qa: string) =>
  `<div data-qa="${qa}"><div class="ql-editor" contenteditable="true"><p>hi</p></div></div>`;

async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

describe('ComposerManager', () => {
  const scheduler = fakeScheduler();
  const overlays: RecordingOverlay[] = [];
  const lint = vi.fn(async (): Promise<LintResult> => ({ score: 100, findings: [], breakdown: [] }));
  const manager = new ComposerManager({
    adapter: slackAdapter,
    document,
    scheduler,
    createOverlay: async () => {
      const overlay = recordingOverlay();
      overlays.push(overlay);
      return overlay;
    },
    lint,
    ruleTitle: (ruleId) => ruleId,
    disableRule: () => undefined,
    resultChanged: () => undefined,
  });

  afterEach(() => {
    manager.stop();
    document.body.innerHTML = '';
    overlays.length = 0;
  });

  it('attaches each composer once, however many times the page changes', async () => {
    document.body.innerHTML = composerHtml('message_input');
    manager.start();
    manager.scan();
    await settle();
    document.body.append(document.createElement('div'));
    await settle();
    scheduler.advance(100);
    await settle();
    expect(manager.attachedCount).toBe(1);
    expect(overlays).toHaveLength(1);
  });

  it('attaches a composer that appears later and cleans up one that leaves', async () => {
    manager.start();
    const thread = document.createElement('div');
    thread.setAttribute('data-qa', 'threads_flexpane');
    thread.innerHTML = composerHtml('message_input');
    document.body.append(thread);
    await settle();
    scheduler.advance(100);
    await settle();
    expect(manager.attachedCount).toBe(1);
    expect(overlays[0]?.model.composer).toBe('thread');
    thread.remove();
    await settle();
    scheduler.advance(100);
    expect(manager.attachedCount).toBe(0);
    expect(overlays[0]?.removed).toBe(true);
  });

  it('detaches everything when stopped, and attaches again when started', async () => {
    document.body.innerHTML = composerHtml('message_input') + composerHtml('message_editor');
    manager.start();
    await settle();
    expect(manager.attachedCount).toBe(2);
    manager.stop();
    expect(manager.attachedCount).toBe(0);
    expect(overlays.every((overlay) => overlay.removed)).toBe(true);
    manager.start();
    await settle();
    expect(manager.attachedCount).toBe(2);
  });
});
