import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enableSite } from '../../lib/extension/opt-in';
import { loadSettingsState } from '../../lib/extension/settings-store';

/** Stands in for the user's answer to the permission prompt, which the fake browser leaves unimplemented. */
function answerPermissionRequests(granted: boolean) {
  const request = vi.fn((_request: { permissions?: string[]; origins?: string[] }) => Promise.resolve(granted));
  // Assigned rather than spied on: the typed API's callback overload would make the spy return void.
  Object.assign(browser.permissions, { request });
  return request;
}

describe('enableSite (the popup turning another site on)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for access to that one site and opts it in once granted', async () => {
    const request = answerPermissionRequests(true);
    expect(await enableSite('https://chat.example.com/room/4?x=1')).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['scripting'], origins: ['https://chat.example.com/*'] });
    expect((await loadSettingsState()).user.sites.optIn).toEqual(['https://chat.example.com']);
    // Enabling it again adds no duplicate.
    await enableSite('https://chat.example.com/other');
    expect((await loadSettingsState()).user.sites.optIn).toEqual(['https://chat.example.com']);
  });

  it('changes nothing when access is refused, and never asks for Slack, Gmail or a browser page', async () => {
    const request = answerPermissionRequests(false);
    expect(await enableSite('https://chat.example.com/')).toBe(false);
    expect((await loadSettingsState()).user.sites.optIn).toEqual([]);
    request.mockClear();
    for (const url of ['https://app.slack.com/client/T1', 'https://mail.google.com/mail/u/0/', 'chrome://extensions/']) {
      expect(await enableSite(url)).toBe(false);
    }
    expect(request).not.toHaveBeenCalled();
  });
});
