import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLintService, serveLintRequests, type LintService } from '../../lib/extension/lint-service';
import { lintAnswerSchema, type LintRequest } from '../../lib/extension/protocol';
import { settingsFingerprint } from '../../lib/extension/settings-fingerprint';
import { disableRule, loadSettings } from '../../lib/extension/settings-store';
import { lint } from '../../lib/lint';
import { defaultSettings } from '../../lib/settings';

const DRAFT = 'URGENT: can you review the doc by 3pm? Hop on a call tomorrow';
const ZONE = 'America/New_York';

function request(fields: Partial<LintRequest> = {}): LintRequest {
  return { type: 'lint', id: 7, text: DRAFT, channel: 'slack', settings: settingsFingerprint(defaultSettings()), timeZone: ZONE, ...fields };
}

describe('the background lint service', () => {
  let service: LintService | null = null;

  beforeEach(() => {
    fakeBrowser.reset();
    // Suggestions name real dates: the service and the direct call must see the same moment.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-12T10:00:00Z'));
  });

  afterEach(() => {
    service?.stop();
    service = null;
    vi.useRealTimers();
  });

  it('answers a lint request with what the engine gives for that text, channel, time zone and the settings in force', async () => {
    service = createLintService();
    const answer = await service.answer(request({ channel: 'email' }));
    expect(answer).toEqual({ id: 7, result: lint(DRAFT, { channel: 'email', settings: defaultSettings(), timeZone: ZONE }) });
    // The fix names the writer's zone, and crosses with the answer.
    expect(answer && 'result' in answer && answer.result.findings.map((finding) => finding.fix?.replacement)).toContain(' EDT');
    expect(lintAnswerSchema.parse(answer)).toEqual(answer);
  });

  it('lints with the stored settings', async () => {
    await disableRule('urgent-language');
    service = createLintService();
    const settings = await loadSettings();
    const answer = await service.answer(request({ settings: settingsFingerprint(settings) }));
    expect(answer).toEqual({ id: 7, result: lint(DRAFT, { channel: 'slack', settings, timeZone: ZONE }) });
    expect(JSON.stringify(answer)).not.toContain('urgent-language');
  });

  it('reloads the settings when the page has newer ones than it has seen yet', async () => {
    service = createLintService();
    await service.answer(request());
    // The change event has not reached the background yet (it reaches the page first).
    fakeBrowser.storage.sync.onChanged.removeAllListeners();
    fakeBrowser.storage.onChanged.removeAllListeners();
    await disableRule('ambiguous-time');
    const newer = await loadSettings();
    const answer = await service.answer(request({ settings: settingsFingerprint(newer) }));
    expect(answer).toEqual({ id: 7, result: lint(DRAFT, { channel: 'slack', settings: newer, timeZone: ZONE }) });
    expect(JSON.stringify(answer)).not.toContain('ambiguous-time');
  });

  it.each([
    ['a request without text', { type: 'lint', id: 1, channel: 'slack', settings: 'x' }],
    ['a request with an unknown channel', { ...request(), channel: 'teams' }],
    ['a request with a negative id', { ...request(), id: -1 }],
    ['a request without a time zone', { ...request(), timeZone: '' }],
    ['another message', { type: 'draft-score', score: 50 }],
    ['no object at all', 'lint'],
    ['null', null],
  ])('gives no answer to %s, without throwing', (_case, message) => {
    service = createLintService();
    expect(service.answer(message)).toBeNull();
  });

  it('answers through runtime messaging, and leaves other messages to other listeners', async () => {
    const stop = serveLintRequests();
    try {
      const answer = lintAnswerSchema.parse(await fakeBrowser.runtime.sendMessage(request({ id: 3, text: 'hi' })));
      expect(answer).toEqual({ id: 3, result: lint('hi', { channel: 'slack', settings: defaultSettings(), timeZone: ZONE }) });
      expect(await fakeBrowser.runtime.sendMessage({ type: 'draft-score', score: 40 })).toBeUndefined();
    } finally {
      stop();
    }
  });
});
