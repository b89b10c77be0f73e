// Says which stored settings were invalid and are in force as their defaults, so a corrupted or
// foreign value is never silently lost.
import type { ReactElement } from 'react';
import type { SettingsIssue } from '../../settings';

export function ResetNotice({ dropped, detailed }: { dropped: SettingsIssue[]; detailed: boolean }): ReactElement | null {
  if (dropped.length === 0) return null;
  return (
    <div role="status" className="notice">
      <p>
        Some saved settings were invalid and were reset to their defaults
        {detailed ? ':' : `: ${dropped.map((issue) => issue.path || 'all settings').join(', ')}.`}
      </p>
      {detailed && (
        <ul>
          {dropped.map((issue) => (
            <li key={issue.path}>
              <code>{issue.path || 'all settings'}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
