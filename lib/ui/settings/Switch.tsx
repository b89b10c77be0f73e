// An on/off control that assistive technology announces as a switch: its name is the label, its
// description the explanation and, when a policy holds it, the reason it cannot be changed.
import { useId, type ReactElement } from 'react';

export interface SwitchProps {
  label: string;
  checked: boolean;
  description?: string;
  /** Why the switch cannot be changed (an organisation policy), or null. */
  lockedReason?: string | null;
  onChange(checked: boolean): void;
}

export function Switch({ label, checked, description, lockedReason = null, onChange }: SwitchProps): ReactElement {
  const id = useId();
  const locked = lockedReason !== null;
  const describedBy = [description ? `${id}-description` : '', locked ? `${id}-locked` : ''].filter(Boolean).join(' ');
  return (
    <div className="switch-row">
      <button
        type="button"
        role="switch"
        className="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy || undefined}
        disabled={locked}
        onClick={() => onChange(!checked)}
      >
        <span className="switch-track" aria-hidden="true" />
      </button>
      <div className="switch-text">
        <span id={`${id}-label`} className="switch-label">
          {label}
        </span>
        {description && (
          <span id={`${id}-description`} className="switch-description">
            {description}
          </span>
        )}
        {locked && (
          <span id={`${id}-locked`} className="locked">
            Locked: {lockedReason}
          </span>
        )}
      </div>
    </div>
  );
}
