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
import holdout4 from '../src/shared/coach/eval/replies-holdout-4.json' with { type: 'json' };
import customers from '../src/shared/coach/eval/customers.json' with { type: 'json' };
import customersHoldout from '../src/shared/coach/eval/customers-holdout.json' with { type: 'json' };
import customersHoldout2 from '../src/shared/coach/eval/customers-holdout-2.json' with { type: 'json' };

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
    // Counts as well as ratios: 11/13 prints as 0.85 yet misses the 0.85 target.
    .map((c) => `${c.category} (P ${c.precision.toFixed(2)}, R ${c.recall.toFixed(2)} = ${c.truePositives}/${c.truePositives + c.falseNegatives})`);
  if (misses.length === 0) return 'On held-out 4 every category meets the targets (precision ≥ 0.9, recall ≥ 0.85).';
  return `On held-out 4, ${e.perCategory.length - misses.length} of ${e.perCategory.length} categories meet the targets (precision ≥ 0.9, recall ≥ 0.85); below them: ${misses.join(', ')}.`;
}

const customerLine = (name: string, e: CustomerEvaluation): string =>
  `${name}: ${e.messages} messages; emotion accuracy ${pct(e.emotionAccuracy)}, difficult-customer type accuracy ${pct(e.typeAccuracy)}.`;

/** Runs the coach benchmark and returns its Markdown section. */
export async function coachBench(): Promise<string> {
  const analyze = (t: string) => analyzeReply(t);
  const devSets = [replies, holdout, holdout2, dev2, holdout3] as LabelledReply[][];
  const dev = evaluateReplies(replies as LabelledReply[], analyze);
  const allDev = evaluateReplies(devSets.flat(), analyze);
  const h3 = evaluateReplies(holdout3 as LabelledReply[], analyze);
  const blind = evaluateReplies(holdout4 as LabelledReply[], analyze);
  const read = (t: string, h?: string[]) => analyzeCustomer(t, h);
  const custDev = evaluateCustomers([customers, customersHoldout].flat() as LabelledCustomerMessage[], read);
  const custH1 = evaluateCustomers(customersHoldout as LabelledCustomerMessage[], read);
  const custBlind = evaluateCustomers(customersHoldout2 as LabelledCustomerMessage[], read);

  const samples = sampleReplies(replies as LabelledReply[], 500);
  const rounds = 20;
  const speed = timeReplies(samples, rounds);
  const perSecond = (x: number) => Math.round(x).toLocaleString('en-US');
  const n = (set: unknown) => (set as unknown[]).length;

  return [
    '## Language coach',
    '',
    'Agent replies, labelled with the categories a careful reviewer expects flagged; a reply counts as flagged for a',
    'category when it gets a warning or an error in it (hints are advice).',
    '',
    `- **Development** (${allDev.replies} replies, ${allDev.cleanReplies} clean): the original set (${dev.replies}), held-out 1 (${n(holdout)}),`,
    `  held-out 2 (${n(holdout2)}), dev 2 (${n(dev2)}) and, since round two, held-out 3 (${h3.replies}) — each held-out set moved into`,
    '  development use after its one blind run. Rules were tuned on all of these, so these columns show fit, not',
    '  generalisation. Round two relabelled one held-out 3 item ("…您得自己想办法" is also you_blame, as the same wording is',
    '  elsewhere in the sets).',
    `- **Held-out 4** (${blind.replies} replies, ${blind.cleanReplies} clean, every category ≥ 12 positives; colloquial and written style,`,
    '  one-line and long replies that bury one fault in polite text, Traditional characters, emoji, and tricky negatives such as',
    '  "保证金会在退房后…退回", "您应该已经收到…短信", "但凡有任何问题"): written before round two changed anything and run',
    '  only at the end, by this benchmark, with no rule change after its first run; no per-item result was looked at.',
    '- **Caveat**: the same person wrote held-out 4 and the round-two rules, and remembered its sentences while',
    '  generalising the lexicons (with the help of new probe sentences of their own), so wording written by other people',
    '  will likely score lower than the held-out 4 column.',
    '',
    ...evaluationTable([dev, allDev, h3, blind], ['original dev', 'all development', 'held-out 3 (now dev)', 'held-out 4']),
    '',
    targetLine(blind),
    '',
    'Round two, recorded once (23 Nov 2026): round one\'s blind held-out 3 had 5 of 10 categories on target and 1.4% of clean',
    'replies flagged; round two\'s blind held-out 4 has 3 of 10 on target and 3.2% of clean replies flagged. Precision held',
    '(≥ 0.9 for 7 of 10 categories) but recall on fresh wording falls short for 7 of 10 (0.64–0.85): generalising the held-out 3',
    'misses did not carry over to new wording at the targets. Weakest: doubting (0.75 / 0.64) and overpromise (0.85 / 0.79).',
    'The customer reading did no better on its new blind set (emotion 77.9%, type 75.0%) than round one did on its own',
    '(79.2%, 83.3%), although it now fits both development sets.',
    'Round two changed: a reason said as a description in the refusing clause ("已经出票的机票改不了") no longer counts as a',
    'reason; blame by naming who did it ("是您泄露的", "您自己把…了", "损失自负"); "nobody ever reported this" and "不会有问题吧"',
    'as doubting; guarantees without an absolute adverb ("绝不返修", "一分钱都不会亏"); "再说一遍" as a request, not rudeness;',
    '"确实贵一点，但是…" as a concession, not a cancelled yes; and wider customer cues (insults, broken promises, asking for',
    '"总部的人", exact-spot nitpicks, story-telling, "我意已决").',
    '',
    `${customerLine('Customer messages, development (customers.json and the first held-out set)', custDev)} The first`,
    `held-out set alone (${custH1.messages} messages, blind in round one at 79.2% / 83.3%) now reads ${pct(custH1.emotionAccuracy)} / ${pct(custH1.typeAccuracy)} after tuning on it.`,
    `${customerLine('Customer messages, blind set customers-holdout-2 (written before round two, run once at the end)', custBlind)}`,
    'The same caveat applies: one person wrote the blind messages and the cue lexicons.',
    '',
    `Speed of analyzeReply on ${samples.length} replies of 200 characters × ${rounds} rounds (one core): median ${speed.median.toFixed(1)} µs,`,
    `p95 ${speed.p95.toFixed(1)} µs wall-clock; ${perSecond(speed.cpuPerSecond)} replies per CPU-second (${perSecond(speed.wallPerSecond)} per wall-clock second,`,
    'which other work on the machine lowers). Load on the shared machine moves these figures by ±20% between runs.',
    '',
  ].join('\n');
}
