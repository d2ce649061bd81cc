#!/usr/bin/env node
// Prints the gzipped size of the JavaScript a first visit downloads before any lazy route:
// the entry chunk plus its static imports (transitively), read from dist/.vite/manifest.json.
// Exits 1 above the budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`check-bundle-size: ${manifestPath} not found (build with build.manifest: true first)`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
if (entries.length === 0) {
  console.error('check-bundle-size: no entry chunk in the manifest');
  process.exit(1);
}

const seen = new Set();
function collect(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) collect(imported); // static imports only
}
for (const [key] of entries) collect(key);

let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  rows.push({ file, gz });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, gz } of rows.sort((a, b) => b.gz - a.gz)) console.log(`  ${file.padEnd(48)} ${kb(gz).padStart(10)} gzip`);
console.log(`initial JS: ${kb(total)} gzip (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error(`check-bundle-size: initial JS is over budget by ${kb(total - BUDGET_BYTES)}`);
  process.exit(1);
}
