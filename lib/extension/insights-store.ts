// Where local insights live: local storage (statistics about this browser's drafts do not follow
// the user, and never leave the machine).
import { storage } from 'wxt/utils/storage';
import { emptyInsights, parseInsights, recordDraft, summarizeInsights, type InsightsSummary } from '../insights';
import type { RuleId } from '../types';

/** Version 1 is the first stored shape; a later one adds its migration step here. */
export const insightsItem = storage.defineItem<unknown>('local:insights', { fallback: null, version: 1, migrations: {} });

export async function recordFinishedDraft(draft: { score: number; ruleIds: RuleId[] }, now = new Date()): Promise<void> {
  await insightsItem.setValue(recordDraft(parseInsights(await insightsItem.getValue()), draft, now));
}

export async function loadInsightsSummary(now = new Date()): Promise<InsightsSummary> {
  return summarizeInsights(parseInsights(await insightsItem.getValue()), now);
}

export async function clearInsights(): Promise<void> {
  await insightsItem.setValue(emptyInsights());
}

export function watchInsights(onChange: () => void): () => void {
  return insightsItem.watch(onChange);
}
