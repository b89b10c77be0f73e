import { ruleTester } from './rule-tester';

ruleTester('ambiguous-time', {
  valid: [
    'Standup moves to 09:30 CET from Monday.',
    'Can you send the numbers by 3pm ET?',
    'The deploy window is 21:00-22:00 UTC tonight.',
    'Could you review it by Friday?',
    'Let’s talk first thing in your morning.',
    'My 1:1s move to Thursday this week.',
    'We shipped v2.14.3 and 2 hotfixes; error rate is down 20%.',
    'Plan for tonight (all times UTC):\n• 21:00 read-only\n• 22:00 back to normal',
    'Please export the images at 2x and add them to the folder.',
    'Run `sleep 10:30` before retrying.',
  ],
  invalid: [
    {
      text: 'Can you send me the numbers by 3pm?',
      findings: [{ flagged: '3pm', messageId: 'clock', output: 'Can you send me the numbers by 3pm CET?' }],
    },
    {
      text: 'The vendor call is at 4 in the big room.',
      findings: [{ flagged: '4', messageId: 'clock', output: 'The vendor call is at 4 CET in the big room.' }],
    },
    {
      text: 'Please get the draft to legal by EOD.',
      findings: [{ flagged: 'EOD', messageId: 'endOfDay', output: 'Please get the draft to legal by EOD CET.' }],
    },
    {
      text: 'The outage started at 23:40 and lasted until 01:15.',
      findings: [
        { flagged: '23:40', output: 'The outage started at 23:40 CET and lasted until 01:15.' },
        { flagged: '01:15', output: 'The outage started at 23:40 and lasted until 01:15 CET.' },
      ],
    },
    {
      text: '🎉 Party at 6:30pm on Friday, see you there!',
      findings: [{ flagged: '6:30pm', output: '🎉 Party at 6:30pm CET on Friday, see you there!' }],
    },
  ],
});
