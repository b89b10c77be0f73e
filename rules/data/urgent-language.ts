// Words that mark a message urgent. Checked by tests: lower case, no duplicates, no stray spaces.

/** Always urgency, wherever they stand (unless negated: "not urgent"). */
export const URGENT_MARKERS: readonly string[] = [
  'urgent',
  'urgently',
  'asap',
  'a.s.a.p',
  'emergency',
  'drop everything',
  'drop what you are doing',
  "drop what you're doing",
  'stop whatever you are doing',
  "stop whatever you're doing",
  'stop what you are doing',
  "stop what you're doing",
  'top priority',
  'highest priority',
  'high priority',
  'priority 1',
  'priority one',
  'red alert',
  'pronto',
  "this can't wait",
  'this cannot wait',
  'as soon as humanly possible',
  'as soon as possible',
  'time-sensitive',
  'time sensitive',
  'this is a fire',
];

/** Urgency only in a sentence that asks for something: "immediately" also describes how things work. */
export const URGENT_ADVERBS: readonly string[] = ['immediately', 'right away', 'right now', 'at once', 'straight away'];

/** Emoji that sound an alarm. */
export const ALARM_EMOJI: readonly string[] = ['🚨', '🔥', '‼️', '⚠️'];

/** Words before a marker that take the urgency back: "not urgent", "no emergency". */
export const NEGATIONS: readonly string[] = ['not', 'no', 'non', 'nothing', "isn't", "wasn't", 'never', 'less', 'without'];

/** Nouns after "urgent"/"emergency" that make it a name, not a mark: "emergency contact". */
export const COMPOUND_HEADS: readonly string[] = [
  'contact', 'contacts', 'number', 'numbers', 'procedure', 'procedures', 'kit', 'exit', 'exits', 'fund', 'brake', 'plan',
  'care', 'room', 'services', 'service', 'channel', 'requests', 'request', 'line', 'drill', 'leave',
  'access', 'mode', 'shutdown', 'meeting', 'response', 'team', 'label', 'tag', 'queue',
];
