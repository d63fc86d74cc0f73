// Benchmark section for the language coach: evaluation figures and analyzeReply speed.
import { analyzeReply } from '../src/shared/coach/analyze-reply.ts';
import { analyzeCustomer } from '../src/shared/coach/analyze-customer.ts';
import { evaluateCustomers, evaluateReplies, type LabelledCustomerMessage, type LabelledReply, type ReplyEvaluation } from '../src/shared/coach/evaluate.ts';
import replies from '../src/shared/coach/eval/replies.json' with { type: 'json' };
import holdout from '../src/shared/coach/eval/replies-holdout.json' with { type: 'json' };
import holdout2 from '../src/shared/coach/eval/replies-holdout-2.json' with { type: 'json' };
import customers from '../src/shared/coach/eval/customers.json' with { type: 'json' };

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

// One precision/recall column pair per set: the development set first, then the held-out sets.
function evaluationTable(sets: ReplyEvaluation[], names: string[]): string[] {
  const lines = [
    `| category | ${names.map((n) => `${n} precision | ${n} recall`).join(' | ')} |`,
    `| --- | ${sets.map(() => '---: | ---:').join(' | ')} |`,
  ];
  sets[0].perCategory.forEach((c, i) => {
    const cells = sets.map((e) => `${e.perCategory[i].precision.toFixed(2)} | ${e.perCategory[i].recall.toFixed(2)}`);
    lines.push(`| ${c.category} | ${cells.join(' | ')} |`);
  });
  lines.push(`| clean replies with a warning or error | ${sets.map((e) => `${pct(e.cleanFalsePositiveRate)} |`).join(' | ')} |`);
  return lines;
}

// Replies of about 200 characters built from evaluation sentences, so the timing sees real text.
function sampleReplies(set: LabelledReply[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    let text = '';
    for (let j = i; text.length < 200; j += 7) text += set[j % set.length].text;
    out.push(text.slice(0, 200));
  }
  return out;
}

/** Runs the coach benchmark and returns its Markdown section. */
export async function coachBench(): Promise<string> {
  const dev = evaluateReplies(replies as LabelledReply[], (t) => analyzeReply(t));
  const held = evaluateReplies(holdout as LabelledReply[], (t) => analyzeReply(t));
  const held2 = evaluateReplies(holdout2 as LabelledReply[], (t) => analyzeReply(t));
  const cust = evaluateCustomers(customers as LabelledCustomerMessage[], (t, h) => analyzeCustomer(t, h));

  const samples = sampleReplies(replies as LabelledReply[], 500);
  for (const s of samples) analyzeReply(s); // warm up the JIT and the regex caches
  const times: number[] = [];
  const rounds = 20;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of samples) {
      const t0 = performance.now();
      analyzeReply(s);
      times.push((performance.now() - t0) * 1000);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];

  return [
    '## Language coach',
    '',
    `Agent replies: ${dev.replies} labelled (${dev.cleanReplies} clean), the set the rules were developed on.`,
    `Held-out 1: ${held.replies} (${held.cleanReplies} clean), written after the first rules; its misses were then studied to generalise the`,
    `rules (none of its sentences copied into them), so it is no longer blind. Held-out 2: ${held2.replies} (${held2.cleanReplies} clean), written after`,
    'that generalisation and never tuned on — the honest figure for unseen wording.',
    'A reply counts as flagged for a category when it gets a warning or an error in it (hints are advice).',
    '',
    ...evaluationTable([dev, held, held2], ['dev', 'held-out 1', 'held-out 2']),
    '',
    `Customer messages: ${cust.messages}; emotion accuracy ${pct(cust.emotionAccuracy)}, difficult-customer type accuracy ${pct(cust.typeAccuracy)}.`,
    '',
    `Speed of analyzeReply on ${samples.length} replies of 200 characters × ${rounds} rounds (one core): median ${median.toFixed(1)} µs,`,
    `p95 ${p95.toFixed(1)} µs, ${Math.round(times.length / elapsed).toLocaleString('en-US')} replies/second.`,
    '',
  ].join('\n');
}
