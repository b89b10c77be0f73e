import { ruleTester } from './rule-tester';

ruleTester('missing-deadline', {
  valid: [
    '> can we hop on a call?\nNo need, I wrote up the answer in PROJ-311.',
    'Can you review the hiring rubric by Thursday?',
    'Please fix the broken signup link before the 14:00 UTC release.',
    // A moment's bookkeeping about the writer needs no deadline.
    'Please take me off the distribution list for the weekly sales digest.',
    'Could you put the vendor demo on my agenda?',
    // An invitation names what the writer will do for the reader, not work asked of them.
    'We would love to have you and your partner join us at the summer party.',
    // Steps offered in a reply to someone stuck are advice, not work wanted by a date.
    { text: 'Subject: Re: VPN drops every hour\n\nSounds like the keepalive. Check to see which MTU your tunnel negotiates, and try lowering it to 1380.\n\nMia', channel: 'email' },
    // A coming event of the writer's, dated, says when the work is needed.
    "Could you pull the churn numbers for the EU accounts? I'm presenting them at the board meeting on Thursday.",
    // Questions for information, and the writer's own need, ask no work of the reader.
    'How can you write a migration that keeps both columns in sync during the rollout?',
    'Before I answer, I need to understand what you are trying to achieve with the second cache.',
    // A need said of a thing ("everything we need") asks nothing of the reader.
    'We can drop the polyfill; the browsers we support have everything we need since last year.',
    'The dashboards I need for the review are all in Grafana already.',
    // With a deadline cue, the possessive day is still the deadline.
    "Please merge the translations before Friday's 12:00 UTC string freeze.",
    'Could you draft the release notes for 4.2 within 24 hours?',
    'Please write the case study on the Oslo rollout by end of next week.',
    'No rush, any time this month: could you tidy up the old feature flags in the billing service?',
    // A vague time frame is vague-deadline's business.
    'Can you send the Q3 board deck when you get a chance?',
    // Quick factual questions need no deadline.
    'Which branch is prod on?',
    "What's the Wi-Fi password for the 3rd floor meeting room?",
    "> can you send me the invoice?\nSent it this morning, it's attached to the thread.",
    {
      text: 'Subject: Contract review needed by Dec 3\n\nHi Ola,\n\nCould you review the renewal terms for Brightline (attached) and flag anything unusual?\n\nThanks,\nKim',
      channel: 'email',
    },
  ],
  invalid: [
    {
      text: "Here's the hiring rubric for the backend role: https://docs.example.com/rubric\nCan you review it?",
      findings: [{ flagged: 'Can you review it?', messageId: 'noDeadline' }],
    },
    {
      text: 'Please write a short case study about the Oslo rollout for the newsletter.',
      findings: [{ flagged: 'Please write a short case study about the Oslo rollout for the newsletter.', messageId: 'noDeadline' }],
    },
    {
      text: 'Could you fix the flaky checkout test in CI? It failed 6 of the last 10 runs on main.',
      findings: [{ flagged: 'Could you fix the flaky checkout test in CI?', messageId: 'noDeadline' }],
    },
    // Outside a reply, the same kind of step is work to schedule.
    {
      text: 'Please check whether the nightly backup job writes to the new bucket and fix the retention script.',
      findings: [{ flagged: 'Please check whether the nightly backup job writes to the new bucket and fix the retention script.', messageId: 'noDeadline' }],
    },
    // An event in the past gives no date to be ready by.
    {
      text: 'Could you pull the churn numbers for the EU accounts? We discussed them at the offsite on Monday.',
      findings: [{ flagged: 'Could you pull the churn numbers for the EU accounts?', messageId: 'noDeadline' }],
    },
    // A name before the subject starts a new clause: still a request for work.
    {
      text: 'Sam we need the load test results for the checkout service.',
      findings: [{ flagged: 'Sam we need the load test results for the checkout service.', messageId: 'noDeadline' }],
    },
    // A day in the possessive names an event, not a due date.
    {
      text: "Could you write up the timeline of Monday's database failover? The incident channel is #inc-2210.",
      findings: [{ flagged: "Could you write up the timeline of Monday's database failover?", messageId: 'noDeadline' }],
    },
    {
      text: 'Can you prepare the slides for the customer advisory board meeting?',
      findings: [{ flagged: 'Can you prepare the slides for the customer advisory board meeting?', messageId: 'noDeadline' }],
    },
    {
      text: 'Please decide between the two logo options in https://figma.com/file/abc123 and let the agency know.',
      findings: [{ flagged: 'Please decide between the two logo options in https://figma.com/file/abc123 and let the agency know.', messageId: 'noDeadline' }],
    },
    {
      text: '@nina can you update the on-call rota with the two new hires 🙂',
      findings: [{ flagged: '@nina can you update the on-call rota with the two new hires 🙂', messageId: 'noDeadline' }],
    },
    // The subject line inside the code block is no deadline and no second request.
    {
      text: 'Can you translate the release email into German?\n```\nSubject: v5 is live\n```',
      findings: [{ flagged: 'Can you translate the release email into German?', messageId: 'noDeadline' }],
    },
    {
      text: 'Subject: Expense report\n\nHi Jan,\n\nCould you send me the receipts from the Madrid trip so I can file the expense report?\n\nBest,\nRosa',
      channel: 'email',
      findings: [{ flagged: 'Could you send me the receipts from the Madrid trip so I can file the expense report?', messageId: 'noDeadline' }],
    },
  ],
});
