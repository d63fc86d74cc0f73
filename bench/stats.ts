/** Median, p95 and p99 of a list of durations in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `work` `count` times and returns each run's duration in milliseconds. */
export async function timeRuns(count: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** A Markdown table row for a timed case against its budget. */
export function budgetRow(name: string, samples: number[], budgetP95: number): string {
  const { p50, p95, p99 } = percentiles(samples);
  const verdict = p95 <= budgetP95 ? 'within budget' : '**over budget**';
  return `| ${name} | ${samples.length} | ${p50.toFixed(2)} | ${p95.toFixed(2)} | ${p99.toFixed(2)} | ${budgetP95} | ${verdict} |`;
}
