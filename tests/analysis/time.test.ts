import { describe, expect, it } from 'vitest';
import { findClockTimes, findTimeFrames } from '../../lib/analysis/time';

const times = (text: string) => findClockTimes(text).map((t) => `${text.slice(t.start, t.end)}${t.zoned ? '+zone' : ''}`);
const frames = (text: string) =>
  findTimeFrames(text, findClockTimes(text)).map((f) => `${text.slice(f.start, f.end)}:${f.kind}${f.past ? ':past' : ''}${f.deadlineCue ? ':cue' : ''}`);

describe('clock times', () => {
  it('finds meridiem, colon and bare hours after a time preposition', () => {
    expect(times('call at 3pm, standup 09:30, and lunch at 1 with the team')).toEqual(['3pm', '09:30', '1']);
  });

  it('sees zones, offsets, named zones, ranges and a global declaration', () => {
    expect(times('at 3pm ET or 15:00 UTC+1, 9am (Pacific), 10:30 Berlin time')).toEqual(['3pm+zone', '15:00+zone', '9am+zone', '10:30+zone']);
    expect(times('between 14:00 and 17:00 CET')).toEqual(['14:00+zone', '17:00+zone']);
    expect(times('All times UTC. Doors at 18:00.')).toEqual(['18:00+zone']);
    expect(times('your 9am works')).toEqual(['9am+zone']);
  });

  it('does not take quantities, ratios or versions for times', () => {
    expect(times('export at 2x, grew by 20%, around 2 weeks, my 1:1s, v10.30.1, at 3 locations, by 12 July')).toEqual([]);
  });

  it('finds end-of-day markers', () => {
    expect(times('by EOD or close of business')).toEqual(['EOD', 'close of business']);
    expect(times('Tuesday EOD Pacific')).toEqual(['EOD+zone']);
  });
});

describe('time frames', () => {
  it('tells explicit, vague and urgent frames apart', () => {
    expect(frames('by Friday 28 June, or soon, or ASAP')).toEqual(['Friday:explicit:cue', '28 June:explicit:cue', 'soon:vague', 'ASAP:urgent']);
    expect(frames('whenever the team has room')).toEqual(['whenever the team has room:vague']);
    expect(frames('within the next 48 hours')).toEqual(['within the next 48 hours:explicit']);
  });

  it('marks frames in the past', () => {
    expect(frames('failing since this morning')).toEqual(['this morning:explicit:past']);
    expect(frames('the logs from 3:15 this morning')).toEqual(['3:15:explicit:past', 'this morning:explicit:past']);
    expect(frames('it broke yesterday')).toEqual(['yesterday:explicit:past']);
  });

  it('needs a preposition before a month alone', () => {
    expect(frames('the May webinar')).toEqual([]);
    expect(frames('ship it by May')).toEqual(['by May:explicit']);
  });
});
