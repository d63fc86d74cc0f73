// Benchmark section for the language coach: evaluation figures and analyzeReply speed.
import { analyzeReply } from '../src/shared/coach/analyze-reply.ts';
import { analyzeCustomer } from '../src/shared/coach/analyze-customer.ts';
import {
  evaluateCustomers,
  evaluateReplies,
  type CustomerEvaluation,
  type LabelledCustomerMessage,
  type LabelledReply,
  type ReplyEvaluation,
} from '../src/shared/coach/evaluate.ts';
import replies from '../src/shared/coach/eval/replies.json' with { type: 'json' };
import holdout from '../src/shared/coach/eval/replies-holdout.json' with { type: 'json' };
import holdout2 from '../src/shared/coach/eval/replies-holdout-2.json' with { type: 'json' };
import dev2 from '../src/shared/coach/eval/replies-dev-2.json' with { type: 'json' };
import holdout3 from '../src/shared/coach/eval/replies-holdout-3.json' with { type: 'json' };
import customers from '../src/shared/coach/eval/customers.json' with { type: 'json' };
import customersHoldout from '../src/shared/coach/eval/customers-holdout.json' with { type: 'json' };

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

// One precision/recall column pair per set: the development sets first, then the blind held-out set.
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

// Wall-clock time per call (median, p95) and throughput by CPU time, which other load on a shared
// machine inflates far less than wall-clock time.
function timeReplies(samples: string[], rounds: number): { median: number; p95: number; wallPerSecond: number; cpuPerSecond: number } {
  for (const s of samples) analyzeReply(s); // warm up the JIT and the regex caches
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of samples) {
      const t0 = performance.now();
      analyzeReply(s);
      times.push((performance.now() - t0) * 1000);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.floor(times.length * 0.95)],
    wallPerSecond: times.length / elapsed,
    cpuPerSecond: times.length / ((cpu.user + cpu.system) / 1e6),
  };
}

// Which categories of a set miss the issue's targets (precision ≥ 0.9, recall ≥ 0.85), said plainly.
function targetLine(e: ReplyEvaluation): string {
  const misses = e.perCategory
    .filter((c) => c.precision < 0.9 || c.recall < 0.85)
    .map((c) => `${c.category} (${c.precision.toFixed(2)}/${c.recall.toFixed(2)})`);
  if (misses.length === 0) return 'On held-out 3 every category meets the targets (precision ≥ 0.9, recall ≥ 0.85).';
  return `On held-out 3, ${e.perCategory.length - misses.length} of ${e.perCategory.length} categories meet the targets (precision ≥ 0.9, recall ≥ 0.85); below them: ${misses.join(', ')}.`;
}

const customerLine = (name: string, e: CustomerEvaluation): string =>
  `${name}: ${e.messages} messages; emotion accuracy ${pct(e.emotionAccuracy)}, difficult-customer type accuracy ${pct(e.typeAccuracy)}.`;

/** Runs the coach benchmark and returns its Markdown section. */
export async function coachBench(): Promise<string> {
  const analyze = (t: string) => analyzeReply(t);
  const devSets = [replies, holdout, holdout2, dev2] as LabelledReply[][];
  const dev = evaluateReplies(replies as LabelledReply[], analyze);
  const allDev = evaluateReplies(devSets.flat(), analyze);
  const blind = evaluateReplies(holdout3 as LabelledReply[], analyze);
  const read = (t: string, h?: string[]) => analyzeCustomer(t, h);
  const cust = evaluateCustomers(customers as LabelledCustomerMessage[], read);
  const custBlind = evaluateCustomers(customersHoldout as LabelledCustomerMessage[], read);

  const samples = sampleReplies(replies as LabelledReply[], 500);
  const rounds = 20;
  const speed = timeReplies(samples, rounds);
  const perSecond = (x: number) => Math.round(x).toLocaleString('en-US');

  return [
    '## Language coach',
    '',
    'Agent replies, labelled with the categories a careful reviewer expects flagged; a reply counts as flagged for a',
    'category when it gets a warning or an error in it (hints are advice).',
    '',
    `- **Development** (${allDev.replies} replies, ${allDev.cleanReplies} clean): the original set (${dev.replies}), held-out 1 (${(holdout as LabelledReply[]).length}) and`,
    `  held-out 2 (${(holdout2 as LabelledReply[]).length}) — both moved into development use once held-out 2 had shown the phrase rules did not`,
    `  generalise (its recall was 0.00–0.50) — and dev 2 (${(dev2 as LabelledReply[]).length}), new varied wording written to develop the general`,
    '  lexicon rules. Rules were tuned on all of these, so these columns show fit, not generalisation. Four items of the',
    '  original sets were relabelled for consistency: a refusal after 但是 is still labelled a refusal.',
    `- **Held-out 3** (${blind.replies} replies, ${blind.cleanReplies} clean, every category ≥ 12 positives, tricky negatives such as`,
    '  "不会再让您失望" and "我们不能退货，但可以为您换一台"): written before the rules were generalised and run once, at the',
    '  end, without looking at its items while working (two items that duplicated development sentences were replaced',
    '  before that run). This is the best figure for unseen wording, with a caveat: the same person wrote it and the',
    '  rules and remembered its sentences while designing the lexicons, so wording from other people may score lower.',
    '',
    ...evaluationTable([dev, allDev, blind], ['original dev', 'all development', 'held-out 3']),
    '',
    targetLine(blind),
    '',
    customerLine('Customer messages, development set', cust),
    `${customerLine('Customer messages, held-out (written blind, never tuned on)', custBlind)} The customer reading was not`,
    'changed in this round; the held-out set is there to measure it honestly next time.',
    '',
    `Speed of analyzeReply on ${samples.length} replies of 200 characters × ${rounds} rounds (one core): median ${speed.median.toFixed(1)} µs,`,
    `p95 ${speed.p95.toFixed(1)} µs wall-clock; ${perSecond(speed.cpuPerSecond)} replies per CPU-second (${perSecond(speed.wallPerSecond)} per wall-clock second,`,
    'which other work on the machine lowers). Load on the shared machine moves these figures by ±20% between runs.',
    '',
  ].join('\n');
}
