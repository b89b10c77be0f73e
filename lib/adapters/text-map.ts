// The exact map between a rich-text editor's DOM and the plain text the engine lints. Every
// finding carries UTF-16 offsets into that plain text; this module turns them back into DOM
// positions (to draw underlines and to select the text a fix replaces) and turns a caret back
// into an offset. Lines follow what the user sees, not innerText: Quill's one <p> per line,
// Gmail's <div> and <br> lines, and a trailing <br> that only keeps a line open adds nothing.

export interface DomPoint {
  node: Node;
  offset: number;
}

/** Chooses between two DOM positions that share an offset (the end of "foo" and the start of "bar" in `<b>foo</b>bar`). */
export type Affinity = 'backward' | 'forward';

/** A piece of the text, in DOM order: a text node's characters, an atomic element (emoji image), or a caret-only anchor (an empty line). */
export type TextSlot =
  | { kind: 'text'; start: number; end: number; node: Text }
  | { kind: 'atom'; start: number; end: number; element: Element }
  | { kind: 'anchor'; start: number; end: number; point: DomPoint };

export interface TextMap {
  readonly root: Element;
  readonly text: string;
  readonly slots: readonly TextSlot[];
}

export interface TextMapOptions {
  /** Elements whose whole subtree is not part of the message (quoted history, signatures, editor chrome). */
  skip?: (element: Element) => boolean;
  /**
   * A CSS selector for the elements `skip` leaves out, when they can hold much text (Gmail's
   * quoted history): lets the text be counted by the browser without walking it.
   */
  skipSelector?: string;
  /** Text that stands for an element rendered as one unit (an emoji image's ":smile:"), or null for a normal element. */
  atomText?: (element: Element) => string | null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const NEVER_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Whitespace-only text between blocks that comes from HTML source formatting, not from typing. */
const FORMATTING_WHITESPACE = /^[ \t\r\n]*\n[ \t\r\n]*$/;

/** An image stands for its alt text (Slack and Gmail draw emoji as images); anything marked with Slack's stringify text stands for that. */
export function defaultAtomText(element: Element): string | null {
  const stringified = element.getAttribute('data-stringify-text');
  if (stringified !== null) return stringified;
  if (element.tagName === 'IMG') return element.getAttribute('alt') ?? '';
  return null;
}

function childIndex(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index += 1;
  return index;
}

function pointBefore(node: Node): DomPoint {
  return { node: node.parentNode ?? node, offset: node.parentNode ? childIndex(node) : 0 };
}

function pointAfter(node: Node): DomPoint {
  return { node: node.parentNode ?? node, offset: node.parentNode ? childIndex(node) + 1 : 0 };
}

/** Reads the editor's text and records where each character lives. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const skip = options.skip ?? (() => false);
  const atomText = options.atomText ?? defaultAtomText;
  const slots: TextSlot[] = [];
  let text = '';
  // A line break is owed but only written when more content follows, so a trailing <br> or an
  // empty closing block adds nothing, exactly as the editor shows it.
  let breakOwed = false;
  // Whether the text so far is empty or ends a line, kept as the text grows: asking the text
  // itself (`endsWith`) makes V8 flatten the string built by `+=` at every block, which made
  // reading a draft quadratic (a 1 MB paste took seconds to read).
  let atLineStart = true;
  const append = (piece: string): void => {
    text += piece;
    atLineStart = piece.endsWith('\n');
  };

  const payOwedBreak = (): void => {
    if (breakOwed) {
      append('\n');
      breakOwed = false;
    }
  };
  const lineHasContent = (): boolean => !atLineStart;
  const blockBoundary = (): void => {
    if (lineHasContent()) breakOwed = true;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0 || FORMATTING_WHITESPACE.test(data)) return;
      payOwedBreak();
      const start = text.length;
      // Non-breaking spaces are how editors keep runs of spaces; the reader sees spaces. One for one, so offsets hold.
      append(data.replace(/\u00a0/g, ' '));
      slots.push({ kind: 'text', start, end: text.length, node: node as Text });
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (NEVER_TEXT_TAGS.has(element.tagName) || skip(element)) return;
    if (element.tagName === 'BR') {
      payOwedBreak();
      slots.push({ kind: 'anchor', start: text.length, end: text.length, point: pointBefore(element) });
      breakOwed = true;
      return;
    }
    const atom = atomText(element);
    if (atom !== null) {
      if (atom.length === 0) return;
      payOwedBreak();
      const start = text.length;
      append(atom);
      slots.push({ kind: 'atom', start, end: text.length, element });
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock) blockBoundary();
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) blockBoundary();
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  if (slots.length === 0) slots.push({ kind: 'anchor', start: 0, end: 0, point: { node: root, offset: 0 } });
  return { root, text, slots };
}

function slotPoint(slot: TextSlot, offset: number): DomPoint {
  switch (slot.kind) {
    case 'text':
      // Bounded by the node's current length, in case the page edited it since the map was built.
      return { node: slot.node, offset: Math.min(offset - slot.start, slot.node.length) };
    case 'atom':
      return offset <= slot.start ? pointBefore(slot.element) : pointAfter(slot.element);
    case 'anchor':
      return slot.point;
  }
}

/** The DOM position of a text offset. Offsets outside the text are clamped to it. */
export function textOffsetToDomPoint(map: TextMap, offset: number, affinity: Affinity = 'forward'): DomPoint {
  const target = Math.max(0, Math.min(map.text.length, offset));
  let chosen: TextSlot | undefined;
  for (const slot of map.slots) {
    if (slot.start > target) break;
    if (target <= slot.end) {
      chosen = slot;
      // Backward affinity keeps the first slot that reaches the offset; forward keeps the last.
      if (affinity === 'backward') break;
    }
  }
  if (chosen) return slotPoint(chosen, target);
  // The offset is a line break the DOM has no node for: it sits at the end of the slot before it.
  let before: TextSlot | undefined;
  for (const slot of map.slots) if (slot.end <= target) before = slot;
  const fallback = before ?? map.slots[0];
  return fallback ? slotPoint(fallback, fallback.end) : { node: map.root, offset: 0 };
}

function slotStartPoint(slot: TextSlot): DomPoint {
  return slotPoint(slot, slot.start);
}

/** The text offset of a DOM position (a caret or a selection end), or null when it is outside the mapped root. */
export function domPointToTextOffset(map: TextMap, node: Node, offset: number): number | null {
  if (node !== map.root && !map.root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const slot = map.slots.find((candidate) => candidate.kind === 'text' && candidate.node === node);
    if (slot) return slot.start + Math.min(offset, slot.end - slot.start);
  }
  const query = map.root.ownerDocument.createRange();
  query.setStart(node, offset);
  // Between two slots (an element boundary), the caret belongs to the end of the content before it.
  let endBefore: number | null = null;
  for (const slot of map.slots) {
    if (slot.kind === 'atom' && slot.element.contains(node)) return slot.start;
    const start = slotStartPoint(slot);
    // comparePoint: -1 when the slot starts before the caret, 0 at it, 1 after it.
    const order = query.comparePoint(start.node, start.offset);
    if (order === 0) return slot.start;
    if (order > 0) return endBefore ?? slot.start;
    endBefore = slot.end;
  }
  return map.text.length;
}

/** A DOM Range over text[start, end), tight on both ends. */
export function textRangeToDomRange(map: TextMap, start: number, end: number): Range {
  const range = map.root.ownerDocument.createRange();
  const from = textOffsetToDomPoint(map, start, 'forward');
  const to = end <= start ? from : textOffsetToDomPoint(map, end, 'backward');
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The on-screen boxes of text[start, end), one or more per rendered line. Measured per text node
 * so that a block element wholly inside the range adds its characters' boxes, not its own box.
 */
export function textRangeClientRects(map: TextMap, start: number, end: number): DOMRect[] {
  const rects: DOMRect[] = [];
  const range = map.root.ownerDocument.createRange();
  for (const slot of map.slots) {
    if (slot.end <= start || slot.start >= end) continue;
    if (slot.kind === 'text') {
      const length = slot.node.length;
      range.setStart(slot.node, Math.min(length, Math.max(start, slot.start) - slot.start));
      range.setEnd(slot.node, Math.min(length, Math.min(end, slot.end) - slot.start));
      for (const rect of Array.from(range.getClientRects())) rects.push(rect);
    } else if (slot.kind === 'atom') {
      rects.push(slot.element.getBoundingClientRect());
    }
  }
  // A wrapped space or an empty fragment reports a zero-width box; it flags no character.
  return rects.filter((rect) => rect.width >= 0.5 && rect.height > 0);
}

/** A range of text offsets, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The offsets whose characters may lie between `top` and `bottom` (viewport y): from the first
 * slot that reaches down into the band to the last that starts above its bottom. Text flows down
 * the page in DOM order, so both are found by bisection: a long draft is measured a few dozen
 * times, not once per slot.
 */
export function textSpanInBand(map: TextMap, top: number, bottom: number): TextSpan {
  const slots = map.slots.filter((slot) => slot.kind !== 'anchor');
  const range = map.root.ownerDocument.createRange();
  const extentOf = (slot: TextSlot): { top: number; bottom: number } | null => {
    let rects: DOMRect[];
    if (slot.kind === 'text') {
      range.selectNodeContents(slot.node);
      rects = Array.from(range.getClientRects());
    } else {
      rects = slot.kind === 'atom' ? [slot.element.getBoundingClientRect()] : [];
    }
    const drawn = rects.filter((rect) => rect.height > 0);
    if (drawn.length === 0) return null;
    return { top: Math.min(...drawn.map((rect) => rect.top)), bottom: Math.max(...drawn.map((rect) => rect.bottom)) };
  };
  /** The extent of the first slot from `index` on that is drawn at all (collapsed whitespace is not), or null if none is. */
  const extentFrom = (index: number): { top: number; bottom: number } | null => {
    for (let i = index; i < slots.length; i += 1) {
      const extent = extentOf(slots[i] as TextSlot);
      if (extent) return extent;
    }
    return null;
  };
  /** The first index in [0, slots.length] where `reached` turns true (it is false, then true). */
  const bisect = (reached: (index: number) => boolean): number => {
    let low = 0;
    let high = slots.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (reached(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const first = bisect((index) => (extentFrom(index)?.bottom ?? Infinity) >= top);
  const afterLast = bisect((index) => (extentFrom(index)?.top ?? Infinity) > bottom);
  const firstSlot = slots[first];
  const lastSlot = slots[afterLast - 1];
  if (!firstSlot || !lastSlot || afterLast <= first) return { start: 0, end: 0 };
  return { start: firstSlot.start, end: lastSlot.end };
}
