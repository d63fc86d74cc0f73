import { existsSync, readdirSync, readFileSync } from 'node:fs';

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

/** CPU time (ms) used so far by each thread of this process, by thread id; empty where /proc is not available (not Linux). */
export function threadCpuMs(): Map<number, number> {
  const tick = 10; // Linux reports thread CPU in clock ticks of 10 ms (USER_HZ = 100)
  const threads = new Map<number, number>();
  if (!existsSync('/proc/self/task')) return threads;
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * tick);
  }
  return threads;
}

/** CPU per operation between two threadCpuMs readings: the main thread, the busiest other thread and all the rest. */
export function cpuPerOperation(before: Map<number, number>, after: Map<number, number>, operations: number) {
  const used = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === process.pid)?.ms ?? 0;
  const others = used.filter((t) => t.tid !== process.pid).sort((a, b) => b.ms - a.ms);
  const busiest = others[0]?.ms ?? 0;
  const rest = others.slice(1).reduce((sum, t) => sum + t.ms, 0);
  const per = (ms: number) => ms / operations;
  return { main: per(main), busiest: per(busiest), rest: per(rest) };
}
