import { spawn } from 'node:child_process';
import type autocannon from 'autocannon';

// The load generator runs in its own process, as a real client would: sharing the server's event loop would
// charge the server for the work of building requests and parsing responses.
const script = `
import autocannon from 'autocannon';
const result = await autocannon(JSON.parse(process.argv[1]));
process.stdout.write(JSON.stringify(result));
`;

/** Runs autocannon with `options` in a child process and returns its result. */
export function autocannonInChild(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(options)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output) as autocannon.Result) : reject(new Error(`autocannon exited with ${code}`))));
  });
}
