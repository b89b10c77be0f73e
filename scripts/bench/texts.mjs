// The texts the benchmark lints: the shared corpus when it is next to this checkout, a small
// built-in set otherwise (a user's clone has no ../shared), and generated large drafts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHANNELS = new Set(['slack', 'email', 'generic']);

// Used only when the shared corpus is absent; mixes the channels and the lengths of real messages.
const BUILT_IN_MESSAGES = [
  { channel: 'slack', text: 'Got a minute?' },
  { channel: 'slack', text: 'Hey, can you look at the PR when you get a chance? Want to merge it before the release.' },
  { channel: 'slack', text: 'Deploy is done. Dashboards look fine, error rate is back to 0.2%.' },
  { channel: 'slack', text: 'Can we hop on a call at 3pm to talk about the migration plan?' },
  { channel: 'slack', text: 'FYI the staging database will be read-only tomorrow between 09:00 and 10:00 UTC while we rotate credentials.' },
  { channel: 'slack', text: 'Quick question about the onboarding doc, who owns the section on laptop setup? It still mentions the old VPN.' },
  { channel: 'generic', text: 'Thanks! That fixed it.' },
  { channel: 'generic', text: 'Please review the attached proposal and send me your comments by Friday 5pm CET so I can fold them into the final version.' },
  {
    channel: 'email',
    text:
      'Hi Dana,\n\nFollowing up on our meeting last week: the vendor sent the revised quote, which is 12% lower than ' +
      'the first one but drops the on-site support. Could you tell me by Thursday whether on-site support is a must for ' +
      'your team? If it is, I will ask them to price it separately.\n\nThanks,\nSam',
  },
  {
    channel: 'email',
    text:
      'Hello all,\n\nThe quarterly planning review moves to next week. Please update your team pages before then, ' +
      'especially the risks and the staffing table. Let me know if anything is unclear.\n\nBest,\nPriya',
  },
  { channel: 'email', text: 'Sounds good, see you then.' },
  {
    channel: 'slack',
    text:
      'Heads up: the nightly export failed again, same timeout as Monday. I restarted it by hand and it finished in 40 min. ' +
      'I think the new index on orders is the culprit but have not confirmed. Anyone who touched that table this week, ping me?',
  },
];

/** Messages `{ text, channel, source }` from ../shared/corpus (dev.jsonl and real-*.jsonl), or the built-in set. */
export function loadMessages(corpusDir) {
  if (!existsSync(corpusDir)) {
    return { source: 'built-in', files: [], messages: BUILT_IN_MESSAGES.map((m) => ({ ...m, source: 'built-in' })) };
  }
  const files = readdirSync(corpusDir)
    .filter((name) => name === 'dev.jsonl' || (name.startsWith('real-') && name.endsWith('.jsonl')))
    .sort();
  const messages = [];
  for (const file of files) {
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      if (typeof row.text !== 'string' || !row.text) continue;
      messages.push({ text: row.text, channel: CHANNELS.has(row.channel) ? row.channel : 'generic', source: file });
    }
  }
  return { source: corpusDir, files, messages };
}

// Paragraphs of a long status update; `n` varies names, numbers and dates so that each generated
// draft is a text the engine has not seen (a cold lint), while staying realistic prose.
const PARAGRAPHS = [
  (n) =>
    `Quick update on the billing migration (week ${n}). We moved ${n * 3 + 12} of the remaining accounts to the new ` +
    `invoicing service yesterday and nothing broke, but the reconciliation job still reports a few cents of difference ` +
    `on multi-currency invoices. I suspect rounding in the tax step.`,
  (n) =>
    `Can you take a look at the rounding rules in the tax service before Thursday ${(n % 28) + 1} March? If the fix is ` +
    `small I would like it in the next release, otherwise we postpone the last batch of accounts.`,
  (n) =>
    `Decision needed: do we keep the old invoice PDFs for ${n % 5 + 5} years or move them to cold storage after one? ` +
    `Legal says seven years is enough, finance would rather keep everything online. Please reply in the thread by EOD ` +
    `Friday, 17:00 CET, so I can close the ticket BILL-${4000 + n}.`,
  (n) =>
    `Context for the people who joined late: the migration plan is in the design doc ` +
    `https://docs.example.com/billing/migration-v${n % 9 + 1} and the runbook lives in the wiki. The rollback takes about ` +
    `${n % 30 + 10} minutes and was rehearsed twice on staging.`,
  (n) =>
    `Hey team, the on-call rotation changes next week. Alex takes Monday to Wednesday, Jordan the rest, and I stay ` +
    `as backup. If anyone wants to swap, let me know asap. Thanks for covering the incident ${n} on the weekend!`,
  (n) =>
    `Risks: the payment provider announced an API change for ${2027 + (n % 3)}, which affects refunds. We have not ` +
    `estimated it yet. Also, the reporting team depends on the old tables, so we cannot drop them before they switch.`,
  (n) =>
    `Could someone from data engineering confirm that the nightly export reads from the replica and not from the ` +
    `primary? Last night it took ${n % 50 + 40} minutes and the primary's CPU went up to ${n % 20 + 70}% during that time.`,
  (n) =>
    `Next steps: I will send the cost comparison tomorrow morning, Sam prepares the customer email, and we meet on ` +
    `Tuesday at 10:00 UTC to decide on the cutover date. Ping me here if something blocks you.`,
];

/** A realistic draft of about `bytes` UTF-8 bytes made of varied paragraphs; `variant` makes it unique. */
export function makeDraft(bytes, variant = 0) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length](variant * 101 + i);
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

const VAGUE_ASK = 'Thoughts? Can you fix this ASAP at 3pm?';
const VAGUE_ASKS_PER_LINE = 4;

/**
 * A pathological draft of about `bytes` bytes: short vague asks repeated, each with an urgent word
 * and a time without a zone, so the engine flags a few things in every 40 characters (thousands
 * of findings in 100 KB).
 */
export function makeVagueDraft(bytes) {
  const line = Array.from({ length: VAGUE_ASKS_PER_LINE }, () => VAGUE_ASK).join(' ');
  const lines = Array.from({ length: Math.ceil(bytes / (line.length + 1)) }, () => line);
  return lines.join('\n').slice(0, bytes);
}
