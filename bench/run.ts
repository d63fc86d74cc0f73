import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { coachBench } from './coach.bench.ts';
import { customersBench } from './customers.bench.ts';
import { httpBench } from './http.bench.ts';
import { ticketsBench } from './tickets.bench.ts';

// Each section is a benchmark module returning Markdown; later features append theirs here.
const sections: { name: string; run: () => Promise<string> }[] = [
  { name: 'http', run: httpBench },
  { name: 'coach', run: coachBench },
  { name: 'customers', run: customersBench },
  { name: 'tickets', run: ticketsBench },
];

const only = process.argv.slice(2);
const loadBefore = loadavg()[0];
const parts: string[] = [];
for (const section of sections.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`running ${section.name} …`);
  parts.push(await section.run());
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${osType()} ${release()}, Node ${process.version}`;
const report = ['# Benchmarks', '', `Measured ${new Date().toISOString()} on ${machine}; 1-minute load average ${loadBefore.toFixed(1)} at the start (other work on the machine inflates tail latencies).`, 'Re-run with `npm run bench` (`BENCH_CUSTOMERS`, `BENCH_TICKETS` and `BENCH_IMPORT_ROWS` change the scale; sections can be named, e.g. `npm run bench -- customers`).', '', ...parts.flatMap((p) => [p, ''])].join('\n');
writeFileSync('BENCHMARKS.md', report);
console.log(report);
