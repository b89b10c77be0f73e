// What the in-page overlay draws, as plain data: the live session computes it from the draft and
// the page's geometry, and the React overlay only renders it and reports the user's actions back.
import type { Box } from '../live/findings';
import type { CategoryScore, RuleId, Severity } from '../types';

export type ScoreBand = 'good' | 'fair' | 'poor';

export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** Badge colours by band, dark enough for the badge's white text (contrast 4.5:1 or more). */
export const BAND_COLORS: Record<ScoreBand, string> = { good: '#1a7f37', fair: '#9a6700', poor: '#cf222e' };

export interface UnderlineModel {
  key: string;
  ruleId: RuleId;
  severity: Severity;
  messageLevel: boolean;
  start: number;
  end: number;
  /** One box per rendered line fragment of the flagged characters, in viewport coordinates. */
  boxes: Box[];
}

export interface FindingSummary {
  key: string;
  ruleId: RuleId;
  title: string;
  message: string;
  suggestion: string;
  severity: Severity;
  messageLevel: boolean;
  hasFix: boolean;
  /** What the apply button says the fix does ("Add “CET”"), or null without a fix. */
  fixLabel: string | null;
}

export interface CardModel {
  finding: FindingSummary;
  /** Where the flagged text is, to place the card under it. */
  anchor: Box;
  /** True when the card was opened for someone using the keyboard inside the card already. */
  takeFocus: boolean;
}

/** A draft longer than the session checks as you type: its length and the limit, in characters. */
export interface TooLong {
  length: number;
  limit: number;
}

export interface OverlayModel {
  site: string;
  composer: string;
  score: number | null;
  breakdown: CategoryScore[];
  /** Set when the draft is too long to check: there is then no score and nothing underlined. */
  tooLong: TooLong | null;
  /** Where the badge goes, or null when the composer is not on screen. */
  badge: Box | null;
  /** The part of the viewport where the editor's text is visible; underlines are clipped to it. */
  clip: Box | null;
  underlines: UnderlineModel[];
  panelOpen: boolean;
  panelItems: FindingSummary[];
  dismissedCount: number;
  card: CardModel | null;
}

export interface OverlayActions {
  togglePanel(): void;
  /** Closes the panel or card, moving focus back to the editor when it was in the overlay. */
  closePopups(): void;
  openCard(key: string): void;
  apply(key: string): void;
  dismiss(key: string): void;
  disableRule(ruleId: RuleId): void;
}

/** Words for the apply button: what the fix adds, changes the flagged words to, or removes. */
export function describeFix(fix: { start: number; end: number; replacement: string }): string {
  if (fix.replacement.trim() === '') return 'Remove';
  if (fix.start === fix.end) return `Add “${fix.replacement.trim()}”`;
  return `Change to “${fix.replacement}”`;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * A length in characters as the size people know a paste by (KB of 1,024 characters: the bytes of
 * plain English text). Rounded up, so a draft just over the limit never reads as the limit itself.
 */
export function formatSize(characters: number): string {
  if (characters >= MB) return `${(Math.ceil((10 * characters) / MB) / 10).toFixed(1)} MB`;
  return `${Math.ceil(characters / KB)} KB`;
}

/** What the badge's name and the panel say about a draft too long to check. */
export function tooLongNotice({ length, limit }: TooLong): string {
  return `This draft is too long to check as you type (${formatSize(length)}; up to ${formatSize(limit)} is checked).`;
}

/** The notice and what happens next, where there is room for both: the panel and the toolbar popup. */
export function tooLongExplanation(tooLong: TooLong): string {
  return `${tooLongNotice(tooLong)} Checking resumes by itself once it is shorter.`;
}
