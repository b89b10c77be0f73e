// The toolbar popup: the focused draft's score in the current tab with its breakdown and findings,
// the switch for the current site, pause-everywhere, and a switch for every rule. The page it talks
// to is given as an environment, so tests can stand in for the tab and the permission prompt.
import { useEffect, useState, type ReactElement } from 'react';
import { isRuleEnabled } from '../../settings';
import type { DraftAnswer } from '../../extension/protocol';
import { isOptedIn, sitePattern } from '../../extension/sites';
import { scoreBand, tooLongExplanation } from '../model';
import { ResetNotice } from '../settings/ResetNotice';
import { Switch } from '../settings/Switch';
import { CATEGORY_LABELS, rulesByCategory, ruleTitle } from '../settings/rule-groups';
import { useSettings } from '../settings/use-settings';
import { resetRuleSettings, type SettingsState } from '../../extension/settings-store';

/** What the content script of the current tab said (its site, and its draft, that it is too long to check, or null), or that none answered. */
export type TabAnswer = { kind: 'answered'; answer: DraftAnswer } | { kind: 'no-content-script' };

export interface PopupEnvironment {
  /** The current tab's address, or null when the popup cannot see it. */
  pageUrl: string | null;
  /** Asks the current tab's content script for its focused draft. */
  requestDraft(): Promise<TabAnswer>;
  /** Asks for access to the current site and opts it in; false when the user refused. */
  enableSite(): Promise<boolean>;
  openOptions(): void;
}

type CurrentSite = { kind: 'slack' | 'gmail'; name: string } | { kind: 'opt-in'; name: string; url: string } | { kind: 'none' };

const DEDICATED_SITES = { slack: { kind: 'slack', name: 'Slack' }, gmail: { kind: 'gmail', name: 'Gmail' } } as const;

/** The site of the current tab, from its address or, when the popup cannot read that, from its content script's answer. */
export function currentSite(pageUrl: string | null, answer: TabAnswer | null): CurrentSite {
  const answeredSite = answer?.kind === 'answered' ? answer.answer.site : null;
  if (!pageUrl) return answeredSite === 'slack' || answeredSite === 'gmail' ? DEDICATED_SITES[answeredSite] : { kind: 'none' };
  let host: string;
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    return { kind: 'none' };
  }
  if (host === 'app.slack.com') return DEDICATED_SITES.slack;
  if (host === 'mail.google.com') return DEDICATED_SITES.gmail;
  return sitePattern(pageUrl) ? { kind: 'opt-in', name: host, url: pageUrl } : { kind: 'none' };
}

function isSiteOn(site: CurrentSite, state: SettingsState): boolean {
  if (site.kind === 'slack' || site.kind === 'gmail') return state.effective.sites[site.kind];
  return site.kind === 'opt-in' && isOptedIn(state.effective, site.url);
}

function siteLockReason(site: CurrentSite, state: SettingsState): string | null {
  const policy = state.policy;
  if (!policy) return null;
  if (site.kind === 'slack' || site.kind === 'gmail') return policy.sites[site.kind] === undefined ? null : policy.reason;
  return site.kind === 'opt-in' && policy.sites.optIn !== undefined ? policy.reason : null;
}

function DraftSection({ answer, site, state }: { answer: TabAnswer | null; site: CurrentSite; state: SettingsState }): ReactElement {
  const active = !state.effective.paused && isSiteOn(site, state);
  let whyNoScore: string | null = null;
  if (answer === null) whyNoScore = 'Reading the draft…';
  else if (site.kind === 'none') whyNoScore = 'This page cannot be linted. async-lint works in Slack, Gmail and the sites you turn on.';
  else if (state.effective.paused) whyNoScore = 'Paused everywhere. Turn "Pause everywhere" off to lint your drafts.';
  else if (!active) whyNoScore = `Off on ${site.name}. Turn the site on to lint your drafts here.`;
  else if (answer.kind === 'no-content-script') whyNoScore = 'async-lint is not running in this tab yet. Reload the page to start it.';
  else if (answer.answer.draft === null) whyNoScore = 'No draft here. Click into a message box and start writing.';
  else if ('status' in answer.answer.draft) whyNoScore = tooLongExplanation(answer.answer.draft);

  if (whyNoScore !== null || answer?.kind !== 'answered' || answer.answer.draft === null || 'status' in answer.answer.draft) {
    return (
      <section aria-labelledby="draft-heading" className="draft">
        <h2 id="draft-heading">Your draft</h2>
        <p className="empty">{whyNoScore}</p>
      </section>
    );
  }
  const draft = answer.answer.draft;
  const lost = draft.breakdown.filter((entry) => entry.penalty > 0);
  return (
    <section aria-labelledby="draft-heading" className="draft">
      <h2 id="draft-heading">Your draft</h2>
      <p className={`score score-${scoreBand(draft.score)}`} data-score={draft.score}>
        Clarity score <strong>{draft.score}</strong> of 100
      </p>
      {lost.length > 0 && (
        <ul aria-label="Points lost by category" className="breakdown">
          {lost.map((entry) => (
            <li key={entry.category}>
              {CATEGORY_LABELS[entry.category]}: −{Math.round(entry.penalty)}
            </li>
          ))}
        </ul>
      )}
      {draft.findings.length === 0 ? (
        <p className="empty">Nothing to fix: a reader can act on this without asking.</p>
      ) : (
        <ul aria-label="Findings" className="findings">
          {draft.findings.map((finding) => (
            <li key={`${finding.ruleId}-${finding.start}-${finding.end}`} data-rule-id={finding.ruleId}>
              <strong>{ruleTitle(finding.ruleId)}</strong>: {finding.message}
              <span className="suggestion">{finding.suggestion}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Popup({ env }: { env: PopupEnvironment }): ReactElement {
  const { state, saveError, update } = useSettings();
  const [siteError, setSiteError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<TabAnswer | null>(null);
  const effective = state?.effective;
  useEffect(() => {
    if (!effective) return;
    let live = true;
    env.requestDraft().then(
      (next) => live && setAnswer(next),
      () => live && setAnswer({ kind: 'no-content-script' }),
    );
    return () => {
      live = false;
    };
    // The settings in force change the draft's findings: ask again whenever they change.
  }, [env, effective]);
  if (!state) return <p>Loading…</p>;
  const site = currentSite(env.pageUrl, answer);
  const policy = state.policy;

  const switchSite = async (on: boolean): Promise<void> => {
    setSiteError(null);
    if (site.kind === 'slack' || site.kind === 'gmail') {
      await update((settings) => {
        settings.sites[site.kind] = on;
      });
    } else if (site.kind === 'opt-in' && on) {
      if (!(await env.enableSite())) setSiteError(`Access to ${site.name} was not granted, so it stays off.`);
    } else if (site.kind === 'opt-in') {
      await update((settings) => {
        settings.sites.optIn = settings.sites.optIn.filter((entry) => sitePattern(entry) !== sitePattern(site.url));
      });
    }
  };

  return (
    <main className="popup">
      <h1>Async Lint</h1>
      <ResetNotice dropped={state.dropped} detailed={false} />
      {saveError && <p role="alert">{saveError}</p>}
      <DraftSection answer={answer} site={site} state={state} />
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Where it runs</h2>
        {site.kind !== 'none' && (
          <Switch
            label={`Lint on ${site.name}`}
            checked={isSiteOn(site, state)}
            lockedReason={siteLockReason(site, state)}
            onChange={(on) => void switchSite(on)}
          />
        )}
        {siteError && <p role="alert">{siteError}</p>}
        <Switch
          label="Pause everywhere"
          checked={state.effective.paused}
          onChange={(paused) =>
            void update((settings) => {
              settings.paused = paused;
            })
          }
        />
      </section>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        {rulesByCategory().map((group) => (
          <fieldset key={group.category} className="rule-group">
            <legend>{CATEGORY_LABELS[group.category]}</legend>
            {group.rules.map((rule) => (
              <Switch
                key={rule.id}
                label={rule.title}
                description={rule.description}
                checked={isRuleEnabled(state.effective, rule.id, rule.enabledByDefault)}
                lockedReason={policy && policy.ruleEnabled[rule.id] !== undefined ? policy.reason : null}
                onChange={(enabled) =>
                  void update((settings) => {
                    settings.rules[rule.id] = { ...settings.rules[rule.id], enabled };
                  })
                }
              />
            ))}
          </fieldset>
        ))}
        <div className="actions">
          <button type="button" onClick={() => void update(resetRuleSettings)}>
            Reset rules to defaults
          </button>
          <button type="button" onClick={env.openOptions}>
            Team options, sites and insights
          </button>
        </div>
      </section>
    </main>
  );
}
