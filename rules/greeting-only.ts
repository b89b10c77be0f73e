// "Hi" or "got a minute?" alone makes the reader answer before they learn what you need: a full
// round trip across time zones for nothing. Ask the real question in the same message.
import { bodySentences, isAttentionOnly } from '../lib/analysis/intent';
import type { Rule } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';

export const greetingOnly: Rule = {
  id: 'greeting-only',
  meta: {
    ...RULE_CATALOG['greeting-only'],
    penalty: 45,
    messages: {
      greetingOnly: 'The message only greets or asks for attention; the reader has to reply before learning what you need',
    },
  },
  check(analysis) {
    if (!isAttentionOnly(analysis)) return [];
    const sentences = bodySentences(analysis);
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    if (!first || !last) return [];
    return [
      {
        messageId: 'greetingOnly',
        start: first.start,
        end: last.end,
        suggestion: 'Keep the greeting and add the actual question or request, with any context and links, in this same message.',
        messageLevel: true,
      },
    ];
  },
};
