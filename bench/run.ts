import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

// Sections not re-run this time are kept from the last report, so `npm run bench -- customers` updates one part.
const title = (block: string) => block.split('\n')[0].split(' (')[0];
const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8').split(/\n(?=## )/).slice(1) : [];
const kept = previous.filter((block) => !parts.some((part) => title(part) === title(block)));
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${osType()} ${release()}, Node ${process.version}`;
const header = [
  '# Benchmarks',
  '',
  `Last run ${new Date().toISOString()} (${parts.length} of ${sections.length} sections) on ${machine}; 1-minute load average ${loadBefore.toFixed(1)} at its start (other work on the machine inflates tail latencies).`,
  'Re-run with `npm run bench` (`BENCH_CUSTOMERS`, `BENCH_TICKETS` and `BENCH_IMPORT_ROWS` change the scale; name sections to run only them, e.g. `npm run bench -- customers`).',
  '',
];
const report = [...header, ...[...kept, ...parts].map((p) => p.trim() + '\n')].join('\n');
writeFileSync('BENCHMARKS.md', report);
console.log(report);
