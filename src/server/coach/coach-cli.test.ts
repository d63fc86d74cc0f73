import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

type Run = { code: number | null; stdout: string; stderr: string };

// Runs the real CLI with a database URL that cannot be opened: the coach command must not need one.
function runCli(args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server/cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: 'sqlite:/proc/lingting-no-such-dir/never.db' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('lingting coach', () => {
  it('reads one reply per stdin line and prints one JSON result per line', async () => {
    const { code, stdout } = await runCli(['coach', 'reply'], '对不起，这个我们不能退。\n感谢您的耐心等待，已经为您办好了。\n\n這個不歸我管。\n');
    expect(code).toBe(0);
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line) as { findings: { category: string; start: number; end: number }[] });
    expect(results).toHaveLength(4);
    const refusal = results[0].findings.find((f) => f.category === 'refusal');
    expect('对不起，这个我们不能退。'.slice(refusal!.start, refusal!.end)).toBe('不能');
    expect(results[1].findings).toEqual([]);
    expect(results[2].findings).toEqual([]);
    expect(results[3].findings.map((f) => f.category)).toContain('passing_buck');
  }, 30_000);

  it('reads a customer message given as an argument', async () => {
    const { code, stdout } = await runCli(['coach', 'customer', '叫你们经理出来！'], '');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ emotion: 'angry', customerType: 'boss_demanding' });
  }, 30_000);

  it('explains its usage on a wrong sub-command', async () => {
    const { code, stderr } = await runCli(['coach', 'poem'], '');
    expect(code).toBe(1);
    expect(stderr).toContain('coach reply|customer');
  }, 30_000);
});
