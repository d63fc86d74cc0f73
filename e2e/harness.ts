// Starts what a browser journey needs: a fresh seeded SQLite database, the real app serving the built web
// client on a free port, and Debian's Chromium driven by playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBuild } from '../scripts/ensure-web-build.ts';
import { buildApp } from '../src/server/app.ts';
import { createDb, type Db } from '../src/server/db/create-db.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { ensureTicketDefaults } from '../src/server/tickets/ticket-defaults.ts';

/** The password every demo user has in browser tests. */
export const demoPassword = 'e2e-demo-password';

/** A running app and browser for one spec file. */
export type Harness = { baseUrl: string; browser: Browser; db: Db; app: FastifyInstance; close: () => Promise<void> };

/** Where Chromium is expected (Debian's package unless CHROMIUM_PATH says otherwise). */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Starts database, app and browser; call close() in afterAll. */
export async function startHarness(): Promise<Harness> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Browser tests need it: install it with \`apt-get install chromium\` ` +
        '(Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  if (!existsSync(join(import.meta.dirname, '../dist/web/index.html'))) await ensureWebBuild();

  const dir = mkdtempSync(join(tmpdir(), 'lingting-e2e-'));
  const db = createDb(`sqlite:${join(dir, 'e2e.sqlite')}`);
  await migrateToLatest(db);
  await ensureTicketDefaults(db);
  await seedDemo(db, demoPassword);
  const app = await buildApp({ db, config: { logLevel: 'warn', loginAttemptsPerMinute: 100 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('app did not listen on a TCP port');

  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

  const close = async () => {
    await browser.close().catch(() => undefined);
    await app.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  return { baseUrl: `http://127.0.0.1:${address.port}`, browser, db, app, close };
}

/** A fresh browser context (its own cookies and storage) and page, in Chinese by default like a new visitor. */
export async function newPage(harness: Harness): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 860 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Logs in through the login form and waits for the desk. */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/desk$/);
}

/** Runs a journey; when it fails, saves a screenshot into the temp folder and names it in the error. */
export async function withFailureShot(page: Page, name: string, journey: () => Promise<void>): Promise<void> {
  try {
    await journey();
  } catch (error) {
    const path = join(tmpdir(), `lingting-e2e-${name}-failure.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    if (error instanceof Error) error.message += `\n(screenshot of the page: ${path})`;
    throw error;
  }
}
