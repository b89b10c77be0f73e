// Pure bookkeeping for findings shown on a live draft: they are linted a moment after the user
// pauses, so between two lints they must follow the text as it is edited, and a finding the user
// dismissed must stay hidden while the text around it changes.
import type { Finding } from '../types';

/** A finding on the live draft, with what a fix expects to replace (to refuse a fix gone stale). */
export interface LiveFinding extends Finding {
  /** Stable across edits elsewhere in the draft; used for dismissals and React keys. */
  key: string;
  /** text.slice(fix.start, fix.end) when the draft was linted. */
  fixTarget?: string;
}

export interface TextEdit {
  /** First changed offset, the same in the old and the new text. */
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  /** End of the inserted part in the new text. */
  newEnd: number;
}

/** The one contiguous edit that turns `before` into `after` (common prefix and suffix kept), or null if equal. */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Identity of a finding for "dismiss": the rule and the flagged words, or the rule alone for a message-level finding. */
export function findingKey(finding: Finding, text: string): string {
  if (finding.messageLevel) return `${finding.ruleId}|message`;
  return `${finding.ruleId}|${text.slice(finding.start, finding.end)}`;
}

/** Gives each finding its key, numbering repeats of the same words so keys stay unique. */
export function toLiveFindings(findings: readonly Finding[], text: string): LiveFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = findingKey(finding, text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const live: LiveFinding = { ...finding, key: count === 0 ? base : `${base}#${count}` };
    if (finding.fix) live.fixTarget = text.slice(finding.fix.start, finding.fix.end);
    return live;
  });
}

/** The base key (without a repeat number), which is what a dismissal records. */
export function dismissalKey(finding: LiveFinding): string {
  const hash = finding.key.lastIndexOf('#');
  return hash > finding.key.indexOf('|') ? finding.key.slice(0, hash) : finding.key;
}

/**
 * Moves findings through an edit: those before it stay, those after it shift, and those the edit
 * touches are dropped until the next lint (their words changed, so their message may no longer hold).
 * Typing right after a flagged word does not touch it.
 */
export function remapFindings(findings: readonly LiveFinding[], edit: TextEdit | null): LiveFinding[] {
  if (!edit) return [...findings];
  const delta = edit.newEnd - edit.oldEnd;
  const kept: LiveFinding[] = [];
  for (const finding of findings) {
    const fixStart = finding.fix?.start ?? finding.start;
    const fixEnd = finding.fix?.end ?? finding.end;
    const first = Math.min(finding.start, fixStart);
    const last = Math.max(finding.end, fixEnd);
    if (last <= edit.start) {
      kept.push(finding);
    } else if (first >= edit.oldEnd) {
      const moved: LiveFinding = { ...finding, start: finding.start + delta, end: finding.end + delta };
      if (finding.fix) moved.fix = { ...finding.fix, start: finding.fix.start + delta, end: finding.fix.end + delta };
      kept.push(moved);
    }
  }
  return kept;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The narrowest finding whose boxes contain the point, so a phrase inside a flagged sentence wins. */
export function findingAtPoint<T extends { start: number; end: number; boxes: readonly Box[] }>(
  findings: readonly T[],
  x: number,
  y: number,
): T | undefined {
  let best: T | undefined;
  for (const finding of findings) {
    const hit = finding.boxes.some((box) => x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height);
    if (hit && (!best || finding.end - finding.start < best.end - best.start)) best = finding;
  }
  return best;
}

/** The narrowest finding that contains a caret offset (its edges included). */
export function findingAtOffset<T extends { start: number; end: number }>(findings: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const finding of findings) {
    if (offset >= finding.start && offset <= finding.end && finding.end > finding.start) {
      if (!best || finding.end - finding.start < best.end - best.start) best = finding;
    }
  }
  return best;
}
