import { ruleTester } from './rule-tester';

ruleTester('missing-link', {
  valid: [
    'Could you draft three headlines for the launch deck by Thursday?',
    'Please review the launch checklist by Thursday: https://docs.example.com/launch-checklist',
    'Can you take a look at PROJ-142 before standup?',
    'PR 88 fixes the timezone bug in the scheduler; could you approve it by Friday?',
    'The rollback in #4521 worked, error rates are back to baseline.',
    // Something new to write points at no resource.
    'Could you write a case study about the Vienna rollout by Dec 12?',
    'We should write a doc about our on-call rotation someday.',
    // The reader is the one who has it.
    'Can you send me the spreadsheet with the Q3 churn numbers by Friday?',
    'Updated the dashboard filters in `grafana/dashboards/checkout.json` as discussed.',
    "> Where's the deck?\nIt's here: https://slides.example.com/q4-review",
    {
      text: 'Subject: Signed agreement\n\nHi Lars,\n\nThe signed agreement is attached. Could you countersign it and send it back by Dec 5?\n\nBest,\nMaya',
      channel: 'email',
    },
  ],
  invalid: [
    {
      text: 'Please watch the Loom about the new on-call rota before Monday.',
      findings: [{ flagged: 'Loom', messageId: 'unlinked' }],
    },
    // A status that hands over a resource, named with what it is of.
    {
      text: 'The slides from the Lisbon workshop are up, have a look before the retro.',
      findings: [{ flagged: 'slides', messageId: 'unlinked' }],
    },
    {
      text: 'The brand guidelines are in the shared drive, please follow them for the new landing page.',
      findings: [{ flagged: 'brand guidelines', messageId: 'unlinked' }],
    },
    {
      text: 'Please compare the recording from the customer interview with the survey results.',
      findings: [{ flagged: 'recording', messageId: 'unlinked' }],
    },
    { text: 'Can u review my PR?', findings: [{ flagged: 'my PR', messageId: 'unlinked' }] },
    {
      text: "Can you review the deck before Friday's board meeting?",
      findings: [{ flagged: 'deck', messageId: 'unlinked' }],
    },
    {
      text: "The draft is ready for you to look at, I'd like to send it to the client on Monday.",
      findings: [{ flagged: 'draft', messageId: 'unlinked' }],
    },
    {
      text: 'Could you check the notes from Monday and add anything I missed?',
      findings: [{ flagged: 'notes', messageId: 'unlinked' }],
    },
    {
      text: 'Please update the onboarding spec with the new SSO flow by Wednesday 🙏',
      findings: [{ flagged: 'onboarding spec', messageId: 'unlinked' }],
    },
    { text: 'Can you review my PR?', findings: [{ flagged: 'my PR', messageId: 'unlinked' }] },
    { text: 'My PR is up, can someone review it today?', findings: [{ flagged: 'My PR', messageId: 'unlinked' }] },
    {
      text: 'Subject: Vendor contract\n\nHi Paula,\n\nCould you read the vendor contract and flag anything unusual in the liability section by Thursday?\n\nThanks,\nDerek',
      channel: 'email',
      findings: [{ flagged: 'vendor contract', messageId: 'unlinked' }],
    },
  ],
});
