// A call without an agenda is a meeting that could have been a message: say what it must settle
// (or why it must be live), so the reader can prepare, or answer in writing instead.
import { meetingRequest } from '../lib/analysis/intent';
import { sensitiveMentions } from './sensitive-topic';
import type { Rule } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';

export const meetingRequestRule: Rule = {
  id: 'meeting-request',
  meta: {
    ...RULE_CATALOG['meeting-request'],
    penalty: 18,
    messages: {
      noAgenda: 'This asks for a meeting without saying what it must settle',
    },
  },
  check(analysis) {
    const meeting = meetingRequest(analysis);
    // A sensitive topic belongs in a live conversation: asking for one is the right call.
    if (!meeting || meeting.hasAgenda || sensitiveMentions(analysis).length > 0) return [];
    return [
      {
        messageId: 'noAgenda',
        start: meeting.sentence.start,
        end: meeting.sentence.end,
        suggestion:
          'Say what the call must decide or answer, and why it needs to be live; if it is an update or a question, write it here instead.',
        messageLevel: true,
      },
    ];
  },
};
