// A composer's text as one string, with the means to measure, select and locate any range in it.
// A composer is one or more surfaces: a rich-text editor (measured through the text map) or a
// form field (measured through a hidden mirror, since an input's characters have no DOM nodes).
import {
  buildTextMap,
  domPointToTextOffset,
  textRangeClientRects,
  textRangeToDomRange,
  textSpanInBand,
  type TextMapOptions,
  type TextSpan,
} from './text-map';

export interface Surface {
  readonly element: HTMLElement;
  readonly text: string;
  /** Boxes of text[start, end) in viewport coordinates. */
  rects(start: number, end: number): DOMRect[];
  /** The part of the text that may be drawn between viewport y `top` and `bottom` (all of it when unknown). */
  spanInBand(top: number, bottom: number): TextSpan;
  /** Focuses the surface and selects text[start, end), ready for the editor's own input path. */
  select(start: number, end: number): void;
  /** The caret's offset when the selection is collapsed inside this surface. */
  caretOffset(): number | null;
}

export function richTextSurface(editor: HTMLElement, options: TextMapOptions): Surface {
  const map = buildTextMap(editor, options);
  return {
    element: editor,
    text: map.text,
    rects: (start, end) => textRangeClientRects(map, start, end),
    spanInBand: (top, bottom) => textSpanInBand(map, top, bottom),
    select(start, end) {
      const selection = editor.ownerDocument.getSelection();
      if (!selection) return;
      editor.focus({ preventScroll: true });
      selection.removeAllRanges();
      selection.addRange(textRangeToDomRange(map, start, end));
    },
    caretOffset() {
      const selection = editor.ownerDocument.getSelection();
      if (!selection || !selection.isCollapsed || !selection.anchorNode) return null;
      return domPointToTextOffset(map, selection.anchorNode, selection.anchorOffset);
    },
  };
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Styles that decide where a field's characters fall; the mirror copies them. */
const MIRRORED_STYLES = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant',
  'fontStretch', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign',
  'direction', 'tabSize', 'overflowWrap', 'wordBreak',
] as const;

/**
 * A form field (an `<input>` or `<textarea>`) as a surface. Its characters are measured on a
 * mirror: an invisible element with the field's box, font and text, placed exactly over it inside
 * `mirrorParent` (the extension's own overlay, never the page's DOM).
 */
export function fieldSurface(field: TextField, mirrorParent: HTMLElement): Surface {
  const text = field.value;
  return {
    element: field,
    text,
    rects(start, end) {
      const window = field.ownerDocument.defaultView;
      if (!window || end <= start) return [];
      const document = mirrorParent.ownerDocument;
      const mirror = document.createElement('div');
      const computed = window.getComputedStyle(field);
      for (const property of MIRRORED_STYLES) mirror.style[property] = computed[property];
      const box = field.getBoundingClientRect();
      Object.assign(mirror.style, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        margin: '0',
        visibility: 'hidden',
        pointerEvents: 'none',
        overflow: 'hidden',
        borderColor: 'transparent',
        whiteSpace: field instanceof window.HTMLTextAreaElement ? 'pre-wrap' : 'pre',
      });
      const content = document.createTextNode(text);
      mirror.append(content);
      mirrorParent.append(mirror);
      mirror.scrollTop = field.scrollTop;
      mirror.scrollLeft = field.scrollLeft;
      const range = document.createRange();
      range.setStart(content, start);
      range.setEnd(content, Math.min(end, text.length));
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width >= 0.5 && rect.height > 0);
      mirror.remove();
      return rects;
    },
    // A field's characters have no boxes of their own; finding where they are means mirroring it.
    spanInBand: () => ({ start: 0, end: text.length }),
    select(start, end) {
      field.focus({ preventScroll: true });
      field.setSelectionRange(start, end);
    },
    caretOffset() {
      if (field.ownerDocument.activeElement !== field || field.selectionStart !== field.selectionEnd) return null;
      return field.selectionStart;
    },
  };
}

/** One surface's place in the composer's text. */
export interface SurfacePart {
  surface: Surface;
  /** Offset of the surface's first character in the composed text. */
  base: number;
}

/** The composer's whole text and the surfaces it was read from. */
export interface ComposedText {
  text: string;
  parts: SurfacePart[];
}

function partsOverlapping(composed: ComposedText, start: number, end: number): Array<{ part: SurfacePart; from: number; to: number }> {
  const pieces = [];
  for (const part of composed.parts) {
    const from = Math.max(start, part.base);
    const to = Math.min(end, part.base + part.surface.text.length);
    if (from < to || (from === to && start === end && from >= part.base && from <= part.base + part.surface.text.length)) {
      pieces.push({ part, from: from - part.base, to: to - part.base });
    }
  }
  return pieces;
}

/** Boxes of composed[start, end); text between surfaces (the "Subject: " label) has none. */
export function composedRects(composed: ComposedText, start: number, end: number): DOMRect[] {
  return partsOverlapping(composed, start, end).flatMap(({ part, from, to }) => (from < to ? part.surface.rects(from, to) : []));
}

/** The part of the composed text that may be drawn between viewport y `top` and `bottom`. */
export function composedSpanInBand(composed: ComposedText, top: number, bottom: number): TextSpan {
  let start = Infinity;
  let end = -Infinity;
  for (const part of composed.parts) {
    const span = part.surface.spanInBand(top, bottom);
    if (span.end <= span.start) continue;
    start = Math.min(start, part.base + span.start);
    end = Math.max(end, part.base + span.end);
  }
  return start < end ? { start, end } : { start: 0, end: 0 };
}

/** Selects composed[start, end) if it lies within one surface; returns false when it does not. */
export function selectComposed(composed: ComposedText, start: number, end: number): boolean {
  const part = composed.parts.find((candidate) => start >= candidate.base && end <= candidate.base + candidate.surface.text.length);
  if (!part) return false;
  part.surface.select(start - part.base, end - part.base);
  return true;
}

/** The caret's offset in the composed text, if it sits in one of the surfaces. */
export function composedCaretOffset(composed: ComposedText): number | null {
  for (const part of composed.parts) {
    const offset = part.surface.caretOffset();
    if (offset !== null) return part.base + offset;
  }
  return null;
}
