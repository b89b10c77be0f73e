import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { defaultSettings } from '../../lib/settings';

const requests = (text: string) =>
  analyze(text, 'slack', defaultSettings()).requests.map((request) => `${request.kind}:${request.verb}${request.courtesy ? ':courtesy' : ''}`);

describe('speech acts', () => {
  it('recognises the shapes of a request', () => {
    expect(requests('Could you review the copy?')).toEqual(['modal:review']);
    expect(requests('Hey Jo, please send the logs.')).toEqual(['imperative:send']);
    expect(requests('Someone please pick up the ticket.')).toEqual(['please:pick']);
    expect(requests('Redo the chart with this week’s data.')).toEqual(['imperative:redo']);
    expect(requests('I need you to check the totals.')).toEqual(['need:check']);
    expect(requests('Let me know which option you prefer.')).toEqual(['let-me-know:know']);
    expect(requests("Let's meet on Tuesday.")).toEqual(['proposal:meet']);
    expect(requests('Can I ask you something?')).toEqual(['permission:ask']);
  });

  it('does not take statements, courtesies or conditions for work requests', () => {
    expect(requests('Deployed the fix to staging.')).toEqual([]);
    expect(requests('Thanks for the quick turnaround!')).toEqual([]);
    expect(requests('Please find attached the signed copy.')).toEqual(['imperative:find:courtesy']);
    expect(requests("I don't need them myself.")).toEqual([]);
    expect(requests('Pull request #12 fixes it.')).toEqual([]);
    expect(requests('Plan for the migration:')).toEqual([]);
  });

  it('tells questions from statements, with or without a question mark', () => {
    const sentences = analyze('Is staging up? which branch is prod on\nIt is up.', 'slack', defaultSettings()).sentences;
    expect(sentences.map((s) => [s.isQuestion, s.questionKind])).toEqual([
      [true, 'yes-no'],
      [true, 'wh'],
      [false, undefined],
    ]);
  });
});

describe('indirect requests', () => {
  it('reads polite forms as requests', () => {
    expect(requests('I was wondering if you could take over the vendor onboarding.')).toEqual(['modal:take']);
    expect(requests('Would you mind writing up the timeline?')).toEqual(['modal:writing']);
    expect(requests('Is it possible for you to prepare the investor update?')).toEqual(['modal:prepare']);
    expect(requests('Any chance you could check the totals?')).toEqual(['modal:check']);
  });

  it('does not read advice, wishes or offers as requests', () => {
    expect(requests('You should be able to run each test file the same way.')).toEqual([]);
    expect(requests('I was wondering if you would be interested in the role.')).toEqual([]);
  });
});

describe('statements that look like requests', () => {
  it('keeps prohibitions, quoted words and advice apart from asks for work', () => {
    const prohibition = analyze("Don't run development builds on the production box.", 'slack', defaultSettings()).requests;
    expect(prohibition.map((r) => [r.verb, r.prohibition])).toEqual([['run', true]]);
    expect(requests('The server said: "add" requires write access.')).toEqual([]);
    expect(requests('I think you can set it with a config line.')).toEqual([]);
    expect(requests('Is there something I need to adjust in the setup?')).toEqual([]);
  });
});

describe('labels', () => {
  it('reads a one-word label before a colon as a label, not an order', () => {
    expect(requests('File: budget-2027.xlsx')).toEqual([]);
    expect(requests('Update: the fix is live.')).toEqual([]);
    expect(requests('Drop everything: the site is down.')).toEqual(['imperative:drop']);
  });
});
