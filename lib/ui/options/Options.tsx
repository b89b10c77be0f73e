// The options page: the team's options for the rules, the opt-in sites, export and import of the
// settings as JSON, and the local insights. An import is checked whole before anything is stored,
// so a bad file changes nothing and the message names the bad field.
import { useEffect, useId, useState, type FormEvent, type ReactElement } from 'react';
import { clearInsights, loadInsightsSummary, watchInsights } from '../../extension/insights-store';
import { saveSettings } from '../../extension/settings-store';
import type { InsightsSummary } from '../../insights';
import type { Policy } from '../../policy';
import { validateSettingsStrict, type Settings, type SettingsIssue } from '../../settings';
import { RULE_IDS } from '../../types';
import { ResetNotice } from '../settings/ResetNotice';
import { ruleTitle } from '../settings/rule-groups';
import { useSettings } from '../settings/use-settings';

/** Where the options page hands a file to the user; the page supplies a download, tests a spy. */
export interface OptionsEnvironment {
  download(fileName: string, json: string): void;
}

/** FileReader rather than Blob.text(): it works in every browser the extension supports and in jsdom. */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

function describeIssues(issues: SettingsIssue[]): string {
  return issues.map((issue) => `${issue.path || 'the file'}: ${issue.message}`).join('; ');
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function LockedNote({ policy, locked }: { policy: Policy | null; locked: boolean }): ReactElement | null {
  return policy && locked ? <span className="locked">Locked: {policy.reason}</span> : null;
}

type Outcome = { ok: boolean; text: string } | null;

function OutcomeMessage({ outcome }: { outcome: Outcome }): ReactElement | null {
  return outcome && <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>;
}

interface TeamOptionsProps {
  user: Settings;
  /** Shown in place of the user's value where the policy sets it. */
  effective: Settings;
  policy: Policy | null;
  update: (change: (user: Settings) => void) => Promise<boolean>;
  /** Kept by the page: a save re-creates the form from the stored values. */
  onOutcome: (outcome: Outcome) => void;
}

function TeamOptions({ user, effective, policy, update, onOutcome }: TeamOptionsProps): ReactElement {
  const id = useId();
  const locked = (key: keyof Settings['team']) => policy?.team[key] !== undefined;
  const shownTeam = (key: keyof Settings['team']) => (locked(key) ? effective : user).team;
  const [urgentChannel, setUrgentChannel] = useState(shownTeam('urgentChannel').urgentChannel);
  const [artifactWords, setArtifactWords] = useState(shownTeam('artifactWords').artifactWords.join('\n'));
  const [allowList, setAllowList] = useState(shownTeam('allowList').allowList.join('\n'));

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    // A locked field keeps the user's own value underneath the policy's.
    const team = {
      urgentChannel: locked('urgentChannel') ? user.team.urgentChannel : urgentChannel.trim(),
      artifactWords: locked('artifactWords') ? user.team.artifactWords : lines(artifactWords),
      allowList: locked('allowList') ? user.team.allowList : lines(allowList),
    };
    const checked = validateSettingsStrict({ ...user, team });
    if (!checked.ok) {
      onOutcome({ ok: false, text: `Not saved. ${describeIssues(checked.issues)}` });
      return;
    }
    const saved = await update((settings) => {
      settings.team = checked.settings.team;
    });
    onOutcome(saved ? { ok: true, text: 'Saved.' } : null);
  };

  return (
    <form onSubmit={(event) => void save(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Team options</h2>
      <label htmlFor={`${id}-urgent`}>Urgent channel</label>
      <span className="hint">Where true emergencies go; named in the suggestion for "URGENT" messages (e.g. #incidents).</span>
      <input id={`${id}-urgent`} type="text" value={urgentChannel} disabled={locked('urgentChannel')} onChange={(event) => setUrgentChannel(event.target.value)} />
      <LockedNote policy={policy} locked={locked('urgentChannel')} />
      <label htmlFor={`${id}-artifacts`}>Words that name artifacts</label>
      <span className="hint">One a line: things a reader needs a link for (runbook, playbook).</span>
      <textarea id={`${id}-artifacts`} rows={4} value={artifactWords} disabled={locked('artifactWords')} onChange={(event) => setArtifactWords(event.target.value)} />
      <LockedNote policy={policy} locked={locked('artifactWords')} />
      <label htmlFor={`${id}-allow`}>Never flag these terms</label>
      <span className="hint">One a line, matched as whole words in any case (EOD, ASAP).</span>
      <textarea id={`${id}-allow`} rows={4} value={allowList} disabled={locked('allowList')} onChange={(event) => setAllowList(event.target.value)} />
      <LockedNote policy={policy} locked={locked('allowList')} />
      <div className="actions">
        <button type="submit">Save team options</button>
      </div>
    </form>
  );
}

function OptInSites({ user, policy, update }: { user: Settings; policy: Policy | null; update: (change: (user: Settings) => void) => Promise<boolean> }): ReactElement {
  const locked = policy?.sites.optIn !== undefined;
  const sites = policy?.sites.optIn ?? user.sites.optIn;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Other sites</h2>
      <LockedNote policy={policy} locked={locked} />
      {sites.length === 0 ? (
        <p className="empty">No other sites. To add one, open it and turn it on from the toolbar button.</p>
      ) : (
        <ul aria-label="Opt-in sites">
          {sites.map((site) => (
            <li key={site}>
              {site}{' '}
              {!locked && (
                <button
                  type="button"
                  aria-label={`Remove ${site}`}
                  onClick={() =>
                    void update((settings) => {
                      settings.sites.optIn = settings.sites.optIn.filter((entry) => entry !== site);
                    })
                  }
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ExportImport({ user, env }: { user: Settings; env: OptionsEnvironment }): ReactElement {
  const [result, setResult] = useState<Outcome>(null);
  const importFile = async (file: File): Promise<void> => {
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      setResult({ ok: false, text: `Import refused: ${file.name} could not be read (${error instanceof Error ? error.message : String(error)}).` });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setResult({ ok: false, text: `Import refused: ${file.name} is not JSON (${error instanceof Error ? error.message : String(error)}). Nothing was changed.` });
      return;
    }
    const checked = validateSettingsStrict(parsed);
    if (!checked.ok) {
      setResult({ ok: false, text: `Import refused, nothing was changed. ${describeIssues(checked.issues)}` });
      return;
    }
    try {
      await saveSettings(checked.settings);
      setResult({ ok: true, text: `Imported ${file.name}.` });
    } catch (error) {
      setResult({ ok: false, text: `Import refused: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <div className="actions">
        <button type="button" onClick={() => env.download('async-lint-settings.json', `${JSON.stringify(user, null, 2)}\n`)}>
          Export settings
        </button>
      </div>
      <label htmlFor="import-file">Import settings from a JSON file</label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <OutcomeMessage outcome={result} />
    </section>
  );
}

function Insights(): ReactElement {
  const [summary, setSummary] = useState<InsightsSummary | null>(null);
  useEffect(() => {
    let live = true;
    const reload = (): void => {
      loadInsightsSummary().then((next) => live && setSummary(next), () => undefined);
    };
    reload();
    const stop = watchInsights(reload);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const counted = summary ? RULE_IDS.filter((id) => (summary.findingsByRule[id] ?? 0) > 0) : [];
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">Your last 30 days</h2>
      <p className="hint">Counted on this computer only, when a draft is sent or cleared: numbers, never your text.</p>
      {summary === null || summary.drafts === 0 ? (
        <p className="empty">No drafts counted yet.</p>
      ) : (
        <>
          <p>
            Drafts: <strong data-testid="drafts">{summary.drafts}</strong>. Average clarity score:{' '}
            <strong data-testid="average-score">{summary.averageScore}</strong>.
          </p>
          <table aria-label="Findings by rule">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Findings</th>
              </tr>
            </thead>
            <tbody>
              {counted.map((id) => (
                <tr key={id}>
                  <th scope="row">{ruleTitle(id)}</th>
                  <td>{summary.findingsByRule[id]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={() => void clearInsights()}>
          Clear insights
        </button>
      </div>
    </section>
  );
}

export function Options({ env }: { env: OptionsEnvironment }): ReactElement {
  const { state, saveError, update } = useSettings();
  const [teamOutcome, setTeamOutcome] = useState<Outcome>(null);
  if (!state) return <p>Loading…</p>;
  return (
    <main className="options">
      <h1>Async Lint options</h1>
      {state.dropped.length > 0 && (
        <>
          <ResetNotice dropped={state.dropped} detailed />
          <button type="button" onClick={() => void update(() => undefined)}>
            Keep the defaults for these
          </button>
        </>
      )}
      {state.policy && (
        <div className="notice">
          <p>Some settings are set by your organisation and cannot be changed here: {state.policy.reason}.</p>
          {state.policy.dropped.length > 0 && <p>Ignored, not valid in the policy: {describeIssues(state.policy.dropped)}.</p>}
        </div>
      )}
      {saveError && <p role="alert">{saveError}</p>}
      {/* Keyed by the stored team options, so the form shows them again after an import or a change elsewhere. */}
      <TeamOptions key={JSON.stringify(state.effective.team)} user={state.user} effective={state.effective} policy={state.policy} update={update} onOutcome={setTeamOutcome} />
      <OutcomeMessage outcome={teamOutcome} />
      <OptInSites user={state.user} policy={state.policy} update={update} />
      <ExportImport user={state.user} env={env} />
      <Insights />
    </main>
  );
}
