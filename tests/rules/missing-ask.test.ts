import { ruleTester } from './rule-tester';

ruleTester('missing-ask', {
  valid: [
    "I'd suggest we drop Safari 14 support this quarter, since usage is under 0.3%. What do you think?",
    'FYI: the staging database will be read-only from 18:00 to 19:00 UTC tonight for the upgrade. No action needed.',
    'Deployed v3.2.0 to production at 14:10 UTC, all health checks green.',
    'Thanks, that fixed it!',
    'Could you send me the signed NDA for Helix Labs by Thursday?',
    'Which region is the analytics cluster running in?',
    'The login bug is back on iOS 17. Can you check whether the token refresh change in PR 918 caused it?',
    "Heads-up: I'm out from Dec 22 to Jan 5; Ana is covering support escalations.",
    'Congrats to the platform team on closing 40 tickets this sprint 🎉',
    '> Can you send me the Q3 numbers?\nHere they are: https://docs.example.com/q3-numbers',
    {
      text: 'Subject: Q4 offsite venue\n\nHi all,\n\nWe booked the Lisbon venue for Feb 10-12. Travel details will follow next week.\n\nBest,\nCarla',
      channel: 'email',
    },
  ],
  invalid: [
    {
      text: "Here's the new onboarding copy for the pricing page: https://docs.example.com/onboarding-v2\nThoughts?",
      findings: [{ flagged: 'Thoughts?', messageId: 'vague' }],
    },
    {
      text: 'The proposal for the Nordic client is ready for your review: https://docs.example.com/nordic-proposal',
      findings: [{ flagged: 'The proposal for the Nordic client is ready for your review: https://docs.example.com/nordic-proposal', messageId: 'noAsk' }],
    },
    { text: 'Thoughts?', findings: [{ flagged: 'Thoughts?', messageId: 'vague' }] },
    { text: 'Any ideas? 🤔', findings: [{ flagged: 'Any ideas?', messageId: 'vague' }] },
    {
      text: 'The export job has failed three nights in a row. Can you help?',
      findings: [{ flagged: 'Can you help?', messageId: 'vague' }],
    },
    {
      text: "I've been looking at the churn numbers for EMEA and they dropped 4% in October. Let me know.",
      findings: [{ flagged: 'Let me know.', messageId: 'vague' }],
    },
    // A problem dropped on someone, with no ask.
    {
      text: '@marek the nightly export to S3 failed again with a permission error.',
      findings: [{ flagged: '@marek the nightly export to S3 failed again with a permission error.', messageId: 'noAsk' }],
    },
    // A hand-over that never says what kind of review is wanted.
    {
      text: 'The proposal for the Nordic client (https://docs.example.com/nordic-proposal) is ready for your review.',
      findings: [
        { flagged: 'The proposal for the Nordic client (https://docs.example.com/nordic-proposal) is ready for your review.', messageId: 'noAsk' },
      ],
    },
    {
      text: 'Subject: Churn analysis\n\nHi Tom,\n\nI put together the churn analysis for Q3 here: https://docs.example.com/churn-q3\n\nThoughts?\n\nCheers,\nMia',
      channel: 'email',
      findings: [{ flagged: 'Thoughts?', messageId: 'vague' }],
    },
  ],
});
