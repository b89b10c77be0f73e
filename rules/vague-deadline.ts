// "Soon" and "when you get a chance" are deadlines nobody can miss, so nobody can plan around
// them either: the reader can't tell when the work is late.
import { deadlineFrames, directedRequests, vagueFrames } from '../lib/analysis/intent';
import { suggestedDeadline } from '../lib/dates';
import type { Rule } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';

export const vagueDeadline: Rule = {
  id: 'vague-deadline',
  meta: {
    ...RULE_CATALOG['vague-deadline'],
    penalty: 20,
    messages: {
      vague: '“{phrase}” doesn’t say when this is needed',
    },
  },
  check(analysis, context) {
    if (deadlineFrames(analysis).length > 0) return [];
    // A vague frame matters when someone is asked to act, or when it is said to the reader.
    const asks = directedRequests(analysis).length > 0;
    const frames = vagueFrames(analysis);
    if (frames.length === 0) return [];
    const deadline = suggestedDeadline(context.now, context.timeZone);
    return frames
      .filter((frame) => asks || /\b(?:you|your|u)\b/i.test(analysis.prose.slice(Math.max(0, frame.start - 60), frame.end + 20)))
      .map((frame) => {
        const phrase = analysis.text.slice(frame.start, frame.end);
        return {
          messageId: 'vague',
          data: { phrase },
          start: frame.start,
          end: frame.end,
          suggestion: `Replace “${phrase}” with a date (e.g. “${deadline}”); if it really can wait, say until when ("any time before the 15th").`,
          messageLevel: false,
        };
      });
  },
};
