// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTextMap,
  domPointToTextOffset,
  textRangeClientRects,
  textOffsetToDomPoint,
  textRangeToDomRange,
  textSpanInBand,
} from '../../lib/adapters/text-map';
import { fakeLayout, fakeParagraphLayout } from '../live/fakes';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** What a DOM range covers, with the line breaks the DOM has no characters for removed from the expectation. */
function expectRangeCovers(root: HTMLElement, start: number, end: number): void {
  const map = buildTextMap(root);
  const range = textRangeToDomRange(map, start, end);
  expect(range.toString().replace(/\u00a0/g, ' ')).toBe(map.text.slice(start, end).replace(/\n/g, ''));
}

describe('buildTextMap: lines as the editor shows them', () => {
  it('reads Quill paragraphs as one line each, an empty <p><br></p> as an empty line', () => {
    const root = editor('<p>Hi team,</p><p><br></p><p>can you review the <strong>launch plan</strong>?</p>');
    expect(buildTextMap(root).text).toBe('Hi team,\n\ncan you review the launch plan?');
  });

  it('reads an empty Quill editor as empty text', () => {
    expect(buildTextMap(editor('<p><br></p>')).text).toBe('');
  });

  it('keeps an empty last line the user opened with Enter', () => {
    expect(buildTextMap(editor('<p>Ship it</p><p><br></p>')).text).toBe('Ship it\n');
  });

  it('reads Gmail lines: text, <div> lines, <div><br></div> blank lines and <br> breaks', () => {
    const root = editor('Hi Ana,<div><br></div><div>Please send the deck by Friday.</div><div>Thanks<br>Bo</div>');
    expect(buildTextMap(root).text).toBe('Hi Ana,\n\nPlease send the deck by Friday.\nThanks\nBo');
  });

  it('ignores a <br> that only keeps a non-empty line open, but not two in a row', () => {
    expect(buildTextMap(editor('<div>one<br></div><div>two</div>')).text).toBe('one\ntwo');
    expect(buildTextMap(editor('one<br><br>two')).text).toBe('one\n\ntwo');
    expect(buildTextMap(editor('one<br>')).text).toBe('one');
  });

  it('reads a list as one line per item and skips the elements the caller excludes', () => {
    const root = editor(
      '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>first</li><li data-list="bullet">second</li></ol><p>after</p>',
    );
    const map = buildTextMap(root, { skip: (element) => element.classList.contains('ql-ui') });
    expect(map.text).toBe('first\nsecond\nafter');
  });

  it('leaves out quoted history and the signature when the caller skips them', () => {
    const root = editor(
      '<div>Can you send the numbers?</div><div class="gmail_signature">Bo | Sales</div><div class="gmail_quote">On Mon, Ana wrote: ASAP!!!</div>',
    );
    const map = buildTextMap(root, { skip: (element) => /gmail_(quote|signature)/.test(element.className) });
    expect(map.text).toBe('Can you send the numbers?');
  });

  it('turns non-breaking spaces into spaces one for one', () => {
    expect(buildTextMap(editor('<div>a&nbsp; b</div>')).text).toBe('a  b');
  });

  it('reads an emoji image as its text and a Unicode emoji as its two UTF-16 units', () => {
    const root = editor('<p>ship it <img alt=":rocket:" data-stringify-text=":rocket:"> now 🚀 ok</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('ship it :rocket: now 🚀 ok');
  });

  it('skips whitespace that only formats the HTML source between blocks', () => {
    const root = editor('\n  <p>one</p>\n  <p>two</p>\n');
    expect(buildTextMap(root).text).toBe('one\ntwo');
  });
});

describe('text offsets <-> DOM positions', () => {
  it('maps a range inside formatting, a link and a mention to exactly those characters', () => {
    const root = editor(
      '<p>Ping <ts-mention data-id="U1">@ana</ts-mention> about <a href="https://x.test">the doc</a> by <strong>EOD</strong>.</p>',
    );
    const map = buildTextMap(root);
    const at = (needle: string) => [map.text.indexOf(needle), map.text.indexOf(needle) + needle.length] as const;
    for (const needle of ['@ana', 'the doc', 'EOD', 'about the doc by', 'Ping', '.']) {
      const [start, end] = at(needle);
      expect(textRangeToDomRange(map, start, end).toString()).toBe(needle);
    }
  });

  it('puts a range start in the next node and a range end in the previous one at a formatting boundary', () => {
    const root = editor('<p><strong>foo</strong>bar</p>');
    const map = buildTextMap(root);
    const forward = textOffsetToDomPoint(map, 3, 'forward');
    const backward = textOffsetToDomPoint(map, 3, 'backward');
    expect(forward.node.textContent).toBe('bar');
    expect(forward.offset).toBe(0);
    expect(backward.node.textContent).toBe('foo');
    expect(backward.offset).toBe(3);
  });

  it('maps offset 0, the end of the text and a range across a line break', () => {
    const root = editor('<p>first line</p><p>second line</p>');
    const map = buildTextMap(root);
    expectRangeCovers(root, 0, 5);
    expectRangeCovers(root, map.text.length - 4, map.text.length);
    expectRangeCovers(root, 6, 17);
  });

  it('never splits an emoji: a range around it covers both UTF-16 units', () => {
    const root = editor('<p>done 🎉 <em>yay</em></p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('🎉');
    expect(textRangeToDomRange(map, start, start + 2).toString()).toBe('🎉');
  });

  it('maps the start of an empty line to the position before its <br>', () => {
    const root = editor('<p>one</p><p><br></p><p>three</p>');
    const map = buildTextMap(root);
    const point = textOffsetToDomPoint(map, 4);
    expect(point.node).toBe(root.children[1]);
    expect(point.offset).toBe(0);
    expect(domPointToTextOffset(map, point.node, point.offset)).toBe(4);
  });

  it('maps a caret in a text node back to its offset, and a caret outside the editor to null', () => {
    const root = editor('<div>Hi</div><div>can you <b>check</b> it</div>');
    const map = buildTextMap(root);
    const check = root.querySelector('b')?.firstChild as Text;
    expect(domPointToTextOffset(map, check, 2)).toBe(map.text.indexOf('check') + 2);
    expect(domPointToTextOffset(map, document.body, 0)).toBeNull();
  });

  it('maps a caret at an element boundary to the end of the content before it', () => {
    const root = editor('<div>Hi</div><div>there</div>');
    const map = buildTextMap(root);
    expect(domPointToTextOffset(map, root.children[0] as Element, 1)).toBe(2);
    expect(domPointToTextOffset(map, root, 0)).toBe(0);
    expect(domPointToTextOffset(map, root, 2)).toBe(map.text.length);
  });

  it('stays within a text node that the page shortened after the map was built', () => {
    const root = editor('<p>Call at 3pm CET</p>');
    const map = buildTextMap(root);
    (root.querySelector('p')?.firstChild as Text).deleteData(11, 4);
    const restoreLayout = fakeLayout();
    try {
      expect(textRangeClientRects(map, 8, 15)).toHaveLength(1);
    } finally {
      restoreLayout();
    }
    expect(textRangeToDomRange(map, 8, 15).toString()).toBe('3pm');
  });

  it('round-trips every offset of random Quill documents through the DOM', () => {
    const segment = fc.constantFrom('ask', 'by 3pm', ' ', '🚀', 'é', 'EOD', 'x');
    const inline = fc.tuple(fc.constantFrom('', 'strong', 'em', 'a'), fc.array(segment, { minLength: 1, maxLength: 3 }));
    const line = fc.array(inline, { minLength: 0, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const html = lines
          .map((parts) => {
            if (parts.length === 0) return '<p><br></p>';
            const inner = parts.map(([tag, words]) => (tag ? `<${tag}>${words.join('')}</${tag}>` : words.join(''))).join('');
            return `<p>${inner}</p>`;
          })
          .join('');
        const root = editor(html);
        const map = buildTextMap(root);
        const expected = lines.map((parts) => parts.map(([, words]) => words.join('')).join('')).join('\n');
        expect(map.text).toBe(expected);
        for (let offset = 0; offset <= map.text.length; offset += 1) {
          for (const affinity of ['forward', 'backward'] as const) {
            const point = textOffsetToDomPoint(map, offset, affinity);
            const back = domPointToTextOffset(map, point.node, point.offset);
            // An offset just after a line break and the one before it are the same caret position.
            const sameCaret = back === offset || (map.text[offset - 1] === '\n' && back === offset - 1);
            expect(sameCaret).toBe(true);
          }
          for (let end = offset; end <= Math.min(map.text.length, offset + 6); end += 1) {
            const range = textRangeToDomRange(map, offset, end);
            expect(range.toString()).toBe(map.text.slice(offset, end).replace(/\n/g, ''));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('textSpanInBand: the text drawn between two heights', () => {
  const lines = Array.from({ length: 30 }, (_, index) => `Line ${index}`);

  function paragraphs(): HTMLElement {
    return editor(lines.map((line) => `<p>${line}</p>`).join(''));
  }

  it('spans the lines that reach into the band, not the rest of a long draft', () => {
    const restore = fakeParagraphLayout();
    try {
      const map = buildTextMap(paragraphs());
      // Lines are 20 px high: line 5 spans 100-120 px, line 7 spans 140-160 px.
      const span = textSpanInBand(map, 105, 155);
      expect(map.text.slice(span.start, span.end)).toBe('Line 5\nLine 6\nLine 7');
    } finally {
      restore();
    }
  });

  it('spans nothing below the text, and all of it for a band over the whole draft', () => {
    const restore = fakeParagraphLayout();
    try {
      const map = buildTextMap(paragraphs());
      const below = textSpanInBand(map, 1000, 1100);
      expect(below.end).toBeLessThanOrEqual(below.start);
      expect(textSpanInBand(map, -50, 700)).toEqual({ start: 0, end: map.text.length });
    } finally {
      restore();
    }
  });
});
