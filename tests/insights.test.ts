import { describe, expect, it } from 'vitest';
import { emptyInsights, parseInsights, recordDraft, summarizeInsights } from '../lib/insights';

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('local insights', () => {
  it('counts findings by rule and averages scores over the last 30 days', () => {
    let insights = emptyInsights();
    insights = recordDraft(insights, { score: 40, ruleIds: ['missing-deadline', 'missing-link'] }, day('2025-03-01'));
    insights = recordDraft(insights, { score: 90, ruleIds: ['missing-link'] }, day('2025-03-20'));
    // Two findings of one rule in one draft count twice.
    insights = recordDraft(insights, { score: 70, ruleIds: ['vague-deadline', 'vague-deadline'] }, day('2025-03-22'));
    insights = recordDraft(insights, { score: 71, ruleIds: [] }, day('2025-03-25'));
    expect(summarizeInsights(insights, day('2025-03-25'))).toEqual({
      drafts: 4,
      averageScore: 68,
      findingsByRule: { 'missing-deadline': 1, 'missing-link': 2, 'vague-deadline': 2 },
    });
    // 1 March is more than 30 days before 31 March.
    expect(summarizeInsights(insights, day('2025-03-31'))).toEqual({
      drafts: 3,
      averageScore: 77,
      findingsByRule: { 'missing-link': 1, 'vague-deadline': 2 },
    });
  });

  it('forgets days that left the window when it records', () => {
    const old = recordDraft(emptyInsights(), { score: 50, ruleIds: [] }, day('2025-01-01'));
    expect(Object.keys(recordDraft(old, { score: 60, ruleIds: [] }, day('2025-03-01')).days)).toEqual(['2025-03-01']);
  });

  it('has no average without drafts, and reads a corrupted value as empty', () => {
    expect(summarizeInsights(parseInsights({ days: { yesterday: 3 } }), day('2025-03-01'))).toEqual({ drafts: 0, averageScore: null, findingsByRule: {} });
  });
});
