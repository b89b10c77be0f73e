// Word classes the analysis needs to tell requests, questions and statements apart. They name
// grammatical roles (modals, fillers, addressees), not the wording of any particular message.

/** Words that can open a clause without being its content: greetings, interjections, "please". */
export const CLAUSE_FILLERS = new Set([
  'hi', 'hey', 'hello', 'hiya', 'yo', 'ok', 'okay', 'so', 'and', 'also', 'oh', 'btw', 'please', 'pls', 'plz', 'kindly',
  'then', 'now', 'but', 'just', 'quickly', 'again', 'guys', 'folks', 'all', 'team', 'everyone', 'y’all', "y'all",
  'morning', 'afternoon', 'evening', 'good', 'dear', 'um', 'umm', 'hmm', 'well', 'alright', 'right', 'honestly', 'frankly',
  'actually', 'basically', 'sorry', 'ah', 'ahh',
]);

export const POLITE_MARKERS = new Set(['please', 'pls', 'plz', 'kindly']);

export const MODALS = new Set(['can', 'could', 'would', 'will', "won't", 'wont', "wouldn't", "can't", 'cant', "couldn't", 'shall', 'might']);

/** Who a "can you …" question asks. */
export const ADDRESSEES: Record<string, 'you' | 'someone' | 'we' | 'i'> = {
  you: 'you', u: 'you', ya: 'you', 'y’all': 'you', "y'all": 'you', yall: 'you',
  someone: 'someone', somebody: 'someone', anyone: 'someone', anybody: 'someone', everyone: 'someone', everybody: 'someone',
  we: 'we', i: 'i',
};

/** Adverbs that may sit between the addressee and the verb: "could you please just check". */
export const VERB_ADVERBS = new Set(['please', 'pls', 'plz', 'kindly', 'just', 'also', 'quickly', 'maybe', 'possibly', 'still', 'perhaps', 'actually', 'then', 'all']);

/**
 * Verbs that open a sentence in the imperative mood without asking for anything: courtesies,
 * wishes and offers ("Thanks", "Hope you're well", "Feel free to …", "See you").
 */
export const NON_REQUEST_IMPERATIVES = new Set([
  'thank', 'thanks', 'hope', 'welcome', 'congrats', 'congratulate', 'see', 'sorry', 'love', 'enjoy', 'wish', 'feel', 'stay',
  'keep', 'happy', 'imagine', 'guess', 'say', 'cheer', 'cheers', 'note', 'fyi', 'excuse', 'pardon', 'forgive', 'trust',
  'bear', 'rest', 'mind', 'lol', 'ping', 'hi', 'hello', 'hey', 'yes', 'no', 'sure', 'great', 'nice', 'cool',
]);

/** Compound nouns whose first word is also a verb: "pull request", "check list". */
export const NOUN_COMPOUNDS = new Set(['pull request', 'merge request', 'feature request', 'change request', 'check list', 'test case', 'test run', 'build log', 'sign up', 'log file', 'update notice']);

/** Courtesy requests that ask for no work: "please find attached", "please see below". */
export const COURTESY_REQUESTS = new Set(['find', 'see', 'note', 'accept', 'excuse', 'forgive', 'ignore']);

export const WH_WORDS = new Set(['what', 'which', 'when', 'where', 'who', 'whom', 'whose', 'why', 'how']);

export const QUESTION_OPENERS = new Set([
  ...WH_WORDS, 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'would', 'will',
  'should', 'shall', 'may', 'might', 'any', 'anyone', 'anybody', "isn't", "aren't", "doesn't", "don't", "didn't",
]);

/** Words that say something must happen, said of a thing rather than a person: "X needs to go". */
export const OBLIGATION_WORDS = new Set(['need', 'needs', 'must', 'should', 'gotta']);

/** First-person verbs of wanting that turn a statement into a request: "I need you to …". */
export const WANT_VERBS = new Set(['need', 'want', 'like', 'love', 'require', 'ask', 'asking', 'expect', 'needs']);

/** Verbs of work that take more than a moment: asking for them needs a time frame. */
export const WORK_VERBS = new Set([
  'write', 'draft', 'review', 'fix', 'decide', 'send', 'prepare', 'update', 'build', 'create', 'make', 'put', 'pull',
  'look', 'check', 'investigate', 'dig', 'figure', 'finish', 'complete', 'approve', 'sign', 'fill', 'submit', 'redo',
  'rewrite', 'edit', 'proofread', 'translate', 'implement', 'deploy', 'ship', 'test', 'migrate', 'design', 'document',
  'plan', 'organize', 'organise', 'sort', 'take', 'deal', 'handle', 'file', 'book', 'add', 'export', 'compile',
  'research', 'analyze', 'analyse', 'summarize', 'summarise', 'refresh', 'clean', 'pick', 'work', 'read', 'go', 'get',
  'remove', 'change', 'move', 'set', 'draw', 'produce', 'collect', 'gather', 'compare', 'audit', 'debug', 'refactor',
  'rework', 'revise', 'finalize', 'finalise', 'assess', 'evaluate', 'estimate', 'calculate', 'reconcile',
  'arrange', 'schedule', 'coordinate', 'follow', 'upload', 'install', 'configure', 'setup', 'merge',
  'resolve', 'address', 'escalate', 'tackle', 'cover', 'own', 'run', 'pack', 'verify', 'confirm', 'share',
  'provide', 'deliver', 'outline', 'sketch', 'break', 'acknowledge', 'train', 'hire', 'interview',
]);

/** Verbs that ask for a quick answer rather than work: no deadline needed. */
export const QUICK_VERBS = new Set(['contact', 'reach', 'tell', 'confirm', 'answer', 'reply', 'respond', 'say', 'know', 'let', 'ping', 'join', 'call', 'see', 'point']);

/**
 * Verbs the tagger sometimes reads as nouns in chat ("can u review", "please compare"): where the
 * grammar demands a verb (after "can you", "please"), a word from these lists is taken as one.
 */
export function isKnownVerb(word: string): boolean {
  return WORK_VERBS.has(word) || QUICK_VERBS.has(word) || ['compare', 'watch', 'approve', 'double-check', 'proofread', 'drop', 'stop'].includes(word);
}

/**
 * The base form of a verb as chat writes it after "mind" or in a list: "writing" -> "write",
 * "getting" -> "get", "reviewed" -> "review". Only what the verb lists above need.
 */
export function baseForm(word: string): string {
  if (WORK_VERBS.has(word) || QUICK_VERBS.has(word)) return word;
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    for (const candidate of [stem, `${stem}e`, stem.slice(0, -1)]) {
      if (WORK_VERBS.has(candidate) || QUICK_VERBS.has(candidate)) return candidate;
    }
  }
  return word;
}
