#!/usr/bin/env node
// End-to-end runner: drives Debian's Chromium (playwright-core, no browser download) against the
// real API, which serves the built client from the same origin.
//   E2E_BASE_URL        default http://127.0.0.1:5080
//   E2E_ADMIN_EMAIL     default admin@medanumkm.go.id
//   E2E_ADMIN_PASSWORD  default Admin#12345
//   E2E_CHROMIUM        default /usr/bin/chromium
//   E2E_JOURNEY         optional substring: run only matching journey files
//   E2E_WAIT_SECONDS    how long to wait for the server to answer GET / (default 30)
// Runs e2e/journeys/*.mjs one after another, saves a screenshot of each in e2e/artifacts/,
// and ends with the line "N passed, N failed"; exits 1 when any journey failed.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { assert, assertEqual, checkA11y, chromiumArgs, tr } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const artifactsDir = join(here, 'artifacts');
const journeysDir = join(here, 'journeys');

const baseUrl = (process.env.E2E_BASE_URL || 'http://127.0.0.1:5080').replace(/\/+$/, '');
const credentials = {
  email: process.env.E2E_ADMIN_EMAIL || 'admin@medanumkm.go.id',
  password: process.env.E2E_ADMIN_PASSWORD || 'Admin#12345',
};
const executablePath = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const only = process.env.E2E_JOURNEY || '';

mkdirSync(artifactsDir, { recursive: true });

const files = readdirSync(journeysDir)
  .filter((f) => f.endsWith('.mjs') && f.includes(only))
  .sort();

let passed = 0;
let failed = 0;
let browser;

try {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install -y chromium)`);
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
  });
} catch (error) {
  console.error(`could not launch Chromium: ${error.message}`);
  console.log(`0 passed, ${Math.max(1, files.length)} failed`);
  process.exit(1);
}

// Wait (E2E_WAIT_SECONDS, default 30) for the server, so CI can start it in the background first.
const waitSeconds = Number(process.env.E2E_WAIT_SECONDS ?? 30);
const deadline = Date.now() + waitSeconds * 1000;
for (;;) {
  try {
    const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
    if (response.ok) break;
    throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    if (Date.now() > deadline) {
      console.error(`server at ${baseUrl} not reachable after ${waitSeconds}s: ${error.message}`);
      await browser.close();
      console.log(`0 passed, ${Math.max(1, files.length)} failed`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

console.log(`e2e against ${baseUrl} (${files.length} journey(s))`);

for (const file of files) {
  const name = file.replace(/\.mjs$/, '');
  const started = Date.now();
  const context = await browser.newContext({
    // The API sends a strict CSP (script-src 'self'); axe-core is injected as an inline script by the test only.
    bypassCSP: true,
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`    console error: ${message.text()} ${message.location()?.url ?? ''}`);
  });

  try {
    const journey = await import(pathToFileURL(join(journeysDir, file)).href);
    await journey.default({ page, context, baseUrl, credentials, tr, checkA11y, assert, assertEqual });
    assert(pageErrors.length === 0, `uncaught page errors: ${pageErrors.join(' | ')}`);
    await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
    passed += 1;
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    console.log(`  ✗ ${name} (${Date.now() - started} ms)\n    ${String(error?.stack || error).split('\n').slice(0, 6).join('\n    ')}`);
    console.log(`    at URL ${page.url()}`);
    await page.screenshot({ path: join(artifactsDir, `${name}-failed.png`), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || files.length === 0 ? 1 : 0);
