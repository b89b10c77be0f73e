import { ruleTester } from './rule-tester';

ruleTester('vague-deadline', {
  valid: [
    'Can you send the Q3 numbers by Friday?',
    // An explicit frame in the same message settles when it is late.
    'Please review the reseller contract soon, and definitely by end of next week.',
    'Could you update the runbook when you get a chance? Any time before Dec 12 is fine.',
    // ASAP is urgent-language's business.
    'We need the final copy for the homepage ASAP.',
    'Which port does the metrics exporter listen on?',
    'Deployed the fix at 10:20 UTC; error rate is back to normal.',
    'The `soon` flag in config.yaml controls the reminder delay.',
    "> can you do this when you get a chance?\nSure, I'll have it done by Thursday.",
    {
      text: 'Subject: Peer reviews\n\nHi team,\n\nPlease finish your peer reviews when you get a chance; the deadline is Friday 17:00 CET.\n\nThanks,\nEva',
      channel: 'email',
    },
  ],
  invalid: [
    { text: 'Can you send me the Q3 board numbers soon?', findings: [{ flagged: 'soon', messageId: 'vague' }] },
    {
      text: 'When you get a chance, could you review the onboarding checklist in https://docs.example.com/onboarding?',
      findings: [{ flagged: 'When you get a chance', messageId: 'vague' }],
    },
    {
      text: 'Whenever you can, please look over the Q1 hiring plan: https://docs.example.com/hiring-q1',
      findings: [{ flagged: 'Whenever you can', messageId: 'vague' }],
    },
    {
      text: "I'll need the translated strings for the German release shortly.",
      findings: [{ flagged: 'shortly', messageId: 'vague' }],
    },
    { text: 'Can you fix the typo on the careers page in a bit? 🙏', findings: [{ flagged: 'in a bit', messageId: 'vague' }] },
    {
      text: 'Can you check the alert thresholds soon and update the dashboard whenever you can?',
      findings: [
        { flagged: 'soon', messageId: 'vague' },
        { flagged: 'whenever you can', messageId: 'vague' },
      ],
    },
    {
      text: 'Hey Omar,\nno rush, but could you rotate the staging API keys at some point?',
      findings: [{ flagged: 'at some point', messageId: 'vague' }],
    },
    {
      text: 'Subject: Vendor list\n\nHi Dan,\n\nCould you share the updated vendor list with procurement soon?\n\nThanks,\nIris',
      channel: 'email',
      findings: [{ flagged: 'soon', messageId: 'vague' }],
    },
  ],
});
