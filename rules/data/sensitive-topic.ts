// Phrases that raise topics better handled live. Each list is one kind of topic; the rule adds
// who it is about (a person, "you") before it fires, so neutral process talk stays quiet.

/** Someone losing their job or contract. `{person}` stands for a pronoun or a capitalised name. */
export const DISMISSAL: readonly string[] = [
  'let(?:ting)? {person} go',
  // "let two contractors go", "letting some of the team go": people counted, not named.
  'let(?:ting)? (?:\\d{1,3}|two|three|four|five|six|several|some|a few|a couple of|half) (?:of (?:the|our|my) )?(?:people|persons|contractors|freelancers|engineers|employees|staff|folks|developers|designers|agents|reps|members|team|team members|workers|of us|of them|of the team) go',
  'laid off',
  'lay(?:ing)? off',
  'layoffs?',
  '(?:cutting|cut|eliminating|eliminate|reducing) (?:around |about |roughly )?(?:\\d{1,3}%? |three |two |several |some |a few )?(?:of )?(?:roles|jobs|positions|headcount)',
  'your (?:position|role|job) (?:is|will be|has been)',
  'terminat(?:e|ed|ing) {person}',
  'terminat(?:e|ed|ing) (?:his|her|their|your) (?:employment|contract)',
  'termination (?:meeting|of (?:his|her|their|your))',
  'termination of {person}',
  '(?:be|been|was|were|get|got|getting) fired',
  '(?:be|been|was|were|get|got|getting|being) demoted',
  'fire (?:him|her|them)',
  "contract (?:won't|will not|isn't going to) be renewed",
  'not (?:to |be )?renew(?:ing)? (?:his|her|their|your) contract',
  'ending (?:the|his|her|their) contract with',
  'being outsourced',
  'redundanc(?:y|ies)',
  'made redundant',
  'downsiz(?:e|ed|ing)',
  'performance improvement plan',
  'placed on (?:a|an) [\\w\\x20-]{0,20}plan',
  'dismiss(?:ed|al) (?:for|from)',
];

/** Pay grievances; "salary" alone is process talk ("comp proposals are due"). */
export const PAY_WORDS = '(?:salary|raise|bonus|pay|paid|compensation|pay rise|equity|(?:making|earning|earns|makes|gets) (?:more|less))';
export const PAY_GRIEVANCE: readonly string[] = [
  'not fair', 'unfair', 'less than', 'above my', 'more than me', 'than me', 'never happened', 'promised', 'expecting', "didn't meet",
  'underpaid', 'pay gap', 'disappointed', 'deserve', 'my options', 'talk about my',
];

/** Judgements of a person's conduct or performance, and conflict between people. */
export const CONDUCT: readonly string[] = [
  'unacceptable', 'out of line', 'inappropriate', 'disrespectful', 'rude', 'unprofessional', 'sloppy', 'amateurish',
  'a disaster', 'embarrassing', 'lazy', 'incompetent', 'useless', 'pathetic', 'toxic', 'hostile', 'petulant', 'childish',
  'stupid', 'idiots?', 'idiotic', 'morons?', 'clowns?', 'ranting', 'whining', 'arrogant', 'condescending',
  'passive[-\\x20]?aggressive', 'bad-mouthing', 'being difficult', 'weakest performer', 'underperform(?:ing|ance|er)?',
  'not pulling (?:his|her|their) weight', '(?:rolled|rolls|rolling) (?:his|her|their) eyes', 'talk(?:ed|s|ing)? over',
  'yell(?:ed|ing)? at', 'shout(?:ed|ing)? at', 'harass(?:ed|ing|ment)?', 'bull(?:y|ied|ying)', 'misconduct',
  "(?:sick|tired) of (?:it|this|you|him|her|them|spending)", 'fed up', 'done with (?:it|him|her|them|you)',
  "can't (?:keep )?work(?:ing)? with", "can't work together", 'blow-?up', 'blew up at',
  'with a competitor', '(?:rolling|rolls|coming|came|showing|shows) (?:up |in )late', 'late (?:almost )?every day',
  'not seeing any effort', "didn't (?:even )?prepare", 'ableist', 'ablest', 'racist', 'sexist', 'transphobic', 'homophobic',
  'bigot(?:ed|ry|s)?', 'get banned', 'ban(?:ned)? me', 'shame on you', 'do better', 'how dare', 'nobody could follow',
  'poor representation', 'very different conversation', "don't let (?:it|this) happen again", 'have to say this again',
  'what {person} said to', 'have a word with', 'break it to (?:him|her|them)', 'behaviou?r (?:in|at|during|was|is)',
  'your tone', 'shoots down', 'insult(?:ed|ing)?', 'offensive', 'your attendance', 'attendance (?:issues?|problems?)',
  '(?:keeps?|kept) (?:missing|skipping) (?:deadlines|meetings|standups?)',
  'missed (?:every|all|most|each) (?:single )?(?:deadlines?|sprint goals?)', 'losing (?:patience|faith|trust) (?:with|in)',
  'dropp(?:ed|ing|s) the ball', "can't be trusted",
];
