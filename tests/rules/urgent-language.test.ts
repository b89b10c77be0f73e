import { ruleTester } from './rule-tester';

ruleTester('urgent-language', {
  valid: [
    'Not urgent, but could you fix the typo on the pricing page by Friday?',
    'Please post outage reports in the #urgent-requests channel, not here.',
    'No emergency, just curious: which region hosts the EU backups?',
    'Our emergency contact list is in the HR portal: https://hr.example.com/contacts',
    'The new rate limits take effect immediately after the deploy.',
    'We closed the Acme deal!!! 🎉',
    // "!!!" of good wishes or warm agreement is not urgency.
    'Enjoy the long weekend in Porto, the photos from last year were gorgeous!!!',
    'Of course!!! Count me in for both dinners.',
    'Hope you had a great time at the conference!!!',
    'The pager marks P1 alerts as `URGENT` in the title.',
    '> URGENT: need the keys now\nHandled, Ravi rotated the keys at 09:15 UTC.',
    {
      text: 'Subject: Fire drill on Thursday\n\nHi all,\n\nThere is a fire drill on Thursday at 11:00 CET. Please leave by the nearest emergency exit.\n\nBest,\nFacilities',
      channel: 'email',
    },
  ],
  invalid: [
    {
      text: 'The invoice export is broken again!!!',
      findings: [{ flagged: '!!!', messageId: 'urgent' }],
    },
    { text: 'The client is still waiting on the revised quote!!!', findings: [{ flagged: '!!!', messageId: 'urgent' }] },
    {
      text: 'URGENT: the payment webhook is failing for all EU customers.',
      findings: [{ flagged: 'URGENT', messageId: 'urgent' }],
    },
    { text: 'Can you check the invoice total ASAP', findings: [{ flagged: 'ASAP', messageId: 'urgent' }] },
    { text: 'Drop everything and look at the prod alerts.', findings: [{ flagged: 'Drop everything', messageId: 'urgent' }] },
    { text: 'Please restart the ingestion workers immediately.', findings: [{ flagged: 'immediately', messageId: 'urgent' }] },
    { text: 'Need the revised quote for Brightline today!!!', findings: [{ flagged: '!!!', messageId: 'urgent' }] },
    {
      text: 'hey can u look at the login bug asap, customers are complaining',
      findings: [{ flagged: 'asap', messageId: 'urgent' }],
    },
    {
      // Adjacent marks ("emergency 🚨") are one finding.
      text: '🚨 Checkout is down in EU, this is an emergency 🚨',
      findings: [
        { flagged: '🚨', messageId: 'urgent' },
        { flagged: 'emergency 🚨', messageId: 'urgent' },
      ],
    },
    {
      text: 'Subject: URGENT - invoice correction\n\nHi Sara,\n\nThe invoice we sent Helix has the wrong VAT rate. Please send a corrected one as soon as possible.\n\nThanks,\nTim',
      channel: 'email',
      findings: [
        { flagged: 'URGENT', messageId: 'urgent' },
        { flagged: 'as soon as possible', messageId: 'urgent' },
      ],
    },
  ],
});
