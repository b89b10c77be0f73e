// The rule registry: every rule, keyed by its id, sorted. A meta-test checks that every file in
// rules/ is registered here.
import type { Rule } from '../lib/rule';
import type { RuleId } from '../lib/types';
import { ambiguousTime } from './ambiguous-time';
import { greetingOnly } from './greeting-only';
import { meetingRequestRule } from './meeting-request';
import { missingAsk } from './missing-ask';
import { missingContext } from './missing-context';
import { missingDeadline } from './missing-deadline';
import { missingLink } from './missing-link';
import { sensitiveTopic } from './sensitive-topic';
import { urgentLanguage } from './urgent-language';
import { vagueDeadline } from './vague-deadline';

export const rules = {
  'ambiguous-time': ambiguousTime,
  'greeting-only': greetingOnly,
  'meeting-request': meetingRequestRule,
  'missing-ask': missingAsk,
  'missing-context': missingContext,
  'missing-deadline': missingDeadline,
  'missing-link': missingLink,
  'sensitive-topic': sensitiveTopic,
  'urgent-language': urgentLanguage,
  'vague-deadline': vagueDeadline,
} satisfies Record<RuleId, Rule>;
