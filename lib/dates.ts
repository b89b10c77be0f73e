// Concrete dates and zones for suggestions, computed from the moment and zone of writing (Intl
// only, no dependencies), so "add a deadline" can say "by Fri 27 Nov" and "3pm" can become
// "3pm CET". Intl formatters are slow to build, so each is built once per locale and zone.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      return undefined;
    }
    formatters.set(key, cached);
  }
  return cached;
}

const MINUTE_MS = 60 * 1000;

/**
 * Remembers the answer for the last zone and minute asked. Every zone offset and every change of
 * offset falls on a whole minute, so within one minute these answers cannot change; a relint
 * after each keystroke then skips Intl's slow formatting.
 */
function perZoneAndMinute(compute: (timeZone: string, now: Date) => string): (timeZone: string, now: Date) => string {
  let last: { timeZone: string; minute: number; value: string } | undefined;
  return (timeZone, now) => {
    const minute = Math.floor(now.getTime() / MINUTE_MS);
    if (last?.timeZone !== timeZone || last.minute !== minute) last = { timeZone, minute, value: compute(timeZone, now) };
    return last.value;
  };
}

/** A short zone name for `timeZone` at `now`: "CET", "EST", or "UTC+5:30" when there is none. */
export const zoneAbbreviation = perZoneAndMinute((timeZone, now) => {
  for (const locale of ['en-US', 'en-GB']) {
    const part = formatter(locale, timeZone, { timeZoneName: 'short' })
      ?.formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return 'UTC';
    if (!/^(?:GMT|UTC)[+-]/.test(part)) return part === 'GMT' && timeZone !== 'Europe/London' ? 'UTC' : part;
    if (locale === 'en-GB') return part.replace(/^GMT/, 'UTC');
  }
  return 'UTC';
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function dayInZone(date: Date, timeZone: string): { weekday: number; label: string } {
  const parts = (formatter('en-GB', timeZone, { weekday: 'short', day: 'numeric', month: 'short' }) ?? formatter('en-GB', 'UTC', { weekday: 'short', day: 'numeric', month: 'short' }))
    ?.formatToParts(date) ?? [];
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAY_INDEX[get('weekday')] ?? date.getUTCDay(), label: `${get('weekday')} ${get('day')} ${get('month')}` };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A reasonable default deadline to suggest: three working days from now ("by Fri 27 Nov" when
 * written on a Tuesday), never on a weekend.
 */
export function suggestedDeadline(now: Date, timeZone: string): string {
  return deadlineThreeWorkingDaysOn(timeZone, now);
}

const deadlineThreeWorkingDaysOn = perZoneAndMinute((timeZone, now) => {
  let date = new Date(now.getTime());
  let workingDays = 0;
  while (workingDays < 3) {
    date = new Date(date.getTime() + DAY_MS);
    const { weekday } = dayInZone(date, timeZone);
    if (weekday !== 0 && weekday !== 6) workingDays++;
  }
  return `by ${dayInZone(date, timeZone).label}`;
});
