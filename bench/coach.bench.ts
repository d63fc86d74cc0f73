// Benchmark section for the language coach: evaluation figures and analyzeReply speed.
import { analyzeReply } from '../src/shared/coach/analyze-reply.ts';
import { analyzeCustomer } from '../src/shared/coach/analyze-customer.ts';
import { evaluateCustomers, evaluateReplies, type LabelledCustomerMessage, type LabelledReply, type ReplyEvaluation } from '../src/shared/coach/evaluate.ts';
import replies from '../src/shared/coach/eval/replies.json' with { type: 'json' };
import holdout from '../src/shared/coach/eval/replies-holdout.json' with { type: 'json' };
import customers from '../src/shared/coach/eval/customers.json' with { type: 'json' };

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function evaluationTable(dev: ReplyEvaluation, held: ReplyEvaluation): string[] {
  const lines = [
    '| category | precision | recall | held-out precision | held-out recall |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  dev.perCategory.forEach((c, i) => {
    const h = held.perCategory[i];
    lines.push(`| ${c.category} | ${c.precision.toFixed(2)} | ${c.recall.toFixed(2)} | ${h.precision.toFixed(2)} | ${h.recall.toFixed(2)} |`);
  });
  lines.push(`| clean replies with a warning or error | ${pct(dev.cleanFalsePositiveRate)} | | ${pct(held.cleanFalsePositiveRate)} | |`);
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
    `Agent replies: ${dev.replies} labelled (${dev.cleanReplies} clean); held-out set written after the rules and never tuned on: ${held.replies} (${held.cleanReplies} clean).`,
    'A reply counts as flagged for a category when it gets a warning or an error in it (hints are advice).',
    '',
    ...evaluationTable(dev, held),
    '',
    `Customer messages: ${cust.messages}; emotion accuracy ${pct(cust.emotionAccuracy)}, difficult-customer type accuracy ${pct(cust.typeAccuracy)}.`,
    '',
    `Speed of analyzeReply on ${samples.length} replies of 200 characters × ${rounds} rounds (one core): median ${median.toFixed(1)} µs,`,
    `p95 ${p95.toFixed(1)} µs, ${Math.round(times.length / elapsed).toLocaleString('en-US')} replies/second.`,
    '',
  ].join('\n');
}
