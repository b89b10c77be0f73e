// A clock time without a zone means a different hour to every reader in another time zone.
import { zoneAbbreviation } from '../lib/dates';
import type { Rule, RuleReport } from '../lib/rule';
import { RULE_CATALOG } from '../lib/rule-catalog';

export const ambiguousTime: Rule = {
  id: 'ambiguous-time',
  meta: {
    ...RULE_CATALOG['ambiguous-time'],
    penalty: 12,
    messages: {
      clock: '“{time}” has no time zone',
      endOfDay: '“{time}” is a different hour in every time zone',
    },
  },
  check(analysis, context) {
    const unzoned = analysis.clockTimes.filter((time) => !time.zoned);
    if (unzoned.length === 0) return [];
    const zone = zoneAbbreviation(context.timeZone, context.now);
    return unzoned
      .map((time): RuleReport => {
        const written = analysis.text.slice(time.start, time.end);
        return {
          messageId: time.kind === 'clock' ? 'clock' : 'endOfDay',
          data: { time: written },
          start: time.start,
          end: time.end,
          suggestion:
            time.kind === 'clock'
              ? `Add the zone: “${written} ${zone}”, or say it in the reader's terms ("your morning").`
              : `Give the hour and zone instead, e.g. “17:00 ${zone}”, or add the zone: “${written} ${zone}”.`,
          messageLevel: false,
          fix: { start: time.end, end: time.end, replacement: ` ${zone}` },
        };
      });
  },
};
