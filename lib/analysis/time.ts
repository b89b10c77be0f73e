// Finds clock times (and whether a zone goes with them) and time frames (explicit, vague, or
// "right now" urgency) in masked message text. Every pattern uses bounded repetition (\s{1,3},
// {0,n}), so no input can make them backtrack more than a constant amount per position.
import { Coverage, type Span } from './span';

export interface ClockTime extends Span {
  kind: 'clock' | 'end-of-day';
  /** A zone or offset is given for it ("3pm ET", "15:00 UTC"), or it is in the reader's terms. */
  zoned: boolean;
}

export type FrameKind = 'explicit' | 'vague' | 'urgent';

export interface TimeFrame extends Span {
  kind: FrameKind;
  /** Introduced by a deadline word: by, before, until, due, within, no later than. */
  deadlineCue: boolean;
  /** Refers to the past ("since 9:12", "yesterday", "last week", "3:15 this morning"). */
  past: boolean;
}

const ZONE_WORDS =
  'UTC|GMT|Z|CET|CEST|EET|EEST|WET|WEST|BST|IST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|JST|KST|SGT|HKT|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|SAST|WAT|EAT|BRT|ART|ICT|PHT|WIB|GST';
// What may follow a time to give its zone: an abbreviation or offset (case-sensitive, so "at 3 eat"
// is no zone), or a named zone, a city's time, "local", or the reader's own time.
const ZONE_ABBREVIATION_AFTER = new RegExp(
  `^[ \\t]{0,2}\\(?[ \\t]{0,2}(?:(?:${ZONE_WORDS})(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\b|[+-]\\d{2}:?\\d{2}\\b)`,
);
const ZONE_NAME_AFTER =
  /^[ \t]{0,2}\(?[ \t]{0,2}(?:(?:pacific|eastern|central|mountain|atlantic)\b|local\b|time[ \t]zone|(?:berlin|london|paris|new york|nyc|sf|la|tokyo|sydney|singapore|lisbon|madrid|dublin|amsterdam|zurich|vienna|warsaw|prague|helsinki|stockholm|oslo|copenhagen|toronto|chicago|denver|seattle|bangalore|mumbai|delhi|sao paulo|mexico city|india|uk|us|eu|european|german|french)[ \t]time\b|your[ \t](?:time|local[ \t]time))/i;

function zoneFollows(after: string): boolean {
  return ZONE_ABBREVIATION_AFTER.test(after) || ZONE_NAME_AFTER.test(after);
}
// The zone may come right after a time, or after a short tail like "EOD" or a day name.
const READER_TERMS_BEFORE = /\byour[ \t]{1,2}$/i;
const GLOBAL_ZONE = new RegExp(`\\b(?:all|every)[ \\t]{1,2}times?[ \\t]{1,2}(?:are[ \\t]{1,2}|in[ \\t]{1,2})?(?:${ZONE_WORDS})\\b`, 'i');

const MERIDIEM_TIME = /\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]?(?:[ap]\.m\.|[ap]m\b)/gi;
const COLON_TIME = /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/g;
// A bare hour needs a time preposition before it ("at 3", "by 4", "around 2?"), and nothing after
// it that makes it a quantity ("at 2x", "by 20%", "around 2 weeks", "at 3 locations").
const PREPOSITION_HOUR =
  /\b(?:at|by|before|until|till|til|around|from|after|free at)[ \t]{1,2}(?:about[ \t]{1,2})?((?:1[0-2]|0?[1-9]))(?![\d:%/x×-]|[.,]\d|[ \t]{0,2}(?:min|mins|minutes|hours?|hrs?|h\b|days?|weeks?|months?|years?|%|percent|people|persons|points|pts|items|tickets|records|of\b|st\b|nd\b|rd\b|th\b|x\b|[a-z]{2,}s\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b))/gi;
const NAMED_HOUR = /\b(?:noon|midday|midnight)\b/gi;
const END_OF_DAY = /\b(?:EOD|COB|EOB|end of (?:the )?(?:business )?day|close of (?:business|play)|end of business)\b/gi;

function collectMatches(text: string, pattern: RegExp, group?: number): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = group === undefined ? match[0] : (match[group] ?? match[0]);
    const start = match.index + match[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}

// Times joined into a range share the zone written after the last one: "14:00 and 17:00 CET".
const RANGE_JOINER = /^[ \t]{0,2}(?:-|–|—|to|and|until|till)[ \t]{0,2}$/i;

/** "All times UTC" anywhere in the message gives every clock time in it a zone. */
export function statesGlobalZone(text: string): boolean {
  return GLOBAL_ZONE.test(text);
}

/**
 * Clock times in `text`. `globalZone` says whether the whole message states a zone for all its
 * times; it defaults to reading that from `text` itself, and is passed in when `text` is one
 * paragraph of a longer message.
 */
export function findClockTimes(text: string, globalZone = statesGlobalZone(text)): ClockTime[] {
  const found: ClockTime[] = [];
  const coverage = new Coverage(text.length);
  const add = (spans: Span[], kind: ClockTime['kind']) => {
    for (const span of spans) if (coverage.claim(span)) found.push({ start: span.start, end: span.end, kind, zoned: false });
  };
  add(collectMatches(text, MERIDIEM_TIME), 'clock');
  add(collectMatches(text, COLON_TIME), 'clock');
  add(collectMatches(text, PREPOSITION_HOUR, 1), 'clock');
  add(collectMatches(text, NAMED_HOUR), 'clock');
  add(collectMatches(text, END_OF_DAY), 'end-of-day');
  found.sort((a, b) => a.start - b.start);

  for (let i = found.length - 1; i >= 0; i--) {
    const time = found[i];
    if (!time) continue;
    const before = text.slice(Math.max(0, time.start - 8), time.start);
    const after = text.slice(time.end, time.end + 40);
    const next = found[i + 1];
    const joinsNext = next !== undefined && next.start - time.end <= 12 && RANGE_JOINER.test(text.slice(time.end, next.start));
    time.zoned =
      globalZone ||
      READER_TERMS_BEFORE.test(before) ||
      zoneFollows(after) ||
      // "by Tuesday EOD Pacific", "at 10:00 Monday (CET)": one short word between time and zone.
      zoneFollows(after.replace(/^[ \t]{0,2}[A-Za-z]{2,10}\.?/, '')) ||
      (joinsNext && next.zoned);
  }
  return found;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const COUNT = '\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few|couple(?: of)?';
const UNIT = 'min(?:ute)?s?|hours?|hrs?|h|days?|business days?|working days?|weeks?|wks?|months?';

const EXPLICIT_FRAMES: RegExp[] = [
  new RegExp(`\\b(?:${DAYS})s?\\b`, 'gi'),
  // Abbreviated day names only when written as names (capitalised), so "sat" and "sun" stay words.
  /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?/g,
  /\b(?:today|tonight|tomorrow|tmrw|tmr|overnight|yesterday)\b/gi,
  /\blast[ \t]{1,2}(?:night|week|month|quarter|year|sprint|time)\b/gi,
  /\b(?:this|next|coming)[ \t]{1,2}(?:morning|afternoon|evening|week|weekend|month|quarter|year|sprint|cycle)\b/gi,
  /\bend[ \t]{1,2}of[ \t]{1,2}(?:the[ \t]{1,2})?(?:next[ \t]{1,2}|this[ \t]{1,2})?(?:week|month|quarter|year|sprint|cycle)\b/gi,
  /\b(?:EOW|EOM|EOQ|EOY)\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:[ \\t]{1,2}of)?[ \\t]{1,2}(?:${MONTHS})\\b`, 'gi'),
  new RegExp(`\\b(?:${MONTHS})\\.?[ \\t]{1,2}\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'),
  // A month alone is a time frame after a preposition ("by June", "end of March"); "the May
  // webinar" names an event.
  /\b(?:by|before|until|till|in|end[ \t]of|mid|early|late|during|after|since|from)[ \t]{1,2}(?:the[ \t]{1,2})?(?:january|february|march|april|May|june|july|august|september|october|november|december)\b/gi,
  /\bthe[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)\b/gi,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /(?<![\d/])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])/g,
  new RegExp(`\\b(?:within|in|for|over)[ \\t]{1,2}(?:the[ \\t]{1,2})?(?:next[ \\t]{1,2})?(?:${COUNT})[ \\t]{1,2}(?:${UNIT})\\b`, 'gi'),
  /\b\d{1,3}[ \t]?(?:h|hrs?|hours?)\b/gi,
  /\b(?:by|before|end of|in|until)[ \t]{1,2}(?:Q[1-4]|H[12])\b/g,
  /\b(?:before|by)[ \t]{1,2}(?:you|we|I)[ \t]{1,2}(?:log off|leave|sign off|head out|go home)\b/gi,
  // "before then" points back at a date already given.
  /\b(?:before|by|until)[ \t]{1,2}then\b/gi,
];

const VAGUE_FRAMES =
  /\b(?:soon(?:ish)?|shortly|eventually|sometime|at[ \t]{1,2}some[ \t]{1,2}(?:point|stage)|some[ \t]{1,2}time|in[ \t]{1,2}a[ \t]{1,2}(?:bit|while)|in[ \t]{1,2}the[ \t]{1,2}(?:coming|next[ \t]{1,2}few|next)[ \t]{1,2}(?:days|weeks|little[ \t]{1,2}while)|in[ \t]{1,2}(?:due[ \t]{1,2}course|the[ \t]{1,2}near[ \t]{1,2}future)|at[ \t]{1,2}your[ \t]{1,2}(?:earliest[ \t]{1,2})?(?:convenience|leisure)|when(?:ever)?[ \t]{1,2}(?:possible|convenient)|as[ \t]{1,2}(?:time|workload)[ \t]{1,2}(?:permits|allows)|when(?:ever)?[ \t]{1,2}(?:you|u|ya|you're|you've|the[ \t]{1,2}team|someone|they|we|I)[ \t]{1,2}(?:(?:get|gets|have|has|find|finds|got)(?:[ \t]{1,2}(?:a|some|the))?[ \t]{1,2}(?:chance|time|moment|sec|second|minute|min|capacity|room|bandwidth|cycles|space)|can|are[ \t]{1,2}(?:free|able)|is[ \t]{1,2}free|get[ \t]{1,2}around[ \t]{1,2}to[ \t]{1,2}it)|when(?:ever)?[ \t]{1,2}(?:it|the[ \t]{1,2}moment|time)[ \t]{1,2}(?:suits|works|feels[ \t]{1,2}right|allows)(?:[ \t]{1,2}you)?|(?:once|when)[ \t]{1,2}things[ \t]{1,2}(?:quiet|calm|settle|slow)[ \t]{1,2}down|down[ \t]{1,2}the[ \t]{1,2}(?:line|road)|one[ \t]{1,2}of[ \t]{1,2}these[ \t]{1,2}days|before[ \t]{1,2}too[ \t]{1,2}long|sooner[ \t]{1,2}or[ \t]{1,2}later)\b/gi;

const URGENT_FRAMES =
  /\b(?:asap|a\.s\.a\.p|right[ \t]{1,2}(?:away|now)|immediately|straight[ \t]{1,2}away|urgently|at[ \t]{1,2}once|as[ \t]{1,2}soon[ \t]{1,2}as[ \t]{1,2}(?:possible|humanly[ \t]{1,2}possible|you[ \t]{1,2}can)|pronto|this[ \t]{1,2}can't[ \t]{1,2}wait|can[ \t]{1,2}not[ \t]{1,2}wait|in[ \t]{1,2}an[ \t]{1,2}hour)\b/gi;

const DEADLINE_CUE = /\b(?:by|before|until|till|til|due|within|no[ \t]{1,2}later[ \t]{1,2}than|deadline|latest|not[ \t]{1,2}after|ahead[ \t]{1,2}of)[ \t,:(]{1,3}(?:the[ \t]{1,2}|this[ \t]{1,2}|next[ \t]{1,2}|your[ \t]{1,2}|on[ \t]{1,2}|end[ \t]{1,2}of[ \t]{1,2})?(?:[\w']{1,12}[ \t]{1,2})?$/i;
const PAST_CUE = /\b(?:(?:since|ago|last|earlier|yesterday|previous|during)[ \t]{1,2}(?:the[ \t]{1,2}|about[ \t]{1,2}|around[ \t]{1,2})?(?:[\w']{1,12}[ \t]{1,2})?|from[ \t]{1,2})$/i;
const PAST_FRAME = /^(?:yesterday|last\b|earlier)/i;

function frameFlags(text: string, span: Span): { deadlineCue: boolean; past: boolean } {
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const value = text.slice(span.start, span.end);
  const after = text.slice(span.end, span.end + 6);
  const deadlineCue = DEADLINE_CUE.test(before);
  const past = !deadlineCue && (PAST_CUE.test(before) || PAST_FRAME.test(value) || /^[ \t]{0,2}ago\b/i.test(after));
  return { deadlineCue, past };
}

export function findTimeFrames(text: string, clockTimes: readonly ClockTime[]): TimeFrame[] {
  const frames: TimeFrame[] = [];
  const coverage = new Coverage(text.length);
  const add = (span: Span, kind: FrameKind) => {
    if (!coverage.claim(span)) return;
    const { deadlineCue, past } = frameFlags(text, span);
    frames.push({ start: span.start, end: span.end, kind, deadlineCue, past });
  };
  for (const span of collectMatches(text, URGENT_FRAMES)) add(span, 'urgent');
  for (const span of collectMatches(text, VAGUE_FRAMES)) {
    // "not any time soon", "not soon": a refusal, not a vague promise.
    if (!/\b(?:any[ \t]time|not)[ \t]{1,2}$/i.test(text.slice(Math.max(0, span.start - 12), span.start))) add(span, 'vague');
  }
  for (const pattern of EXPLICIT_FRAMES) for (const span of collectMatches(text, pattern)) add(span, 'explicit');
  for (const time of clockTimes) add({ start: time.start, end: time.end }, 'explicit');
  // "this morning" said of logs or an outage is the past; said of a deadline ("by this morning")
  // it has a cue.
  for (const frame of frames) {
    if (!frame.deadlineCue && /^this[ \t]{1,2}morning$/i.test(text.slice(frame.start, frame.end))) frame.past = true;
  }
  return frames.sort((a, b) => a.start - b.start);
}
