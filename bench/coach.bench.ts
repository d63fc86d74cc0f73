// Benchmark section for the language coach: evaluation figures and analyzeReply speed.
import { analyzeReply } from '../src/shared/coach/analyze-reply.ts';
import { cpuPerOperation, threadCpuMs } from './stats.ts';
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
import holdout5 from '../src/shared/coach/eval/replies-holdout-5.json' with { type: 'json' };
import blind6 from '../src/shared/coach/eval/replies-blind-6.json' with { type: 'json' };
import blind7 from '../src/shared/coach/eval/replies-blind-7.json' with { type: 'json' };
import blind8 from '../src/shared/coach/eval/replies-blind-8.json' with { type: 'json' };
import blind9 from '../src/shared/coach/eval/replies-blind-9.json' with { type: 'json' };
import blind10 from '../src/shared/coach/eval/replies-blind-10.json' with { type: 'json' };
import blind11 from '../src/shared/coach/eval/replies-blind-11.json' with { type: 'json' };
import blind12 from '../src/shared/coach/eval/replies-blind-12.json' with { type: 'json' };
import blind13 from '../src/shared/coach/eval/replies-blind-13.json' with { type: 'json' };
import customers from '../src/shared/coach/eval/customers.json' with { type: 'json' };
import customersHoldout from '../src/shared/coach/eval/customers-holdout.json' with { type: 'json' };
import customersHoldout2 from '../src/shared/coach/eval/customers-holdout-2.json' with { type: 'json' };
import customersHoldout3 from '../src/shared/coach/eval/customers-holdout-3.json' with { type: 'json' };
import customersBlind4 from '../src/shared/coach/eval/customers-blind-4.json' with { type: 'json' };

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * Blind reply sets: each is run once at the end of a round, before any rule changes in response to it, and is
 * recorded as history when the next round starts tuning on it. Blind 11 had its run at the end of round eight.
 */
const blindReplySets: { name: string; set: LabelledReply[] }[] = [{ name: 'blind 13', set: blind13 as LabelledReply[] }];

// One precision/recall column pair per set: the development sets first, then any blind set.
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
// machine inflates far less than wall-clock time: of the analysing thread alone (the one core the analysis
// runs on) and of the whole process (V8 compiles and collects garbage on other threads as well).
function timeReplies(samples: string[], rounds: number) {
  for (const s of samples) analyzeReply(s); // warm up the JIT and the regex caches
  const times: number[] = [];
  const threadsBefore = threadCpuMs();
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
  const threadCpu = cpuPerOperation(threadsBefore, threadCpuMs(), times.length);
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.floor(times.length * 0.95)],
    wallPerSecond: times.length / elapsed,
    cpuPerSecond: times.length / ((cpu.user + cpu.system) / 1e6),
    // Linux only (per-thread CPU comes from /proc); elsewhere the process figure stands for it.
    threadCpuPerSecond: threadCpu.main > 0 ? 1000 / threadCpu.main : times.length / ((cpu.user + cpu.system) / 1e6),
  };
}

// Which categories of a set miss the issue's targets (precision ≥ 0.9, recall ≥ 0.85), said plainly.
function targetLine(name: string, e: ReplyEvaluation): string {
  const misses = e.perCategory
    .filter((c) => c.precision < 0.9 || c.recall < 0.85)
    // Counts as well as ratios: 11/13 prints as 0.85 yet misses the 0.85 target.
    .map((c) => `${c.category} (P ${c.precision.toFixed(2)}, R ${c.recall.toFixed(2)} = ${c.truePositives}/${c.truePositives + c.falseNegatives})`);
  const clean = `${pct(e.cleanFalsePositiveRate)} of clean replies flagged`;
  if (misses.length === 0) return `On ${name} every category meets the targets (precision ≥ 0.9, recall ≥ 0.85); ${clean}.`;
  return `On ${name}, ${e.perCategory.length - misses.length} of ${e.perCategory.length} categories meet the targets (precision ≥ 0.9, recall ≥ 0.85); ${clean}; below them: ${misses.join(', ')}.`;
}

const customerLine = (name: string, e: CustomerEvaluation): string =>
  `${name}: ${e.messages} messages; emotion accuracy ${pct(e.emotionAccuracy)}, difficult-customer type accuracy ${pct(e.typeAccuracy)}.`;

/** Runs the coach benchmark and returns its Markdown section. */
export async function coachBench(): Promise<string> {
  const analyze = (t: string) => analyzeReply(t);
  const devSets = [replies, holdout, holdout2, dev2, holdout3, holdout4, holdout5, blind6, blind7, blind8, blind9, blind10, blind11, blind12] as LabelledReply[][];
  const dev = evaluateReplies(replies as LabelledReply[], analyze);
  const allDev = evaluateReplies(devSets.flat(), analyze);
  const h4 = evaluateReplies(holdout4 as LabelledReply[], analyze);
  const h5 = evaluateReplies(holdout5 as LabelledReply[], analyze);
  const b6 = evaluateReplies(blind6 as LabelledReply[], analyze);
  const b7 = evaluateReplies(blind7 as LabelledReply[], analyze);
  const b8 = evaluateReplies(blind8 as LabelledReply[], analyze);
  const b9 = evaluateReplies(blind9 as LabelledReply[], analyze);
  const b10 = evaluateReplies(blind10 as LabelledReply[], analyze);
  const b11 = evaluateReplies(blind11 as LabelledReply[], analyze);
  const b12 = evaluateReplies(blind12 as LabelledReply[], analyze);
  const blind = blindReplySets.map(({ name, set }) => ({ name, e: evaluateReplies(set, analyze) }));
  const read = (t: string, h?: string[]) => analyzeCustomer(t, h);
  const custDev = evaluateCustomers([customers, customersHoldout, customersHoldout2, customersHoldout3].flat() as LabelledCustomerMessage[], read);
  const custBlind = evaluateCustomers(customersBlind4 as LabelledCustomerMessage[], read);

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
    `  held-out 2 (${n(holdout2)}), dev 2 (${n(dev2)}), held-out 3 (${n(holdout3)}), since round three held-out 4 (${h4.replies}) and`,
    `  held-out 5 (${h5.replies}), since round four blind 6 (${b6.replies}), since round five blind 7 (${b7.replies}), since round six blind 8`,
    `  (${b8.replies}), since round seven blind 9 (${b9.replies}), since round eight blind 10 (${b10.replies}),`,
    `  since round nine blind 11 (${b11.replies}) and since round ten blind 12 (${b12.replies}) — each moved into`,
    '  development use after its one blind run. Rules were tuned on all of these, so these columns show fit, not generalisation.',
    '  Relabelled so far: one held-out 3 item in round two ("…您得自己想办法" is also you_blame); in round three "那个是运营商的问题，',
    '  我们无能为力" (dev 2) is also refusal, and "我也没办法，你自己看着办吧" (original set) is rude only — a shrug, as the guide and',
    '  the later sets label it; in round five that dev 2 item and "您别激动，这事归总部管，我们门店处理不了" (held-out 3) are also',
    '  no_reason — whose job it is is passing the buck, not a reason, as the guide labels that very reply.',
    `- **Held-out 5** (${h5.replies} replies, ${h5.cleanReplies} clean, every category ≥ 27 positives) was written by someone who never saw the rules,`,
    '  in colloquial, written, Traditional and mixed Chinese–English style.',
    `- **Blind 6** (${b6.replies} replies, ${b6.cleanReplies} clean), **blind 7** (${b7.replies}), **blind 8** (${b8.replies}), **blind 9** (${b9.replies}), **blind 10**`,
    `  (${b10.replies}), **blind 11** (${b11.replies}) and **blind 12** (${b12.replies}) were written the same way, each by a further writer, for the blind runs of rounds three to nine; blind 13 (the last column) is the latest`,
    '  measure of how the rules do on wording they were not tuned on.',
    '',
    ...evaluationTable(
      [dev, allDev, b9, b10, b11, b12, ...blind.map((b) => b.e)],
      ['original dev', 'all development', 'blind 9 (now dev)', 'blind 10 (now dev)', 'blind 11 (now dev)', 'blind 12 (now dev)', ...blind.map((b) => b.name)],
    ),
    '',
    ...blind.flatMap((b) => [targetLine(b.name, b.e), '']),
    'Blind runs, each recorded once before any change made in response to it (history; the columns above are after tuning):',
    '',
    '| set (round) | categories on target | clean flagged | below target (precision / recall) |',
    '| --- | ---: | ---: | --- |',
    '| held-out 3 (round one) | 5 of 10 | 1.4% | (per-category figures not kept) |',
    '| held-out 4 (round two) | 3 of 10 | 3.2% | refusal 0.93 / 0.82, no_reason 0.92 / 0.85, you_blame 1.00 / 0.85, negative_framing 0.83 / 0.83, passing_buck 1.00 / 0.85, doubting 0.75 / 0.64, overpromise 0.85 / 0.79 |',
    '| held-out 5 (round three) | 1 of 10 | 4.3% | refusal 0.86 / 0.94, but 1.00 / 0.74, you_blame 1.00 / 0.74, negative_framing 1.00 / 0.67, passing_buck 0.90 / 0.67, doubting 1.00 / 0.48, denying_emotion 1.00 / 0.74, rude 0.89 / 0.63, overpromise 0.94 / 0.63 |',
    '| blind 13 (round ten) | 5 of 10 | 2.0% | refusal 0.83 / 0.97, no_reason 0.85 / 0.82, you_blame 0.91 / 0.79, negative_framing 0.87 / 0.65, rude 0.87 / 0.70 — the column above (one reply that repeated an earlier set removed after the run) |',
    '| blind 12 (round nine) | 5 of 10 | 0.9% | refusal 0.85 / 0.85, no_reason 0.83 / 0.66, you_blame 0.72 / 0.68, negative_framing 0.90 / 0.60, rude 0.93 / 0.48 |',
    '| blind 11 (round eight) | 3 of 10 | 0.9% | refusal 0.82 / 0.89, no_reason 0.70 / 0.72, you_blame 0.89 / 0.50, passing_buck 0.86 / 0.86, doubting 0.96 / 0.79, denying_emotion 1.00 / 0.66, rude 0.94 / 0.55 |',
    '| blind 10 (round seven) | 5 of 10 | 8.3% | refusal 0.67 / 0.73, no_reason 0.68 / 0.59, you_blame 0.95 / 0.56, doubting 0.75 / 0.60, rude 0.85 / 0.57 |',
    '| blind 9 (round six) | 3 of 10 | 1.7% | refusal 0.88 / 0.75, no_reason 0.67 / 0.48, you_blame 0.95 / 0.63, passing_buck 0.92 / 0.80, doubting 0.72 / 0.70, rude 1.00 / 0.39, overpromise 0.88 / 0.97 |',
    '| blind 8 (round five) | 1 of 10 | 0.9% | but 1.00 / 0.78, no_reason 0.77 / 0.85, you_blame 1.00 / 0.52, negative_framing 1.00 / 0.72, passing_buck 1.00 / 0.58, doubting 0.91 / 0.74, denying_emotion 0.95 / 0.78, rude 0.83 / 0.40, overpromise 0.91 / 0.77 |',
    '| blind 7 (round four) | 6 of 10 | 1.7% | but 1.00 / 0.64, no_reason 0.84 / 0.82, you_blame 0.87 / 0.74, rude 0.88 / 0.56 |',
    '| blind 6 (round three) | 3 of 10 | 4.5% | refusal 0.90 / 0.82, no_reason 0.90 / 0.70, you_blame 0.88 / 0.58, passing_buck 1.00 / 0.77, doubting 1.00 / 0.62, rude 0.89 / 0.65, overpromise 0.91 / 0.77 (but, negative_framing and denying_emotion count as on target at recall 22/26, which prints as 0.85 but is 0.846) |',
    '',
    'Round three (23 Nov 2026) rewrote the rules around how Chinese builds each fault instead of listed phrases: a negation or',
    'modal before a service verb ("是不会给您办的", "暂不提供…服务", "不让带"), potential complements V不了/V不到/V不进去/V不下来',
    'with the reassuring ones left out ("丢不了", "用不了半小时"), the customer\'s slips stated (you_blame) or asked (doubting) from',
    'word classes of action and memory mistakes and of damage, second person + obligation or a past failure and what it caused,',
    '"nobody else / never heard of it / our tests are fine" and disbelief questions, any organisation or desk the customer is sent',
    'to, absolute adverbs, hyperbole and certainty idioms + outcomes, and "hope it won\'t …" gloom. Its first blind run, on held-out 5',
    '(written by someone else), still fell well short on recall for 8 of 10 categories. Its misses were then generalised the same',
    'way (doubt from our records or checks, "不会是…吧", owners named by their kind — 商/公司/处/科 —, certainty idioms, "理解归理解"),',
    'and so were misses on about 900 probe replies written afresh for the purpose, none of them kept in the sets. The fitted columns',
    'above overstate what unseen wording will get: expect the next blind set to land between the held-out 5 row and these columns.',
    '',
    'Round four took each miss and false positive of blind 6 back to its construction and covered the class: hindsight questions and',
    'counter-blame ("您…没看清…吗", "您又没说…", "本来就该您…"), our side declared infallible or the customer\'s claim echoed and waved off,',
    'disowning a decision ("又不是我定的", "怪不了我们", "跟我们不相干"), brush-offs and exasperation, certainty words and "zero risk" claims,',
    'concessions a 但是 takes back ("药是有货的，可是…"), and harmless look-alikes kept clean (绝对值, 难根治, 车开不进去, 听不清). About 690',
    'probe replies written afresh for the purpose, positives and clean look-alikes in several domains, checked each class; none is kept in the sets.',
    '',
    'Round five did the same with blind 7: contrast turns outside the usual list (只可惜, 问题是, 话说回来, a clause-initial 可) and',
    'concessions (属实, 话是这么说, 晓得), a no repeated as its own reason ("约不上就是约不上"), curt and mocking retorts, duties laid on the',
    'customer (下次早点…, 得您自己…, 先把…再说) and blame turned back (怪不了我们); whose job it is no longer counts as a reason for a no.',
    'About 140 probe replies written afresh, positives and clean look-alikes in several domains, checked each class; none is kept in the sets.',
    '',
    'Round six took blind 8 (faults said indirectly) back to constructions: blame in the passive or impersonal voice and in the',
    'written register (系您…所产生, 未如实告知), our side or another party as the one who decided, concessions a 但是 takes back and',
    'things declared normal, sarcasm and threats to hang up; round seven did the same with blind 9: a yes taken back before the no,',
    'a reason withheld (原因不便透露), cause placed on the customer (问题出在您, 人为损坏), checks that say all is normal used against',
    "the customer's report, rhetorical sneers (至于吗, 犯得着…吗) and go-ask-them brush-offs; round eight put precision first on",
    'blind 10 (a no after a condition is not a refusal, contrasts that turn to what exists count as alternatives) and covered',
    "blame laid on the customer's own things and choices, hindsight, suspicion and our checks said fine. Each round checked its",
    'classes on 150–300 probe replies written afresh (none kept in the sets). On blind 10 after round eight, no_reason recall is',
    '0.79: its writer labels a no with an alternative but no reason as no_reason, which 37 replies of the earlier sets label clean.',
    '',
    "Round nine took blind 11 back to constructions: cause laid on the customer's own conduct (用户自己使用不小心, 您作为…也应该,",
    '与您下单时未…有关, 希望您下次…爱惜), "others are fine" and "most users never reported it" as doubt, "we only handle our part" as',
    'passing the buck, sneers (这点X至于…吗, 关我们什么事, 动不动就投诉) and hushing (急什么, 着什么急, 别慌 + a sweeping promise); five',
    'blind 11 labels were set to the guide (a no with an alternative and no reason is labelled neither refusal nor no_reason).',
    'Tried and left out: a character n-gram logistic regression trained on every development set, added to the rules as a second',
    'opinion, caught 19 more faults on blind 11 but flagged 17 more replies wrongly and 6.8% of clean ones (2 of 10 on target).',
    '',
    'Round ten, on blind 12, added one class: a rhetorical question that mocks the customer\'s anger (至于发这么大火吗, 有什么好急的).',
    '',
    'What the blind runs say: recall on unseen wording swings with the writer (1 to 6 of 10 categories on target over ten blind runs);',
    'blind 10, whose writer labelled more replies with a no plus an alternative as no_reason only and wrote long, mostly polite',
    'replies with the fault in the middle, also found the rules over-eager on refusal (precision 0.67) and 8.3% of clean replies',
    'flagged. Word-class and construction rules catch faults said in the usual ways; faults carried by tone and implication, and',
    'the labelling conventions of each writer, need more than phrase and construction matching.',
    '',
    `${customerLine('Customer messages, development (customers.json and held-out sets 1–3, each after its blind run)', custDev)}`,
    `${customerLine('Customer messages, blind 4 (written by someone who never saw the cues; run once, after the cues were rebuilt from word classes in round three)', custBlind)}`,
    'Earlier blind runs of the customer reading, emotion / type: held-out 1 79.2% / 83.3%, held-out 2 77.9% / 75.0%, held-out 3',
    '77.8% / 71.7% (before the round-three rebuild). No accuracy target is set for the customer reading; on blind 4 stubborn (14 of 22)',
    'and emotional (19 of 25) customers are read least well.',
    '',
    `Speed of analyzeReply on ${samples.length} replies of 200 characters × ${rounds} rounds (one core): median ${speed.median.toFixed(1)} µs,`,
    `p95 ${speed.p95.toFixed(1)} µs wall-clock; **${perSecond(speed.threadCpuPerSecond)} replies per CPU-second of the analysing thread** (one core),`,
    `${perSecond(speed.cpuPerSecond)} per CPU-second of the whole process (V8's compiler and garbage collector threads included) and`,
    `${perSecond(speed.wallPerSecond)} per wall-clock second, which other work on the machine lowers. Load on the shared machine moves these`,
    'figures by ±20% and more between runs (time stolen by the hypervisor slows a run without showing as load). Since round six the',
    'engine searches only the regex branches whose characters and neighbouring character pairs a text holds (prefilter.ts): on the',
    'same rules and texts that is about 0.6 million CPU instructions per reply against 3.0 million before (counted with `perf stat`).',
    '',
  ].join('\n');
}
