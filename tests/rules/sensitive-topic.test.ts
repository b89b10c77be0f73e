import { ruleTester } from './rule-tester';

ruleTester('sensitive-topic', {
  valid: [
    // "Let … go" of things is not a dismissal.
    'Let the old staging cluster go, nobody has used it since March.',
    'Run `kill -9` on the stuck worker and terminate the old pod after the migration.',
    'If the nightly import fails again, just let it go and rerun it in the morning.',
    'Reminder: self-assessments for the annual performance review are due Friday, Dec 5.',
    'Great job on the migration guide, Theo. The rollback section is especially clear; maybe add a diagram of the failover path.',
    'Thanks for the retro notes, Ines. The action items are clear and the timeline section saved me a lot of digging.',
    'The salary bands for 2027 will be published in the HR portal on Jan 15.',
    'The load test results are disappointing: p95 latency went from 180ms to 420ms after the cache change.',
    'Headcount plans for Q1 are due to finance by Dec 10.',
    "> Honestly his behaviour in the retro was out of line.\nLet's pick this up in our 1:1 on Thursday at 10:00 CET.",
    {
      text: "Subject: Offsite feedback\n\nHi all,\n\nThanks for filling in the offsite survey. Most of you liked the workshop format and asked for more breaks, so we'll add them next time.\n\nBest,\nNora",
      channel: 'email',
    },
  ],
  invalid: [
    {
      text: 'Is it true that Omar is being demoted after the reorg?',
      findings: [{ flagged: 'being demoted', messageId: 'sensitive' }],
    },
    {
      text: 'Off the record: Dana missed every deadline in the last two sprints and the others are losing patience with her.',
      findings: [{ flagged: 'missed every deadline', messageId: 'sensitive' }],
    },
    // People counted rather than named are still losing their jobs.
    {
      text: 'Finance says we are letting three of the designers go before the end of the quarter.',
      findings: [{ flagged: 'letting three of the designers go', messageId: 'sensitive' }],
    },
    {
      text: 'Why did Ana get a bigger raise than me? I have been here two years longer.',
      findings: [{ flagged: 'raise', messageId: 'sensitive' }],
    },
    {
      text: 'Honestly I am fed up with how Raj talks to the juniors in code review.',
      findings: [{ flagged: 'fed up', messageId: 'sensitive' }],
    },
    {
      text: 'Marta keeps talking over everyone in standup and the others have stopped speaking up.',
      findings: [{ flagged: 'talking over', messageId: 'sensitive' }],
    },
    {
      text: 'Subject: Your contract\n\nHi Pavel,\n\nWe have decided not to renew your contract when it ends in January.\n\nRegards,\nHelen',
      channel: 'email',
      findings: [{ flagged: 'not to renew your contract', messageId: 'sensitive' }],
    },
    {
      text: "We're going to let Jonas go at the end of the month; please don't mention it to the team yet.",
      findings: [{ flagged: 'let Jonas go', messageId: 'sensitive' }],
    },
    {
      text: 'Layoffs are coming to the design team in January, and I want to tell Priya before the announcement.',
      findings: [{ flagged: 'Layoffs', messageId: 'sensitive' }],
    },
    {
      text: 'Your comments to the intern in the retro were rude and out of line.',
      findings: [{ flagged: 'rude', messageId: 'sensitive' }],
    },
    {
      text: "I found out Dev is paid 15% more than me for the same role, and that's not fair.",
      findings: [{ flagged: 'paid', messageId: 'sensitive' }],
    },
    {
      text: 'We have to cut 12% of roles in the support org next quarter.',
      findings: [{ flagged: 'cut 12% of roles', messageId: 'sensitive' }],
    },
    {
      text: 'Tell Sam his code reviews are lazy and he needs to do better.',
      findings: [{ flagged: 'lazy', messageId: 'sensitive' }],
    },
    {
      text: 'The reorg means layoffs in sales.\nAlso, Ben was rude to the vendor again 🙄',
      findings: [
        { flagged: 'layoffs', messageId: 'sensitive' },
        { flagged: 'rude', messageId: 'sensitive' },
      ],
    },
  ],
});
