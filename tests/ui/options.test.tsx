// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordFinishedDraft } from '../../lib/extension/insights-store';
import type { Settings } from '../../lib/settings';
import { Options, type OptionsEnvironment } from '../../lib/ui/options/Options';

async function storedSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

function renderOptions(download: OptionsEnvironment['download'] = () => undefined) {
  return render(<Options env={{ download }} />);
}

function importFile(contents: string, name = 'team.json'): void {
  const input = screen.getByLabelText('Import settings from a JSON file');
  fireEvent.change(input, { target: { files: [new File([contents], name, { type: 'application/json' })] } });
}

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('saves the team options', async () => {
    renderOptions();
    fireEvent.change(await screen.findByLabelText('Urgent channel'), { target: { value: '#incidents' } });
    fireEvent.change(screen.getByLabelText('Words that name artifacts'), { target: { value: 'runbook\n  playbook \n\n' } });
    fireEvent.change(screen.getByLabelText('Never flag these terms'), { target: { value: 'EOD' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save team options' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect((await storedSettings())?.team).toEqual({ urgentChannel: '#incidents', artifactWords: ['runbook', 'playbook'], allowList: ['EOD'] });
  });

  it('refuses a team option the schema rejects, naming it, and saves nothing', async () => {
    renderOptions();
    fireEvent.change(await screen.findByLabelText('Never flag these terms'), { target: { value: `ok\n${'x'.repeat(81)}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Save team options' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Not saved\. team\.allowList\.1: /);
    expect(await storedSettings()).toBeUndefined();
  });

  it('refuses an invalid import with the bad field named, and changes nothing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { team: { urgentChannel: '#ops' } } });
    renderOptions();
    await screen.findByLabelText('Urgent channel');
    importFile(JSON.stringify({ paused: true, team: { allowList: ['EOD', 42] } }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Import refused, nothing was changed\. team\.allowList\.1: /);
    expect(await storedSettings()).toEqual({ team: { urgentChannel: '#ops' } });
    importFile('{"rules": ', 'broken.json');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/broken\.json is not JSON/));
  });

  it('imports a valid file whole, and exports what is stored', async () => {
    const download = vi.fn<OptionsEnvironment['download']>();
    renderOptions(download);
    await screen.findByLabelText('Urgent channel');
    importFile(JSON.stringify({ version: 1, rules: { 'missing-deadline': { enabled: false } }, team: { urgentChannel: '#incidents' } }));
    expect((await screen.findByRole('status')).textContent).toBe('Imported team.json.');
    expect((await storedSettings())?.rules).toEqual({ 'missing-deadline': { enabled: false } });
    await vi.waitFor(() => expect((screen.getByLabelText('Urgent channel') as HTMLInputElement).value).toBe('#incidents'));
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    const [fileName, json] = download.mock.calls[0] ?? [];
    expect(fileName).toBe('async-lint-settings.json');
    expect(JSON.parse(json ?? '')).toEqual(await storedSettings());
  });

  it('lists the opt-in sites and removes one', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: { optIn: ['https://chat.example.com', 'https://wiki.example.org'] } } });
    renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://chat.example.com' }));
    await vi.waitFor(async () => expect((await storedSettings())?.sites.optIn).toEqual(['https://wiki.example.org']));
  });

  it('says what a corrupted value reset, and shows the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { team: { urgentChannel: 5, allowList: ['EOD'] } } });
    renderOptions();
    const notice = await screen.findByRole('status');
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent?.split(':')[0])).toEqual(['team.urgentChannel']);
    expect((screen.getByLabelText('Urgent channel') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Never flag these terms') as HTMLTextAreaElement).value).toBe('EOD');
    fireEvent.click(screen.getByRole('button', { name: 'Keep the defaults for these' }));
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('shows a policy-set option as locked with the reason', async () => {
    await fakeBrowser.storage.managed.set({ reason: 'Required by Acme IT', team: { urgentChannel: '#sev1', allowList: 'EOD' } });
    renderOptions();
    const urgent = (await screen.findByLabelText('Urgent channel')) as HTMLInputElement;
    expect(urgent.disabled).toBe(true);
    expect(urgent.value).toBe('#sev1');
    expect(urgent.parentElement?.textContent).toContain('Locked: Required by Acme IT');
    // A part of the policy that is not valid is ignored, and the page says so.
    expect((screen.getByLabelText('Never flag these terms') as HTMLTextAreaElement).disabled).toBe(false);
    expect(screen.getByText(/^Ignored, not valid in the policy: team\.allowList: /)).toBeTruthy();
  });

  it('shows the last 30 days as numbers, and clears them', async () => {
    await recordFinishedDraft({ score: 40, ruleIds: ['missing-deadline', 'missing-link'] });
    await recordFinishedDraft({ score: 91, ruleIds: ['missing-link'] });
    renderOptions();
    expect((await screen.findByTestId('average-score')).textContent).toBe('66');
    expect(screen.getByTestId('drafts').textContent).toBe('2');
    const rows = within(screen.getByRole('table', { name: 'Findings by rule' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Request without a deadline1', 'Resource without a link2']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear insights' }));
    expect(await screen.findByText('No drafts counted yet.')).toBeTruthy();
  });
});
