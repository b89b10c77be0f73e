// A request for real work with no time frame leaves the reader to guess its priority; across
// time zones the guess is made hours later, and often wrong.
import { deadlineFrames, meetingRequest, urgentFrames, vagueFrames, workRequests } from '../lib/analysis/intent';
import { suggestedDeadline } from '../lib/dates';
import type { Rule } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';
import { urgencyMarks } from './urgent-language';

export const missingDeadline: Rule = {
  id: 'missing-deadline',
  meta: {
    ...RULE_CATALOG['missing-deadline'],
    penalty: 22,
    messages: {
      noDeadline: 'This asks for work but never says when it is needed',
    },
  },
  check(analysis, context) {
    const requests = workRequests(analysis);
    const first = requests[0];
    if (!first) return [];
    // A time frame of any kind answers "by when" (a vague or urgent one is flagged by its own rule);
    // a meeting request is answered by picking a slot, not by a deadline.
    // Urgency ("drop everything", "URGENT") means "now": urgent-language asks for the real deadline.
    const urgent = urgentFrames(analysis).length > 0 || urgencyMarks(analysis).length > 0;
    if (deadlineFrames(analysis).length > 0 || vagueFrames(analysis).length > 0 || urgent) return [];
    const meeting = meetingRequest(analysis);
    if (meeting && requests.every((request) => request.sentence === meeting.sentence)) return [];
    const sentence = first.sentence;
    return [
      {
        messageId: 'noDeadline',
        start: sentence.start,
        end: sentence.end,
        suggestion: `Say when you need it and why, e.g. “${suggestedDeadline(context.now, context.timeZone)}, so I can …”; if there is no rush, say that with a date.`,
        messageLevel: true,
      },
    ];
  },
};
