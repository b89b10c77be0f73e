// Local insights: how the user's messages did over the last 30 days, as numbers only. A draft is
// counted once, when its composer is emptied (the message was sent or thrown away), with its last
// score and the rule of each of its findings; the text itself is never stored.
import { z } from 'zod';
import { RULE_IDS, type RuleId } from './types';

export const INSIGHTS_DAYS = 30;

const dayTotalsSchema = z.object({
  drafts: z.number().int().nonnegative(),
  scoreSum: z.number().nonnegative(),
  findingsByRule: z.partialRecord(z.enum(RULE_IDS), z.number().int().nonnegative()),
});

/** Totals per local calendar day, keyed "YYYY-MM-DD". */
export const insightsSchema = z.object({ days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), dayTotalsSchema) });
export type Insights = z.infer<typeof insightsSchema>;

export function emptyInsights(): Insights {
  return { days: {} };
}

/** Stored insights, or empty ones when the stored value is missing or corrupted (they are only statistics). */
export function parseInsights(value: unknown): Insights {
  const result = insightsSchema.safeParse(value);
  return result.success ? result.data : emptyInsights();
}

function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function firstDayKept(now: Date): string {
  const first = new Date(now);
  first.setDate(first.getDate() - (INSIGHTS_DAYS - 1));
  return dayKey(first);
}

/** Adds one finished draft (`ruleIds`: one entry per finding) and forgets days older than the window, so storage stays small. */
export function recordDraft(insights: Insights, draft: { score: number; ruleIds: RuleId[] }, now: Date): Insights {
  const oldest = firstDayKept(now);
  const days = Object.fromEntries(Object.entries(insights.days).filter(([day]) => day >= oldest));
  const key = dayKey(now);
  const today = days[key] ?? { drafts: 0, scoreSum: 0, findingsByRule: {} };
  const findingsByRule = { ...today.findingsByRule };
  for (const id of draft.ruleIds) findingsByRule[id] = (findingsByRule[id] ?? 0) + 1;
  days[key] = { drafts: today.drafts + 1, scoreSum: today.scoreSum + draft.score, findingsByRule };
  return { days };
}

export interface InsightsSummary {
  drafts: number;
  /** Rounded average score, or null with no draft in the window. */
  averageScore: number | null;
  findingsByRule: Partial<Record<RuleId, number>>;
}

/** Totals over the last 30 days up to `now`. */
export function summarizeInsights(insights: Insights, now: Date): InsightsSummary {
  const oldest = firstDayKept(now);
  const newest = dayKey(now);
  let drafts = 0;
  let scoreSum = 0;
  const findingsByRule: Partial<Record<RuleId, number>> = {};
  for (const [day, totals] of Object.entries(insights.days)) {
    if (day < oldest || day > newest) continue;
    drafts += totals.drafts;
    scoreSum += totals.scoreSum;
    for (const [id, count] of Object.entries(totals.findingsByRule) as Array<[RuleId, number]>) {
      findingsByRule[id] = (findingsByRule[id] ?? 0) + count;
    }
  }
  return { drafts, averageScore: drafts > 0 ? Math.round(scoreSum / drafts) : null, findingsByRule };
}
