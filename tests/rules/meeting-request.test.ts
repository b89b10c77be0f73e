import { ruleTester } from './rule-tester';

ruleTester('meeting-request', {
  valid: [
    // Asking whether a meeting exists asks nothing of the reader's time.
    'Is there a standup call tomorrow, or is it cancelled for the holiday?',
    'Can we hop on a call at 15:00 UTC to decide whether we ship the new pricing page this week or hold it for January?',
    "Let's meet Thursday to agree on the launch date for the mobile app; I'll bring the two options Lena outlined.",
    'The client call moved to Wednesday 16:00 CET, the Zoom link in the invite is unchanged.',
    // A sensitive topic belongs in a live conversation.
    "I need to talk to you about Marco's underperformance over the last two sprints. Can we find 20 minutes tomorrow in private?",
    // An emergency.
    'Checkout is down for all users, this is an emergency. Jump on the incident bridge now: https://meet.google.com/abc-defg-hij',
    "Notes from today's sync are in https://notion.so/team/sync-notes-1124, no action needed.",
    'Could you review the API changes in PR 412 by Friday?',
    'Thanks for the call earlier, the plan makes sense to me.',
    {
      text: 'Subject: Call about the warehouse vendor\n\nHi Rita,\n\nCould we do a 30 minute call on Tuesday to choose between Acme and Brightline for the data warehouse? Both quotes are attached.\n\nBest,\nOmar',
      channel: 'email',
    },
  ],
  invalid: [
    { text: 'Can we hop on a call?', findings: [{ flagged: 'Can we hop on a call?', messageId: 'noAgenda' }] },
    { text: "Let's meet to discuss.", findings: [{ flagged: "Let's meet to discuss.", messageId: 'noAgenda' }] },
    // A topic, but not what the call must settle.
    {
      text: 'Hey Jo, quick sync tomorrow about the Q2 numbers?',
      findings: [{ flagged: 'Hey Jo, quick sync tomorrow about the Q2 numbers?', messageId: 'noAgenda' }],
    },
    {
      text: 'Do you have 30 mins today to jump on Zoom about the onboarding redesign?',
      findings: [{ flagged: 'Do you have 30 mins today to jump on Zoom about the onboarding redesign?', messageId: 'noAgenda' }],
    },
    {
      text: 'Can we set up a meeting with the design team next week about the checkout flow?',
      findings: [{ flagged: 'Can we set up a meeting with the design team next week about the checkout flow?', messageId: 'noAgenda' }],
    },
    {
      text: "The migration plan is in https://docs.example.com/migration\nLet's schedule a call on Monday to go over it.",
      findings: [{ flagged: "Let's schedule a call on Monday to go over it.", messageId: 'noAgenda' }],
    },
    { text: 'Can we jump on a quick call? 🙏', findings: [{ flagged: 'Can we jump on a quick call?', messageId: 'noAgenda' }] },
    {
      text: 'Subject: Catch-up\n\nHi Karin,\n\nCould we grab 30 minutes this week to catch up on the partner program?\n\nThanks,\nLuis',
      channel: 'email',
      findings: [{ flagged: 'Could we grab 30 minutes this week to catch up on the partner program?', messageId: 'noAgenda' }],
    },
  ],
});
