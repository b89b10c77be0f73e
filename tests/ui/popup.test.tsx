// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckedDraft } from '../../lib/extension/protocol';
import { Popup, type PopupEnvironment, type TabAnswer } from '../../lib/ui/popup/Popup';
import type { Settings } from '../../lib/settings';

const SLACK = 'https://app.slack.com/client/T0ACME/C0GENERAL';

const draft: CheckedDraft = {
  score: 58,
  findings: [
    {
      ruleId: 'missing-deadline',
      severity: 'warning',
      start: 0,
      end: 30,
      message: 'The ask has no deadline',
      suggestion: 'Say when you need it, e.g. "by Friday 12:00 CET".',
      messageLevel: true,
    },
  ],
  breakdown: [
    { category: 'deadline', penalty: 22, ruleIds: ['missing-deadline'] },
    { category: 'links', penalty: 0, ruleIds: [] },
  ],
};

function environment(overrides: Partial<PopupEnvironment> = {}): PopupEnvironment {
  return {
    pageUrl: SLACK,
    requestDraft: () => Promise.resolve<TabAnswer>({ kind: 'answered', answer: { site: 'slack', draft } }),
    enableSite: () => Promise.resolve(true),
    openOptions: () => undefined,
    ...overrides,
  };
}

async function storedSettings(): Promise<Settings> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
}

describe('popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it("shows the focused draft's score, its breakdown and its findings", async () => {
    render(<Popup env={environment()} />);
    expect(await screen.findByText('58')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Points lost by category' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Deadline: −22',
    ]);
    const finding = within(screen.getByRole('list', { name: 'Findings' })).getByRole('listitem');
    expect(finding.textContent).toContain('Request without a deadline: The ask has no deadline');
  });

  it('says why there is no score: no draft, no content script, a page that cannot be linted, a site that is off', async () => {
    const { unmount } = render(<Popup env={environment({ requestDraft: () => Promise.resolve({ kind: 'answered', answer: { site: 'slack', draft: null } }) })} />);
    expect(await screen.findByText(/No draft here/)).toBeTruthy();
    unmount();
    render(<Popup env={environment({ requestDraft: () => Promise.resolve({ kind: 'no-content-script' }) })} />);
    expect(await screen.findByText(/not running in this tab yet/)).toBeTruthy();
    cleanup();
    render(<Popup env={environment({ pageUrl: 'chrome://extensions/' })} />);
    expect(await screen.findByText(/This page cannot be linted/)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /^Lint on/ })).toBeNull();
    cleanup();
    await fakeBrowser.storage.sync.set({ settings: { sites: { slack: false } } });
    render(<Popup env={environment()} />);
    expect(await screen.findByText(/Off on Slack/)).toBeTruthy();
    expect(screen.queryByText('58')).toBeNull();
  });

  it('says that the focused draft is too long to check, with its size and the limit, instead of a score', async () => {
    const tooLong = { status: 'too-long', length: 1_250_000, limit: 200 * 1024 } as const;
    render(<Popup env={environment({ requestDraft: () => Promise.resolve({ kind: 'answered', answer: { site: 'slack', draft: tooLong } }) })} />);
    const region = await screen.findByRole('region', { name: 'Your draft' });
    expect((await within(region).findByText(/^This draft is too long/)).textContent).toBe(
      'This draft is too long to check as you type (1.2 MB; up to 200 KB is checked). Checking resumes by itself once it is shorter.',
    );
    expect(within(region).getByRole('heading', { level: 2, name: 'Your draft' })).toBeTruthy();
    expect(region.querySelector('[data-score]')).toBeNull();
    expect(screen.queryByText(/No draft here/)).toBeNull();
  });

  it('lists every rule as a switch named by its title, grouped by category, with its description', async () => {
    render(<Popup env={environment()} />);
    const deadlineGroup = await screen.findByRole('group', { name: 'Deadline' });
    expect(within(deadlineGroup).getAllByRole('switch')).toEqual([
      within(deadlineGroup).getByRole('switch', { name: 'Request without a deadline' }),
      within(deadlineGroup).getByRole('switch', { name: 'Vague deadline' }),
    ]);
    const rule = within(deadlineGroup).getByRole('switch', { name: 'Vague deadline' });
    expect(rule.getAttribute('aria-checked')).toBe('true');
    expect(document.getElementById(rule.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/time frame|soon/i);
    // Ten rules, the current site and pause-everywhere.
    expect(screen.getAllByRole('switch')).toHaveLength(12);
  });

  it('stores a switched-off rule, and resets every rule to its default', async () => {
    render(<Popup env={environment()} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Resource without a link' }));
    await vi.waitFor(async () => expect((await storedSettings()).rules['missing-link']).toEqual({ enabled: false }));
    await vi.waitFor(() => expect(screen.getByRole('switch', { name: 'Resource without a link' }).getAttribute('aria-checked')).toBe('false'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset rules to defaults' }));
    await vi.waitFor(async () => expect((await storedSettings()).rules).toEqual({}));
  });

  it('switches the current site and pauses everywhere', async () => {
    render(<Popup env={environment()} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Lint on Slack' }));
    await vi.waitFor(async () => expect((await storedSettings()).sites.slack).toBe(false));
    fireEvent.click(screen.getByRole('switch', { name: 'Pause everywhere' }));
    await vi.waitFor(async () => expect((await storedSettings()).paused).toBe(true));
    expect(await screen.findByText(/Paused everywhere\./)).toBeTruthy();
  });

  it('knows Slack from its content script when the tab address is hidden', async () => {
    render(<Popup env={environment({ pageUrl: null })} />);
    expect((await screen.findByRole('switch', { name: 'Lint on Slack' })).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('58')).toBeTruthy();
  });

  it('asks for access to turn an opt-in site on, and says so when it is refused', async () => {
    const enableSite = vi.fn(() => Promise.resolve(false));
    render(<Popup env={environment({ pageUrl: 'https://chat.example.com/room/4', enableSite })} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Lint on chat.example.com' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Access to chat.example.com was not granted');
    expect(enableSite).toHaveBeenCalledTimes(1);
  });

  it('turns an opted-in site off', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: { optIn: ['https://chat.example.com'] } } });
    render(<Popup env={environment({ pageUrl: 'https://chat.example.com/room/4' })} />);
    const site = await screen.findByRole('switch', { name: 'Lint on chat.example.com' });
    expect(site.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(site);
    await vi.waitFor(async () => expect((await storedSettings()).sites.optIn).toEqual([]));
  });

  it('shows the defaults and a notice when the stored settings are corrupted', async () => {
    await fakeBrowser.storage.sync.set({ settings: { rules: { 'missing-link': 'off' }, paused: 3 } });
    render(<Popup env={environment()} />);
    expect((await screen.findByRole('status')).textContent).toContain('reset to their defaults: paused, rules.missing-link');
    expect(screen.getByRole('switch', { name: 'Resource without a link' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('switch', { name: 'Pause everywhere' }).getAttribute('aria-checked')).toBe('false');
  });

  it('shows a policy-locked switch as disabled, with the reason', async () => {
    await fakeBrowser.storage.managed.set({ reason: 'Required by Acme IT', rules: { 'urgent-language': { enabled: true } }, sites: { slack: true } });
    render(<Popup env={environment()} />);
    const rule = await screen.findByRole('switch', { name: 'Urgency instead of a deadline' });
    expect(rule.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(rule.getAttribute('aria-describedby')?.split(' ')[1] ?? '')?.textContent).toBe('Locked: Required by Acme IT');
    expect(screen.getByRole('switch', { name: 'Lint on Slack' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('switch', { name: 'Missing or vague ask' }).hasAttribute('disabled')).toBe(false);
  });
});
