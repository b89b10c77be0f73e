// One attached composer: watches its text, lints it a moment after the user pauses, keeps the
// findings on the right characters while the user types, and turns the result and the page's
// geometry into the overlay's model. It never writes to the editor except to apply a fix, and
// then only through the editor's own input path (a selection and `insertText`), so the editor's
// model and undo history record the change like typing.
import { composedCaretOffset, composedRects, composedSpanInBand, selectComposed, type ComposedText } from '../adapters/surface';
import type { ComposerTarget, SiteAdapter } from '../adapters/types';
import type { CategoryScore, LintResult, RuleId } from '../types';
import { describeFix, type CardModel, type FindingSummary, type OverlayActions, type OverlayModel, type TooLong, type UnderlineModel } from '../ui/model';
import {
  diffTexts,
  dismissalKey,
  findingAtOffset,
  findingAtPoint,
  remapFindings,
  toLiveFindings,
  type Box,
  type LiveFinding,
} from './findings';
import { composerLength, readComposer } from '../adapters/composer-text';
import { markTiming, timePhase, TIMING_MARKS, TIMING_PHASES } from './timing';

/** How long the draft must stay unchanged before it is linted: under the 150 ms the user may wait. */
export const LINT_DELAY_MS = 120;

/**
 * The longest draft checked as you type, in characters as the browser counts the editor's text
 * (`composerLength`). Measured in Chromium on the Slack fixture with the benchmark's drafts:
 * reading the composer costs ~2 ms per 100 KB (it nears 25 ms only at ~1 MB), so the read is not
 * what limits. The background's answer is: the page validates each finding (~3 µs), and a draft of
 * nothing but vague asks has one every 20 characters, so the task that receives its answer takes
 * 32 ms at 200 KB, 44 ms at 300 KB and 83 ms at 400 KB. 200 KB keeps it well under 50 ms; its
 * first lint in the background then takes ~0.6 s (prose), against 2.5 s for 1 MB.
 *
 * A longer draft (a pasted log, a dump) is not checked at all, rather than its first 200 KB:
 * the rules that judge the whole message (is there an ask, a deadline, a link) would judge a
 * part as if it were the message, and the score would stand for a message the user is not sending.
 */
export const LIVE_CHECK_LIMIT = 200 * 1024;

/** What the session holds of a draft too long to check: nothing read, nothing to measure. */
const NOTHING_READ: ComposedText = { text: '', parts: [] };

/** What the session has of its draft: the text, score and findings of its latest lint, or, when it is too long to check, only that. */
export interface DraftSnapshot {
  text: string;
  score: number | null;
  findings: LiveFinding[];
  breakdown: CategoryScore[];
  tooLong: TooLong | null;
}

/** Timers that stop by themselves when the extension is reloaded (WXT's content-script context provides them). */
export interface Scheduler {
  setTimeout(handler: () => void, ms: number): number;
  requestAnimationFrame(handler: () => void): number;
}

/** The overlay element the session draws into. */
export interface OverlayPort {
  render(model: OverlayModel, actions: OverlayActions): void;
  /** An element inside the overlay where form fields are mirrored for measuring. */
  mirrorParent: HTMLElement;
  /** True when the node is part of the overlay (focus or an event inside it). */
  contains(node: Node | null): boolean;
  /** Moves focus into the open panel or card. */
  focusPopup(): void;
  remove(): void;
}

export interface SessionOptions {
  target: ComposerTarget;
  adapter: SiteAdapter;
  overlay: OverlayPort;
  scheduler: Scheduler;
  /**
   * Lints with the current settings, channel and time zone, away from the page's main thread; the
   * promise rejects when no answer comes (the extension was reloaded, the background is restarting).
   */
  lint(text: string): Promise<LintResult>;
  ruleTitle(ruleId: RuleId): string;
  disableRule(ruleId: RuleId): void;
  /** The score and findings changed: a lint result was applied, or the draft grew too long to check (for the toolbar badge). */
  resultChanged(): void;
}

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

const BADGE_SIZE = { width: 30, height: 20 };

function toBox(rect: DOMRect | { left: number; top: number; width: number; height: number }): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** The part of the element on screen, after every scrolling or clipping ancestor and the viewport. */
function visibleBox(element: HTMLElement): Box {
  const window = element.ownerDocument.defaultView;
  let box = toBox(element.getBoundingClientRect());
  if (!window) return box;
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const style = window.getComputedStyle(ancestor);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') box = intersect(box, toBox(ancestor.getBoundingClientRect()));
  }
  return intersect(box, { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight });
}

export class ComposerSession {
  private composed: ComposedText = NOTHING_READ;
  /** The draft's length while it is longer than LIVE_CHECK_LIMIT (it is then neither read, linted nor underlined), else null. */
  private tooLongLength: number | null = null;
  private findings: LiveFinding[] = [];
  private score: number | null = null;
  private breakdown: CategoryScore[] = [];
  private readonly dismissed = new Set<string>();
  private panelOpen = false;
  private card: { key: string; takeFocus: boolean } | null = null;
  /** Where the caret was before focus moved into the overlay, to put it back on Escape. */
  private savedSelection: Range | null = null;
  private lintTimer: number | null = null;
  /** The lint awaiting its answer: at most one per composer, so a slow lint of a long draft never queues more. */
  private pendingLint: { text: string; outdated: boolean } | null = null;
  /** The draft or the settings changed while a lint was pending: lint again once it answers. */
  private lintWhenAnswered = false;
  private frameQueued = false;
  private textDirty = false;
  private boxes = new Map<string, Box[]>();
  private destroyed = false;
  private readonly cleanups: Array<() => void> = [];
  private readonly observer: MutationObserver;

  constructor(private readonly options: SessionOptions) {
    const { target } = options;
    this.refreshText();
    const document = target.editor.ownerDocument;
    const window = document.defaultView;

    this.observer = new MutationObserver(() => this.onContentChange());
    this.observer.observe(target.editor, { childList: true, subtree: true, characterData: true });
    this.cleanups.push(() => this.observer.disconnect());
    // Form fields (a textarea body, Gmail's subject) change their value without any DOM mutation.
    this.listen(target.editor, 'input', () => this.onContentChange());
    if (target.subject) this.listen(target.subject, 'input', () => this.onContentChange());
    this.listen(target.editor, 'click', (event) => this.onEditorClick(event as MouseEvent));
    this.listen(target.editor, 'keyup', (event) => this.onEditorKeyUp(event as KeyboardEvent));
    this.listen(document, 'keydown', (event) => this.onDocumentKeyDown(event as KeyboardEvent), true);
    this.listen(document, 'pointerdown', (event) => this.onDocumentPointerDown(event), true);
    if (window) {
      this.listen(window, 'scroll', () => this.scheduleFrame(), true);
      this.listen(window, 'resize', () => this.scheduleFrame());
      if ('ResizeObserver' in window) {
        const resizeObserver = new window.ResizeObserver(() => this.scheduleFrame());
        resizeObserver.observe(target.editor);
        this.cleanups.push(() => resizeObserver.disconnect());
      }
    }
    // A composer that opens with a draft in it (an edit, a saved email) is linted once right away.
    this.lintNow();
  }

  get editor(): HTMLElement {
    return this.options.target.editor;
  }

  /** True when the user is typing in this composer (its body or subject has focus). */
  hasFocus(): boolean {
    const active = this.editor.ownerDocument.activeElement;
    return active !== null && (this.editor.contains(active) || active === this.options.target.subject || this.options.overlay.contains(active));
  }

  /** Lints again now, e.g. after the settings changed. */
  relint(): void {
    // An answer computed with the previous settings must not be shown.
    if (this.pendingLint) this.pendingLint.outdated = true;
    this.lintNow();
  }

  openPanel(): void {
    this.saveSelection();
    this.panelOpen = true;
    this.card = null;
    this.publish();
    this.options.overlay.focusPopup();
  }

  /** The latest result on the current text, or why there is none (for the popup). */
  snapshot(): DraftSnapshot {
    return {
      text: this.composed.text,
      score: this.score,
      findings: this.visibleFindings(),
      breakdown: this.breakdown,
      tooLong: this.tooLong(),
    };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.options.overlay.remove();
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void, capture = false): void {
    target.addEventListener(type, handler, { capture, passive: type === 'scroll' });
    this.cleanups.push(() => target.removeEventListener(type, handler, { capture }));
  }

  private read(): ComposedText {
    return timePhase(TIMING_PHASES.read, () => readComposer(this.options.target, this.options.adapter, this.options.overlay.mirrorParent));
  }

  private onContentChange(): void {
    if (this.destroyed) return;
    markTiming(TIMING_MARKS.change);
    this.textDirty = true;
    this.scheduleFrame();
    // Restart the pause timer on every change: only the latest timer lints, once the user stops typing.
    const timer = this.options.scheduler.setTimeout(() => {
      if (this.lintTimer === timer) this.lintNow();
    }, LINT_DELAY_MS);
    this.lintTimer = timer;
  }

  /** Re-reads the text if it changed, moves the findings along, and redraws; at most once per frame. */
  private scheduleFrame(): void {
    if (this.frameQueued || this.destroyed) return;
    this.frameQueued = true;
    this.options.scheduler.requestAnimationFrame(() => {
      this.frameQueued = false;
      if (this.destroyed) return;
      if (this.textDirty) this.refreshText();
      this.publish();
    });
  }

  private refreshText(): void {
    this.textDirty = false;
    const { target, adapter } = this.options;
    const length = timePhase(TIMING_PHASES.size, () => composerLength(target, adapter));
    if (length > LIVE_CHECK_LIMIT) {
      this.stopChecking(length);
      return;
    }
    // Back under the limit (the paste deleted): the change that brought it back has already set
    // the pause timer, so it is linted like any edit.
    this.tooLongLength = null;
    const before = this.composed.text;
    this.composed = this.read();
    this.findings = timePhase(TIMING_PHASES.remap, () => remapFindings(this.findings, diffTexts(before, this.composed.text)));
    // A sent message empties the composer: the next draft starts with nothing dismissed.
    if (this.composed.text.trim() === '') this.dismissed.clear();
  }

  /** Forgets the draft's text and findings, and any lint on its way, until it is short enough again. */
  private stopChecking(length: number): void {
    const hadResult = this.tooLongLength === null;
    this.tooLongLength = length;
    this.composed = NOTHING_READ;
    this.findings = [];
    this.score = null;
    this.breakdown = [];
    this.card = null;
    // An answer for the text before it grew must not bring its underlines back.
    if (this.pendingLint) this.pendingLint.outdated = true;
    this.lintWhenAnswered = false;
    if (hadResult) this.options.resultChanged();
  }

  /**
   * Re-reads the text only when the editor reported a change (a mutation, or an input event from a
   * form field): reading a 100 KB draft walks all of its DOM. An edit not yet delivered to the
   * observer is taken now.
   */
  private refreshTextIfChanged(): void {
    if (this.observer.takeRecords().length > 0) this.onContentChange();
    if (this.textDirty) this.refreshText();
  }

  private lintNow(): void {
    if (this.destroyed) return;
    this.lintTimer = null;
    this.refreshTextIfChanged();
    if (this.tooLongLength !== null) {
      // The notice stands where a lint's result would be drawn; a composer that opened too long has drawn nothing yet.
      this.scheduleFrame();
      return;
    }
    if (this.pendingLint) {
      this.lintWhenAnswered = true;
      return;
    }
    const request = { text: this.composed.text, outdated: false };
    this.pendingLint = request;
    this.options.lint(request.text).then(
      (result) => this.onLintAnswer(request, result),
      (error: unknown) => {
        // The page stays as it was; the next change asks again.
        console.warn('async-lint: no lint result for the draft', error);
        this.onLintAnswer(request, null);
      },
    );
  }

  private onLintAnswer(request: { text: string; outdated: boolean }, result: LintResult | null): void {
    if (this.destroyed || this.pendingLint !== request) return;
    this.pendingLint = null;
    if (result && !request.outdated) this.applyLintResult(request.text, result);
    if (this.lintWhenAnswered) {
      this.lintWhenAnswered = false;
      this.lintNow();
    }
  }

  private applyLintResult(lintedText: string, result: LintResult): void {
    // The user may have typed while the background linted. Dropping such an answer would leave a
    // long draft typed into steadily without fresh findings; instead the findings follow the edits
    // as they do between lints (those the edits touched wait for the next lint, already scheduled),
    // and a fix still applies only where its words are unchanged.
    this.refreshTextIfChanged();
    this.score = result.score;
    this.breakdown = result.breakdown;
    this.findings = timePhase(TIMING_PHASES.remap, () =>
      remapFindings(toLiveFindings(result.findings, lintedText), diffTexts(lintedText, this.composed.text)),
    );
    if (this.card && !this.findings.some((finding) => finding.key === this.card?.key)) this.card = null;
    this.publish();
    markTiming(TIMING_MARKS.painted);
    this.options.resultChanged();
  }

  private visibleFindings(): LiveFinding[] {
    return this.findings.filter((finding) => !this.dismissed.has(dismissalKey(finding)));
  }

  private summary(finding: LiveFinding): FindingSummary {
    return {
      key: finding.key,
      ruleId: finding.ruleId,
      title: this.options.ruleTitle(finding.ruleId),
      message: finding.message,
      suggestion: finding.suggestion,
      severity: finding.severity,
      messageLevel: finding.messageLevel,
      hasFix: finding.fix !== undefined,
      fixLabel: finding.fix ? describeFix(finding.fix) : null,
    };
  }

  private tooLong(): TooLong | null {
    return this.tooLongLength === null ? null : { length: this.tooLongLength, limit: LIVE_CHECK_LIMIT };
  }

  private publish(): void {
    if (this.destroyed) return;
    // Never measure with a map older than the DOM.
    this.refreshTextIfChanged();
    const visible = this.visibleFindings();
    const editorBox = toBox(this.editor.getBoundingClientRect());
    const onScreen = editorBox.width > 0 && editorBox.height > 0;
    const clip = onScreen && this.tooLongLength === null ? this.clipBox() : null;
    this.boxes = new Map();
    const underlines = clip ? timePhase(TIMING_PHASES.geometry, () => this.measureUnderlines(visible, clip)) : [];
    let card: CardModel | null = null;
    const cardFinding = this.card ? visible.find((finding) => finding.key === this.card?.key) : undefined;
    if (this.card && cardFinding) {
      const anchor = this.boxes.get(cardFinding.key)?.[0] ?? editorBox;
      card = { finding: this.summary(cardFinding), anchor, takeFocus: this.card.takeFocus };
    }
    const model: OverlayModel = {
      site: this.options.adapter.site,
      composer: this.options.target.kind,
      score: this.score,
      breakdown: this.breakdown,
      tooLong: this.tooLong(),
      badge: onScreen
        ? {
            left: editorBox.left + editorBox.width - BADGE_SIZE.width - 4,
            top: editorBox.top + editorBox.height - BADGE_SIZE.height - 4,
            ...BADGE_SIZE,
          }
        : null,
      clip,
      underlines,
      panelOpen: this.panelOpen,
      panelItems: visible.map((finding) => this.summary(finding)),
      dismissedCount: this.findings.length - visible.length,
      card,
    };
    timePhase(TIMING_PHASES.render, () => this.options.overlay.render(model, this.actions));
  }

  /**
   * The underlines of the findings on or near the screen, each with boxes for its part there; also
   * records their boxes, for clicks. A long draft can hold thousands of findings (and a
   * message-level one spans all of it): measuring only the text within a screen of the visible
   * part keeps the work proportional to the screen, not the draft. Scrolling redraws.
   */
  private measureUnderlines(findings: readonly LiveFinding[], clip: Box): UnderlineModel[] {
    const band = composedSpanInBand(this.composed, clip.top - clip.height, clip.top + 2 * clip.height);
    const underlines: UnderlineModel[] = [];
    for (const finding of findings) {
      const start = Math.max(finding.start, band.start);
      const end = Math.min(finding.end, band.end);
      if (end <= start) continue;
      const boxes = composedRects(this.composed, start, end).map(toBox);
      if (boxes.length === 0) continue;
      this.boxes.set(finding.key, boxes);
      underlines.push({
        key: finding.key,
        ruleId: finding.ruleId,
        severity: finding.severity,
        messageLevel: finding.messageLevel,
        start: finding.start,
        end: finding.end,
        boxes,
      });
    }
    return underlines;
  }

  /** The union of what is visible of each surface (the subject and the body of an email). */
  private clipBox(): Box {
    const boxes = this.composed.parts.map((part) => visibleBox(part.surface.element));
    const left = Math.min(...boxes.map((box) => box.left));
    const top = Math.min(...boxes.map((box) => box.top));
    const right = Math.max(...boxes.map((box) => box.left + box.width));
    const bottom = Math.max(...boxes.map((box) => box.top + box.height));
    return { left, top, width: right - left, height: bottom - top };
  }

  private readonly actions: OverlayActions = {
    togglePanel: () => {
      if (this.panelOpen) {
        this.closePopups();
        return;
      }
      this.openPanel();
    },
    closePopups: () => this.closePopups(),
    openCard: (key) => {
      this.saveSelection();
      this.card = { key, takeFocus: true };
      this.panelOpen = false;
      this.publish();
      this.options.overlay.focusPopup();
    },
    apply: (key) => this.applyFix(key),
    dismiss: (key) => {
      const finding = this.findings.find((candidate) => candidate.key === key);
      if (finding) this.dismissed.add(dismissalKey(finding));
      this.closePopups();
    },
    disableRule: (ruleId) => {
      this.options.disableRule(ruleId);
      // A pending answer may still hold the rule's findings.
      if (this.pendingLint) this.pendingLint.outdated = true;
      // Hide it at once; the settings change then relints every composer without the rule.
      this.findings = this.findings.filter((finding) => finding.ruleId !== ruleId);
      this.closePopups();
    },
  };

  private saveSelection(): void {
    const selection = this.editor.ownerDocument.getSelection();
    if (selection && selection.rangeCount > 0 && this.editor.contains(selection.getRangeAt(0).startContainer)) {
      this.savedSelection = selection.getRangeAt(0).cloneRange();
    }
  }

  private closePopups(): void {
    const focusWasInOverlay = this.options.overlay.contains(this.editor.ownerDocument.activeElement);
    this.card = null;
    this.panelOpen = false;
    this.publish();
    if (focusWasInOverlay) this.returnFocus();
  }

  private returnFocus(): void {
    this.editor.focus({ preventScroll: true });
    const selection = this.editor.ownerDocument.getSelection();
    if (selection && this.savedSelection && this.editor.contains(this.savedSelection.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(this.savedSelection);
    }
    this.savedSelection = null;
  }

  private applyFix(key: string): void {
    // The findings may have moved with typing since the lint: read the text now and check the fix still fits.
    this.refreshText();
    const finding = this.findings.find((candidate) => candidate.key === key);
    const fix = finding?.fix;
    this.card = null;
    this.panelOpen = false;
    if (!finding || !fix || this.composed.text.slice(fix.start, fix.end) !== finding.fixTarget) {
      this.lintNow();
      return;
    }
    if (selectComposed(this.composed, fix.start, fix.end)) {
      this.savedSelection = null;
      // The editor's own input path: Quill and Gmail record it in their model and undo history.
      this.editor.ownerDocument.execCommand('insertText', false, fix.replacement);
    }
    this.publish();
  }

  private onEditorClick(event: MouseEvent): void {
    const hit = findingAtPoint(
      this.visibleFindings().map((finding) => ({ finding, start: finding.start, end: finding.end, boxes: this.boxes.get(finding.key) ?? [] })),
      event.clientX,
      event.clientY,
    );
    this.setCard(hit?.finding.key ?? null);
  }

  private onEditorKeyUp(event: KeyboardEvent): void {
    if (!NAVIGATION_KEYS.has(event.key)) return;
    const offset = composedCaretOffset(this.composed);
    const hit = offset === null ? undefined : findingAtOffset(this.visibleFindings(), offset);
    this.setCard(hit?.key ?? null);
  }

  /** Opens (or closes, with null) the card for a finding without taking focus from the editor. */
  private setCard(key: string | null): void {
    if ((this.card?.key ?? null) === key) return;
    this.card = key === null ? null : { key, takeFocus: false };
    if (key !== null) this.panelOpen = false;
    this.publish();
  }

  /** A press anywhere but the editor and the overlay closes the card and the panel, like any popup. */
  private onDocumentPointerDown(event: Event): void {
    if (!this.card && !this.panelOpen) return;
    const target = event.composedPath()[0];
    const inside = target instanceof Node && (this.editor.contains(target) || this.options.overlay.contains(target));
    if (inside) return;
    this.card = null;
    this.panelOpen = false;
    this.publish();
  }

  private onDocumentKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || (!this.card && !this.panelOpen)) return;
    if (!this.hasFocus()) return;
    // Escape belongs to the popup while one is open (Slack would otherwise cancel an edit).
    event.preventDefault();
    event.stopPropagation();
    this.closePopups();
  }
}
