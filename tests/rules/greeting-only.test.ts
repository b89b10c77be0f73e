import { ruleTester } from './rule-tester';

ruleTester('greeting-only', {
  valid: [
    // A reaction alone greets nobody and asks nothing.
    ':thumbsup:',
    '🙏',
    'Hi Priya, quick question: which staging database does the billing service point at right now?',
    'Hey! Can you add Tomas to the #design-crit channel? He starts Monday.',
    'Good morning team 👋 The office is closed on Thursday for the building inspection, so please work from home.',
    'Got a minute to look at the Q3 budget sheet? https://docs.google.com/spreadsheets/d/abc123 The travel line looks double-counted.',
    'Quick question about the onboarding flow: do new users see the tour before or after they verify their email?',
    'Hey Sam, are you around? The checkout page is returning 502s for EU users since 09:40 UTC and I need someone with prod access to restart the pods.',
    'v2.8.1 is live on prod. No action needed.',
    '> hi, are you there?\nYes, the export finished overnight and the file is in the bucket.',
    'Run `hello --help` to see the flags.',
    {
      text: 'Subject: Invoice 2231 for October\n\nHi Marta,\n\nThe invoice for October is attached. Could you confirm the PO number by Friday?\n\nThanks,\nJonas',
      channel: 'email',
    },
  ],
  invalid: [
    { text: 'Hi', findings: [{ flagged: 'Hi', messageId: 'greetingOnly' }] },
    { text: 'Hey, you there?', findings: [{ flagged: 'Hey, you there?', messageId: 'greetingOnly' }] },
    { text: 'Quick question', findings: [{ flagged: 'Quick question', messageId: 'greetingOnly' }] },
    // A greeting that starts like a shorter one ("hiya", "hi") is still only a greeting.
    { text: 'hiya 👋', findings: [{ flagged: 'hiya 👋', messageId: 'greetingOnly' }] },
    {
      text: 'Hi Leo! Can I ask you something?',
      findings: [{ flagged: 'Hi Leo! Can I ask you something?', messageId: 'greetingOnly' }],
    },
    { text: 'Hey @dana 👋 got 5 mins?', findings: [{ flagged: 'Hey @dana 👋 got 5 mins?', messageId: 'greetingOnly' }] },
    // The greeting has a line of its own, so the finding covers the bid for attention after it.
    { text: 'Morning!\nAre you free for a sec?', findings: [{ flagged: 'Are you free for a sec?', messageId: 'greetingOnly' }] },
    { text: 'hello?? anyone around', findings: [{ flagged: 'hello?? anyone around', messageId: 'greetingOnly' }] },
    {
      text: 'Subject: Quick question\n\nHi Ben,\n\nDo you have a minute?\n\nThanks,\nAnna',
      channel: 'email',
      findings: [{ flagged: 'Do you have a minute?', messageId: 'greetingOnly' }],
    },
  ],
});
