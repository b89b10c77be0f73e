// The in-page overlay of one composer: underlines over the flagged text, the clarity score badge,
// the findings panel and the card of one finding. Rendered from the session's model; every user
// action goes back to the session. The data attributes here are a contract the tests rely on.
import type { ReactElement } from 'react';
import type { Box } from '../live/findings';
import type { CardModel, FindingSummary, OverlayActions, OverlayModel, UnderlineModel } from './model';
import { scoreBand, tooLongExplanation, tooLongNotice } from './model';

const CARD_WIDTH = 320;
const GAP = 6;

function px(box: Box, origin: { left: number; top: number } = { left: 0, top: 0 }) {
  return { left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height };
}

function unionBox(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  return { left, top, width: right - left, height: bottom - top };
}

function Underline({ underline, clip }: { underline: UnderlineModel; clip: Box }): ReactElement {
  const outer = unionBox(underline.boxes);
  return (
    <div
      className="underline"
      data-rule-id={underline.ruleId}
      data-start={underline.start}
      data-end={underline.end}
      data-severity={underline.severity}
      data-message-level={String(underline.messageLevel)}
      style={px(outer, clip)}
    >
      {underline.boxes.map((box, index) => (
        <div key={index} className="segment" style={px(box, outer)} />
      ))}
    </div>
  );
}

function FindingText({ finding }: { finding: FindingSummary }): ReactElement {
  return (
    <>
      <p className="message">{finding.message}</p>
      <p className="suggestion">{finding.suggestion}</p>
    </>
  );
}

function Card({ card, actions }: { card: CardModel; actions: OverlayActions }): ReactElement {
  const { finding, anchor } = card;
  const viewportWidth = window.innerWidth;
  const left = Math.max(GAP, Math.min(anchor.left, viewportWidth - CARD_WIDTH - GAP));
  const below = anchor.top + anchor.height + GAP;
  // Open upwards when the flagged text is in the lower half of the screen (composers sit at the bottom).
  const placement = below > window.innerHeight / 2 ? { bottom: window.innerHeight - anchor.top + GAP } : { top: below };
  const titleId = `async-lint-card-${finding.key}`;
  return (
    <div
      className="popup card"
      role="dialog"
      aria-labelledby={titleId}
      data-rule-id={finding.ruleId}
      tabIndex={-1}
      style={{ left, ...placement, position: 'fixed' }}
    >
      <h2 id={titleId}>{finding.title}</h2>
      <FindingText finding={finding} />
      <div className="actions">
        {finding.hasFix && (
          <button type="button" data-action="apply" onClick={() => actions.apply(finding.key)}>
            {finding.fixLabel ?? 'Apply fix'}
          </button>
        )}
        <button type="button" data-action="dismiss" onClick={() => actions.dismiss(finding.key)}>
          Dismiss
        </button>
        <button type="button" data-action="disable-rule" onClick={() => actions.disableRule(finding.ruleId)}>
          Turn off this rule
        </button>
      </div>
    </div>
  );
}

function Panel({ model, actions, badge }: { model: OverlayModel; actions: OverlayActions; badge: Box }): ReactElement {
  const right = Math.max(GAP, window.innerWidth - (badge.left + badge.width));
  const placement = badge.top > window.innerHeight / 2 ? { bottom: window.innerHeight - badge.top + GAP } : { top: badge.top + badge.height + GAP };
  return (
    <div className="popup panel" role="dialog" aria-labelledby="async-lint-panel-title" tabIndex={-1} style={{ right, ...placement, position: 'fixed' }}>
      <h2 id="async-lint-panel-title">{model.tooLong ? 'Not checked' : `Clarity score ${model.score ?? '…'}`}</h2>
      {model.tooLong ? (
        <p>{tooLongExplanation(model.tooLong)}</p>
      ) : model.panelItems.length === 0 ? (
        <p>Nothing to improve{model.dismissedCount > 0 ? ` (${model.dismissedCount} dismissed)` : ''}.</p>
      ) : (
        <ul>
          {model.panelItems.map((finding) => (
            <li key={finding.key} className="item" data-rule-id={finding.ruleId} data-message-level={String(finding.messageLevel)}>
              <button type="button" className="title" onClick={() => actions.openCard(finding.key)}>
                {finding.title}
              </button>
              {finding.messageLevel && <span className="tag">whole message</span>}
              <FindingText finding={finding} />
            </li>
          ))}
        </ul>
      )}
      {model.dismissedCount > 0 && model.panelItems.length > 0 && <p className="tag">{model.dismissedCount} dismissed</p>}
      <div className="breakdown" aria-label="Score breakdown">
        {model.breakdown
          .filter((category) => category.penalty > 0)
          .map((category) => (
            <div key={category.category} style={{ display: 'contents' }} data-category={category.category}>
              <span>{category.category}</span>
              <span>−{category.penalty}</span>
            </div>
          ))}
      </div>
    </div>
  );
}

function badgeLabel(model: OverlayModel): { text: string; band: string; name: string } {
  if (model.tooLong) return { text: '!', band: 'too-long', name: tooLongNotice(model.tooLong) };
  if (model.score === null) return { text: '…', band: 'none', name: 'Clarity score pending' };
  return { text: String(model.score), band: scoreBand(model.score), name: `Clarity score ${model.score}` };
}

export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }): ReactElement {
  const { badge, clip } = model;
  const label = badgeLabel(model);
  return (
    <div className="root" data-site={model.site} data-composer={model.composer}>
      {clip && (
        <div className="clip" style={px(clip)}>
          {model.underlines.map((underline) => (
            <Underline key={underline.key} underline={underline} clip={clip} />
          ))}
        </div>
      )}
      {badge && (
        <button
          type="button"
          className="badge"
          data-score={model.score ?? undefined}
          data-band={label.band}
          aria-label={label.name}
          // The name as a tooltip too: "!" alone does not say what is wrong.
          title={model.tooLong ? label.name : undefined}
          aria-expanded={model.panelOpen}
          aria-haspopup="dialog"
          style={px(badge)}
          onClick={actions.togglePanel}
        >
          {label.text}
        </button>
      )}
      {/* Present from the start, so that screen readers announce the notice when it appears. */}
      <p className="announce" role="status">
        {model.tooLong ? tooLongNotice(model.tooLong) : ''}
      </p>
      {model.panelOpen && badge && <Panel model={model} actions={actions} badge={badge} />}
      {model.card && <Card card={model.card} actions={actions} />}
    </div>
  );
}
