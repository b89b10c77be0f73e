// Things in a message that a reader can open or resolve without asking: links, ticket ids,
// attachments; and @mentions, which say who the message is for. All patterns are linear: a
// character class with a single unbounded quantifier and nothing after it that can backtrack.
import { Coverage, type Span } from './span';

export interface Entities {
  urls: Span[];
  /** Resolvable ids: "PROJ-142", "#4521", "PR 88", "ticket 60112". */
  ids: Span[];
  mentions: Span[];
  /** The message says a file is attached ("attached", "see attachment", "📎"). */
  mentionsAttachment: boolean;
}

// Bare, markdown ([label](url)) and Slack (<url|label>) links all contain this.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]{}"'`|]+/gi;
const PREFIXED_ID = /\b[A-Z][A-Z0-9]{0,9}-\d{1,7}\b/g;
const HASH_ID = /(?:^|[^\w&])#\d{2,9}\b/g;
const NAMED_ID = /\b(?:PR|MR|pull request|issue|ticket|bug|case|incident|invoice|order|po|rfc)\s?#?\d{2,9}\b/gi;
const MENTION = /(?:^|[^\w@.])(@[A-Za-z][\w.-]{0,40}|<@[A-Z0-9]{2,20}>)/g;
const ATTACHMENT = /\b(?:attached|attachment|attaching|enclosed)\b|📎/i;

function collect(text: string, pattern: RegExp, group = 0): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = match[group] ?? match[0];
    const start = match.index + match[0].lastIndexOf(value);
    // Trailing sentence punctuation is not part of a link.
    let end = start + value.length;
    while (end > start && /[.,;:!?]/.test(text[end - 1] ?? '')) end--;
    spans.push({ start, end });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}

export function findEntities(text: string): Entities {
  const urls = collect(text, URL);
  const inUrl = new Coverage(text.length);
  for (const url of urls) inUrl.claim(url);
  const ids = [
    ...collect(text, PREFIXED_ID),
    ...collect(text, HASH_ID).map((span) => ({ start: text.indexOf('#', span.start), end: span.end })),
    ...collect(text, NAMED_ID),
  ].filter((id) => !inUrl.overlaps(id));
  return {
    urls,
    ids: ids.sort((a, b) => a.start - b.start),
    mentions: collect(text, MENTION, 1),
    mentionsAttachment: ATTACHMENT.test(text),
  };
}
