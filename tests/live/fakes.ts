// Test doubles for the live session: a scheduler whose time moves only when the test says so, and
// an overlay that records what it was asked to draw.
import type { OverlayPort, Scheduler } from '../../lib/live/composer-session';
import type { OverlayActions, OverlayModel } from '../../lib/ui/model';

export interface FakeScheduler extends Scheduler {
  /** Runs the timers due within `ms` from now, in order. */
  advance(ms: number): void;
  /** Runs the queued animation frames. */
  flushFrames(): void;
}

export function fakeScheduler(): FakeScheduler {
  let now = 0;
  let nextId = 1;
  let timers: Array<{ id: number; at: number; handler: () => void }> = [];
  let frames: Array<() => void> = [];
  return {
    setTimeout(handler, ms) {
      const id = nextId++;
      timers.push({ id, at: now + ms, handler });
      return id;
    },
    requestAnimationFrame(handler) {
      frames.push(handler);
      return nextId++;
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.handler();
      }
      now = until;
    },
    flushFrames() {
      const queued = frames;
      frames = [];
      for (const frame of queued) frame();
    },
  };
}

export interface RecordingOverlay extends OverlayPort {
  readonly model: OverlayModel;
  readonly actions: OverlayActions;
  readonly removed: boolean;
}

export function recordingOverlay(): RecordingOverlay {
  let model: OverlayModel | null = null;
  let actions: OverlayActions | null = null;
  let removed = false;
  const mirrorParent = document.createElement('div');
  return {
    mirrorParent,
    get model() {
      if (!model) throw new Error('nothing rendered yet');
      return model;
    },
    get actions() {
      if (!actions) throw new Error('nothing rendered yet');
      return actions;
    },
    get removed() {
      return removed;
    },
    render(nextModel, nextActions) {
      model = nextModel;
      actions = nextActions;
    },
    contains: () => false,
    focusPopup: () => undefined,
    remove() {
      removed = true;
    },
  };
}

/**
 * jsdom does no layout: give every element a box and every text range one box per character
 * (10 px wide, 20 px high, one line), so geometry-driven code can run.
 */
export function fakeLayout(): () => void {
  const elementRect = Element.prototype.getBoundingClientRect;
  const rangeRects = Range.prototype.getClientRects;
  Element.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 600, 100);
  Range.prototype.getClientRects = function (this: Range) {
    const length = this.toString().length;
    const list = length === 0 ? [] : [new DOMRect(10 * this.startOffset, 0, 10 * length, 20)];
    return Object.assign(list, { item: (index: number) => list[index] ?? null }) as unknown as DOMRectList;
  };
  return () => {
    Element.prototype.getBoundingClientRect = elementRect;
    Range.prototype.getClientRects = rangeRects;
  };
}

/**
 * fakeLayout for a tall draft: each paragraph (`<p>`) on a line of its own, 20 px below the one
 * before it, so only some of the text is within the editor's 100 px box.
 */
export function fakeParagraphLayout(): () => void {
  const restore = fakeLayout();
  Range.prototype.getClientRects = function (this: Range) {
    const paragraph = this.startContainer.parentElement?.closest('p');
    const line = paragraph ? Array.from(paragraph.parentElement?.children ?? []).indexOf(paragraph) : 0;
    const length = this.toString().length;
    const list = length === 0 ? [] : [new DOMRect(10 * this.startOffset, 20 * line, 10 * length, 20)];
    return Object.assign(list, { item: (index: number) => list[index] ?? null }) as unknown as DOMRectList;
  };
  return restore;
}
