import { ruleTester } from './rule-tester';

ruleTester('missing-context', {
  valid: [
    // Replies lean on the thread they answer: a "Re:" subject, or an opener that answers.
    { text: 'Subject: Re: offsite venue\n\nGood idea, book the usual place again.\n\nNils', channel: 'email' },
    'Makes sense, I will do the same thing as before then.',
    // A link says exactly which one, even when the words around it do not.
    'Could you take a look at https://github.com/acme/web/pull/77 when you have a moment?',
    'Can you send me the Q2 totals by 15:00 CET tomorrow? I need them for the investor update.',
    "i'm building the driver for my wifi card and make fails with 'undefined reference to rtw_init' on kernel 6.8",
    'Why not use the built-in importer? Corrupted exports won’t work with either tool anyway.',
    'The March invoices for all 14 EU customers went out this morning; finance has copies.',
    'Yes, go ahead and merge it.',
    'Could you review the retry logic in PR 2231 before Thursday\'s release? We saw duplicate charges in Stripe when the webhook timed out, so I want a second pair of eyes on the idempotency key handling.',
    'Can you add the Berlin office holidays (Dec 24–26) to the team calendar by Friday so on-call planning skips those days?',
    'Can we jump on a call at 16:00 CET to decide whether we roll back the search ranking change?',
    // A meeting that names its topic is meeting-request's business alone.
    'Hey Jo, quick sync tomorrow about the Q2 numbers?',
    // A vague ask about a clear, linked subject is missing-ask's business alone.
    "Here's the new onboarding copy for the pricing page: https://docs.example.com/onboarding-v2\nThoughts?",
    'Which branch is prod deployed from?',
    '> can you fix this?\nDone, the CSV export encoding fix is in PR 77.',
    {
      text: 'Subject: Laptop return\n\nHi Petra,\n\nYour replacement laptop arrived today. Please return the old one to IT at the front desk by Friday, Nov 28, so they can wipe it before the audit.\n\nThanks,\nGreg',
      channel: 'email',
    },
  ],
  invalid: [
    {
      text: 'Seeing the same error as yesterday on the nightly job, any news?',
      findings: [{ flagged: 'the same error as yesterday', messageId: 'unresolved' }],
    },
    {
      text: "hey all, i'm setting up the printer driver and when i run the installer it doesn't work",
      findings: [{ flagged: "hey all, i'm setting up the printer driver and when i run the installer it doesn't work", messageId: 'thin' }],
    },
    { text: 'Can we hop on a call?', findings: [{ flagged: 'Can we hop on a call?', messageId: 'meetingTopic' }] },
    { text: "Let's meet to discuss.", findings: [{ flagged: "Let's meet to discuss.", messageId: 'meetingTopic' }] },
    { text: 'Can you fix this?', findings: [{ flagged: 'Can you fix this?', messageId: 'thin' }] },
    { text: 'Please send me the usual report.', findings: [{ flagged: 'the usual report', messageId: 'unresolved' }] },
    {
      text: 'Can you look at the X client deck before the review?',
      findings: [{ flagged: 'X client', messageId: 'unresolved' }],
    },
    { text: 'Review my PR pls', findings: [{ flagged: 'Review my PR pls', messageId: 'thin' }] },
    { text: 'Can you look at the NDA?', findings: [{ flagged: 'Can you look at the NDA?', messageId: 'thin' }] },
    { text: 'Can you help? 🙏', findings: [{ flagged: 'Can you help?', messageId: 'thin' }] },
    {
      text: 'Subject: Following up\n\nHi Mark,\n\nAny update on that thing we discussed?\n\nThanks,\nJen',
      channel: 'email',
      findings: [{ flagged: 'that thing', messageId: 'unresolved' }],
    },
  ],
});
