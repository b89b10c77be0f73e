// The popup page of the loaded extension, driving the real content script and toolbar badge: the
// popup shows the focused Slack draft's score, a rule switched off there leaves the composer, and
// Slack switched off takes the badge away.
import type { Page } from 'playwright-core';
import { lint } from '../../lib/lint';
import { defaultSettings } from '../../lib/settings';
import { BAND_COLORS, scoreBand } from '../../lib/ui/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeColor, badgeText, cliScore, E2E_TIME_ZONE, eventually, launchWithExtension, openExtensionPage, readOverlays, resetStorage, storedInsights, type Browser } from './harness';

const SLACK_URL = 'https://app.slack.com/client/T0ACME/C0GENERAL';
const CHANNEL_EDITOR = '[data-qa="message_input"] .ql-editor';
// Two findings of different rules, so one can be switched off while the other stays.
const ASK_WITH_TIME = 'Can you send me the Q3 numbers by 3pm tomorrow? The template is in the shared drive.';

describe('popup', () => {
  let browser: Browser;
  let slack: Page;
  let popup: Page;
  let slackTab: number;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await resetStorage(browser);
    slack = await browser.open(SLACK_URL);
    await slack.locator('async-lint-ui[data-composer="channel"]').waitFor({ state: 'attached' });
    await slack.click(CHANNEL_EDITOR);
    await slack.keyboard.type(ASK_WITH_TIME);
    slackTab = await activeTabId(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const underlinedRules = async () => (await readOverlays(slack)).flatMap((overlay) => overlay.underlines.map((underline) => underline.ruleId));

  it("shows the focused draft's score in the popup and on the toolbar badge", async () => {
    const score = cliScore(ASK_WITH_TIME, 'slack');
    await eventually(async () => expect(await badgeText(browser, slackTab)).toBe(String(score)));
    expect(await badgeColor(browser, slackTab)).toBe(BAND_COLORS[scoreBand(score)]);
    // Opened (as a tab, told which tab it stands for) once the draft is linted, as a user would click the icon.
    popup = await openExtensionPage(browser, `popup.html?tab=${slackTab}`);
    await expect(popup.locator('[data-score]').getAttribute('data-score')).resolves.toBe(String(score));
  });

  it('switches a rule off and its underlines leave the Slack composer', async () => {
    await eventually(async () => expect(await underlinedRules()).toContain('ambiguous-time'));
    const rule = popup.getByRole('switch', { name: 'Time without a time zone' });
    await rule.click();
    // The switch shows what was stored, once the storage write comes back through the watcher.
    await eventually(async () => expect(await rule.getAttribute('aria-checked')).toBe('false'));
    await eventually(async () => expect(await underlinedRules()).not.toContain('ambiguous-time'));
    expect(await underlinedRules()).not.toEqual([]);
  });

  it('counts a cleared draft in the local insights as numbers only, and shows no badge without a draft', async () => {
    await slack.click(CHANNEL_EDITOR);
    await slack.keyboard.press('Control+A');
    await slack.keyboard.press('Backspace');
    await eventually(async () => expect(await badgeText(browser, slackTab)).toBe(''));
    const insights = await eventually(async () => {
      const stored = await storedInsights(browser);
      expect(stored).toBeDefined();
      return stored;
    });
    const days = Object.values((insights as { days: Record<string, { drafts: number; findingsByRule: Record<string, number> }> }).days);
    expect(days).toHaveLength(1);
    // The draft as it was before clearing: linted with the zone rule switched off in the popup.
    const settings = defaultSettings();
    settings.rules['ambiguous-time'] = { enabled: false };
    const linted = lint(ASK_WITH_TIME, { channel: 'slack', settings, timeZone: E2E_TIME_ZONE });
    const expectedCounts: Record<string, number> = {};
    for (const finding of linted.findings) expectedCounts[finding.ruleId] = (expectedCounts[finding.ruleId] ?? 0) + 1;
    expect(days[0]).toEqual({ drafts: 1, scoreSum: linted.score, findingsByRule: expectedCounts });
    expect(JSON.stringify(insights)).not.toMatch(/numbers|board|deck/);
    await slack.keyboard.type(ASK_WITH_TIME);
    await eventually(async () => expect(await badgeText(browser, slackTab)).toMatch(/^\d+$/));
  });

  it('switches Slack off and the badge and the overlay disappear', async () => {
    await popup.getByRole('switch', { name: 'Lint on Slack' }).click();
    await eventually(async () => expect(await badgeText(browser, slackTab)).toBe(''));
    await eventually(async () => expect(await readOverlays(slack)).toEqual([]));
    await eventually(async () => expect(await popup.getByText('Off on Slack.', { exact: false }).count()).toBe(1));
  });

  it('made no network request and printed no error', () => {
    expect(browser.blockedRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
