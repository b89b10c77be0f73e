// The popup page: wires the popup to the current tab (its content script, through the typed
// protocol, the answer checked with zod) and to the optional host permission for opt-in sites.
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { enableSite } from '../../lib/extension/opt-in';
import { draftAnswerSchema, type ContentRequest } from '../../lib/extension/protocol';
import { Popup, type PopupEnvironment, type TabAnswer } from '../../lib/ui/popup/Popup';
import '../../lib/ui/settings/settings.css';

async function main(): Promise<void> {
  // A tab id given in the query stands for the current tab: the end-to-end tests open the popup as a tab.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const forTab = new URLSearchParams(location.search).get('tab');
  const target = forTab ? await browser.tabs.get(Number(forTab)) : tab;
  const tabId = target?.id;
  const pageUrl = target?.url ?? null;

  const env: PopupEnvironment = {
    pageUrl,
    async requestDraft(): Promise<TabAnswer> {
      if (tabId === undefined) return { kind: 'no-content-script' };
      const request: ContentRequest = { type: 'get-draft' };
      // A tab without a content script rejects: nothing there answers.
      const response: unknown = await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
      const parsed = draftAnswerSchema.safeParse(response);
      return parsed.success ? { kind: 'answered', answer: parsed.data } : { kind: 'no-content-script' };
    },
    enableSite: () => (pageUrl ? enableSite(pageUrl) : Promise.resolve(false)),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<Popup env={env} />);
}

void main();
