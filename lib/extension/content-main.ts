// What every content script does, whatever the site: read the settings, have the background lint
// the site's composers while the site is on (the engine never loads into the page, and a long draft
// never blocks it), draw each composer's overlay in its own shadow root, answer the background
// (shortcut) and the popup, tell the background the focused draft's score for the toolbar badge,
// and count finished drafts for the local insights. Everything stops with the WXT context.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ComposerTarget, SiteAdapter } from '../adapters/types';
import { ComposerManager } from '../live/composer-manager';
import type { ComposerSession, DraftSnapshot, OverlayPort, Scheduler } from '../live/composer-session';
import { defaultSettings, type Settings } from '../settings';
import { RULE_CATALOG } from '../rule-catalog';
import type { LintResult, RuleId } from '../types';
import { timePhase, TIMING_PHASES } from '../live/timing';
import { createOverlayPort } from '../ui/overlay-host';
import { overlayCss } from '../ui/styles';
import { recordFinishedDraft } from './insights-store';
import { contentRequestSchema, lintAnswerSchema, type BackgroundMessage, type DraftAnswer, type DraftState, type LintRequest } from './protocol';
import { settingsFingerprint } from './settings-fingerprint';
import { disableRule, loadSettings, watchSettings } from './settings-store';

/** The overlay element's tag; tests and other tools find the extension's UI by it. */
export const OVERLAY_TAG = 'async-lint-ui';

async function mountOverlay(ctx: ContentScriptContext, target: ComposerTarget, adapter: SiteAdapter): Promise<OverlayPort> {
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: overlayCss,
    // Keys typed in a card must not trigger the page's own shortcuts.
    isolateEvents: true,
    onMount: (container, _shadow, host) => {
      host.setAttribute('data-site', adapter.site);
      host.setAttribute('data-composer', target.kind);
      return container;
    },
  });
  ui.mount();
  return createOverlayPort(ui.shadowHost, ui.shadow, ui.uiContainer, () => ui.remove());
}

/**
 * What the popup is told of the focused composer's draft: that it is too long to check, its lint
 * (the findings without the session's keys and fixes, which the popup does not use), or null when
 * there is no focused composer, nothing typed or no result yet.
 */
export function draftState(snapshot: DraftSnapshot | undefined): DraftState {
  if (!snapshot) return null;
  if (snapshot.tooLong) return { status: 'too-long', ...snapshot.tooLong };
  if (snapshot.score === null || snapshot.text.trim() === '') return null;
  return {
    score: snapshot.score,
    breakdown: snapshot.breakdown,
    findings: snapshot.findings.map(({ ruleId, severity, start, end, message, suggestion, messageLevel }) => ({
      ruleId, severity, start, end, message, suggestion, messageLevel,
    })),
  };
}

/**
 * Timers whose handlers do nothing once the extension is reloaded or removed. WXT's
 * `ctx.setTimeout` does the same, but adds an invalidation listener per call that is never
 * removed: one per keystroke, each holding its handler (and through it the session and the
 * editor) until the tab closes.
 */
function schedulerFor(ctx: ContentScriptContext): Scheduler {
  return {
    setTimeout: (handler, ms) => window.setTimeout(() => ctx.isValid && handler(), ms),
    requestAnimationFrame: (handler) => window.requestAnimationFrame(() => ctx.isValid && handler()),
  };
}

export function runContentScript(ctx: ContentScriptContext, adapter: SiteAdapter, isSiteOn: (settings: Settings) => boolean): void {
  /** Sent with each lint request, so the background lints with these settings or newer ones. */
  let settingsInForce = settingsFingerprint(defaultSettings());
  let lastRequestId = 0;
  const scheduler = schedulerFor(ctx);
  const writerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  /** Has the background lint the text; rejects when it does not answer, or answers something else. */
  const lintInBackground = async (text: string): Promise<LintResult> => {
    lastRequestId += 1;
    const request: LintRequest = {
      type: 'lint',
      id: lastRequestId,
      text,
      channel: adapter.channel,
      settings: settingsInForce,
      timeZone: writerTimeZone,
    };
    const reply: unknown = await browser.runtime.sendMessage(request);
    const answer = timePhase(TIMING_PHASES.parse, () => lintAnswerSchema.parse(reply));
    if (answer.id !== request.id) throw new Error(`answer ${answer.id} to lint request ${request.id}`);
    if ('error' in answer) throw new Error(answer.error);
    // Checking thousands of findings takes tens of milliseconds: the session applies them in a
    // task of its own, so the two never add up to one long task.
    await new Promise<void>((resolve) => scheduler.setTimeout(resolve, 0));
    return answer.result;
  };
  const manager = new ComposerManager({
    adapter,
    document,
    scheduler,
    createOverlay: (target) => mountOverlay(ctx, target, adapter),
    lint: lintInBackground,
    ruleTitle: (ruleId) => RULE_CATALOG[ruleId].title,
    disableRule: (ruleId) => {
      disableRule(ruleId).catch((error: unknown) => console.warn('async-lint: could not save the setting', error));
    },
    // In a task of its own, after the one that applied a (possibly long) result.
    resultChanged: () => scheduler.setTimeout(reportFocusedDraft, 0),
  });

  let reportedScore: number | null = null;
  const sendScore = (score: number | null): void => {
    if (score === reportedScore) return;
    reportedScore = score;
    const message: BackgroundMessage = { type: 'draft-score', score };
    // The background may be restarting; the next change reports again.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  /** The last linted non-empty state of each draft, counted in the insights when its composer empties (sent or cleared). */
  const lastDraft = new WeakMap<ComposerSession, { score: number; ruleIds: RuleId[] }>();
  function reportFocusedDraft(): void {
    const session = manager.focusedSession();
    const draft = session?.snapshot();
    if (!session || !draft || draft.score === null) {
      sendScore(null);
      return;
    }
    if (draft.text.trim() !== '') {
      // One id per finding, so the insights count findings, not drafts, by rule.
      lastDraft.set(session, { score: draft.score, ruleIds: draft.findings.map((finding) => finding.ruleId) });
      sendScore(draft.score);
      return;
    }
    sendScore(null);
    const finished = lastDraft.get(session);
    if (!finished) return;
    lastDraft.delete(session);
    recordFinishedDraft(finished).catch((error: unknown) =>
      console.warn('async-lint: could not count the draft', error),
    );
  }
  ctx.addEventListener(document, 'focusin', () => scheduler.setTimeout(reportFocusedDraft, 0), { capture: true });

  const applySettings = (next: Settings): void => {
    settingsInForce = settingsFingerprint(next);
    if (next.paused || !isSiteOn(next)) {
      manager.stop();
      sendScore(null);
      return;
    }
    manager.start();
    manager.relintAll();
  };
  ctx.onInvalidated(watchSettings(applySettings));
  ctx.onInvalidated(() => manager.stop());
  loadSettings().then((loaded) => {
    if (ctx.isValid) applySettings(loaded);
  }, (error: unknown) => console.warn('async-lint: could not read settings', error));

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: DraftAnswer) => void): false => {
    const request = contentRequestSchema.safeParse(message);
    if (!request.success) return false;
    const session = manager.focusedSession();
    if (request.data.type === 'open-panel') {
      session?.openPanel();
      return false;
    }
    sendResponse({ site: adapter.site, draft: draftState(session?.snapshot()) });
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
