// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../lib/ui/Overlay';
import { describeFix, formatSize, tooLongNotice, type FindingSummary, type OverlayActions, type OverlayModel } from '../../lib/ui/model';

const deadline: FindingSummary = {
  key: 'missing-deadline|message',
  ruleId: 'missing-deadline',
  title: 'Missing deadline',
  message: 'The ask has no deadline',
  suggestion: 'Say when you need it, e.g. "by Friday 12:00 CET".',
  severity: 'warning',
  messageLevel: true,
  hasFix: false,
  fixLabel: null,
};

const time: FindingSummary = {
  key: 'ambiguous-time|3pm',
  ruleId: 'ambiguous-time',
  title: 'Time without a zone',
  message: '“3pm” has no time zone',
  suggestion: 'Add the zone.',
  severity: 'warning',
  messageLevel: false,
  hasFix: true,
  fixLabel: 'Add “CET”',
};

function model(overrides: Partial<OverlayModel> = {}): OverlayModel {
  return {
    site: 'slack',
    composer: 'channel',
    score: 62,
    tooLong: null,
    breakdown: [
      { category: 'deadline', penalty: 25, ruleIds: ['missing-deadline'] },
      { category: 'time', penalty: 12, ruleIds: ['ambiguous-time'] },
      { category: 'links', penalty: 0, ruleIds: [] },
    ],
    badge: { left: 500, top: 700, width: 30, height: 20 },
    clip: { left: 0, top: 600, width: 560, height: 130 },
    underlines: [
      {
        key: time.key,
        ruleId: 'ambiguous-time',
        severity: 'warning',
        messageLevel: false,
        start: 34,
        end: 37,
        boxes: [{ left: 100, top: 650, width: 25, height: 18 }],
      },
    ],
    panelOpen: false,
    panelItems: [time, deadline],
    dismissedCount: 0,
    card: null,
    ...overrides,
  };
}

function actions() {
  return {
    togglePanel: vi.fn<OverlayActions['togglePanel']>(),
    closePopups: vi.fn<OverlayActions['closePopups']>(),
    openCard: vi.fn<OverlayActions['openCard']>(),
    apply: vi.fn<OverlayActions['apply']>(),
    dismiss: vi.fn<OverlayActions['dismiss']>(),
    disableRule: vi.fn<OverlayActions['disableRule']>(),
  } satisfies OverlayActions;
}

afterEach(cleanup);

describe('Overlay', () => {
  it('draws one underline per finding with its rule and offsets, placed over the text', () => {
    const { container } = render(<Overlay model={model()} actions={actions()} />);
    const underlines = container.querySelectorAll<HTMLElement>('[data-start]');
    expect(underlines).toHaveLength(1);
    const [underline] = underlines;
    expect(underline?.dataset).toMatchObject({ ruleId: 'ambiguous-time', start: '34', end: '37' });
    // Positioned relative to the clip box, which sits at the editor's visible area.
    expect(underline?.style.left).toBe('100px');
    expect(underline?.style.top).toBe('50px');
    expect(underline?.style.width).toBe('25px');
  });

  it('shows the score on a badge named for it, which toggles the panel', () => {
    const handlers = actions();
    render(<Overlay model={model()} actions={handlers} />);
    const badge = screen.getByRole('button', { name: 'Clarity score 62' });
    expect(badge.dataset).toMatchObject({ score: '62', band: 'fair' });
    fireEvent.click(badge);
    expect(handlers.togglePanel).toHaveBeenCalledTimes(1);
  });

  it('lists every finding in the panel, the message-level ones marked, with the breakdown', () => {
    render(<Overlay model={model({ panelOpen: true })} actions={actions()} />);
    const panel = screen.getByRole('dialog', { name: 'Clarity score 62' });
    const items = panel.querySelectorAll('li[data-rule-id]');
    expect(Array.from(items, (item) => item.getAttribute('data-rule-id'))).toEqual(['ambiguous-time', 'missing-deadline']);
    expect(within(panel).getByText('whole message')).toBeTruthy();
    expect(within(panel).getByText(deadline.suggestion)).toBeTruthy();
    expect(within(panel).getByLabelText('Score breakdown').textContent).toBe('deadline−25time−12');
  });

  it('offers apply only for a finding with a fix, and reports each action with its finding', () => {
    const handlers = actions();
    const { rerender } = render(
      <Overlay model={model({ card: { finding: time, anchor: { left: 100, top: 650, width: 25, height: 18 }, takeFocus: false } })} actions={handlers} />,
    );
    const card = screen.getByRole('dialog', { name: 'Time without a zone' });
    fireEvent.click(within(card).getByRole('button', { name: 'Add “CET”' }));
    fireEvent.click(card.querySelector('[data-action="dismiss"]') as Element);
    fireEvent.click(card.querySelector('[data-action="disable-rule"]') as Element);
    expect(handlers.apply).toHaveBeenCalledWith(time.key);
    expect(handlers.dismiss).toHaveBeenCalledWith(time.key);
    expect(handlers.disableRule).toHaveBeenCalledWith('ambiguous-time');

    rerender(<Overlay model={model({ card: { finding: deadline, anchor: { left: 0, top: 0, width: 10, height: 10 }, takeFocus: false } })} actions={handlers} />);
    const deadlineCard = screen.getByRole('dialog', { name: 'Missing deadline' });
    expect(deadlineCard.querySelector('[data-action="apply"]')).toBeNull();
    expect(deadlineCard.querySelectorAll('[data-action]')).toHaveLength(2);
  });

  it('says on the badge, in its name and tooltip, and in the panel that a draft too long is not checked', () => {
    const handlers = actions();
    const tooLong = { length: 1_250_000, limit: 200 * 1024 };
    const notice = 'This draft is too long to check as you type (1.2 MB; up to 200 KB is checked).';
    const { container, rerender } = render(
      <Overlay model={model({ tooLong, score: null, breakdown: [], underlines: [], clip: null, panelItems: [] })} actions={handlers} />,
    );
    const badge = screen.getByRole('button', { name: notice });
    expect(badge.textContent).toBe('!');
    expect(badge.title).toBe(notice);
    expect(badge.dataset.band).toBe('too-long');
    expect(badge.hasAttribute('data-score')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(notice);
    expect(container.querySelector('[data-start]')).toBeNull();
    fireEvent.click(badge);
    expect(handlers.togglePanel).toHaveBeenCalledTimes(1);

    rerender(<Overlay model={model({ tooLong, score: null, breakdown: [], underlines: [], clip: null, panelItems: [], panelOpen: true })} actions={handlers} />);
    const panel = screen.getByRole('dialog', { name: 'Not checked' });
    expect(panel.textContent).toContain(notice);
    expect(panel.textContent).toContain('Checking resumes by itself once it is shorter.');
    expect(panel.querySelector('li')).toBeNull();
  });

  it('announces nothing, and names the badge by its score, while the draft is checked', () => {
    render(<Overlay model={model()} actions={actions()} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Clarity score 62' }).title).toBe('');
  });

  it('draws no badge or underlines for a composer that is off screen', () => {
    const { container } = render(<Overlay model={model({ badge: null, clip: null })} actions={actions()} />);
    expect(container.querySelector('[data-score]')).toBeNull();
    expect(container.querySelector('[data-start]')).toBeNull();
  });
});

describe('the too-long notice', () => {
  it('gives sizes in KB below a megabyte and MB above, rounded up so a draft never reads as no longer than the limit', () => {
    expect(formatSize(200 * 1024)).toBe('200 KB');
    expect(formatSize(200 * 1024 + 1)).toBe('201 KB');
    expect(formatSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatSize(1024 * 1024 + 1)).toBe('1.1 MB');
    expect(tooLongNotice({ length: 409_600, limit: 204_800 })).toBe('This draft is too long to check as you type (400 KB; up to 200 KB is checked).');
  });
});

describe('describeFix', () => {
  it('says what the fix does to the text', () => {
    expect(describeFix({ start: 37, end: 37, replacement: ' CET' })).toBe('Add “CET”');
    expect(describeFix({ start: 0, end: 4, replacement: 'by Friday' })).toBe('Change to “by Friday”');
    expect(describeFix({ start: 0, end: 4, replacement: '' })).toBe('Remove');
  });
});
