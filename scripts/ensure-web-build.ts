// Builds the web client with Vite when dist/web is missing or older than its sources; otherwise does nothing.
// Runs before `npm start` and `npm test`; the browser-test harness calls ensureWebBuild() too.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const builtIndex = join(root, 'dist/web/index.html');
const inputs = ['src/web', 'src/shared', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
const lockDir = join(root, 'dist/.web-build.lock');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why the web client needs building, or null when dist/web is up to date. */
export function staleReason(): string | null {
  if (!existsSync(builtIndex)) return 'dist/web/index.html is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  const changed = inputs.find((input) => newestMtime(input) > builtAt);
  return changed ? `${changed.slice(root.length + 1)} changed since the last build` : null;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// One build at a time across processes (parallel test files may call this together): a lock directory.
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > 5 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Runs `vite build` when the web build is missing or stale; returns whether it built. */
export async function ensureWebBuild(log: (line: string) => void = console.log): Promise<boolean> {
  if (staleReason() === null) {
    log('web client is up to date (dist/web)');
    return false;
  }
  return withLock(async () => {
    const reason = staleReason();
    if (reason === null) {
      log('web client was built meanwhile (dist/web)');
      return false;
    }
    log(`building the web client: ${reason}`);
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
    log('web client built into dist/web');
    return true;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  ensureWebBuild().catch((error: unknown) => {
    console.error('web build failed:', error);
    process.exit(1);
  });
}
