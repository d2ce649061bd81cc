#!/usr/bin/env node
// Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every compressible file of
// dist/assets, with Node's own zlib, so the API can serve them with Content-Encoding and no work per
// request (api/Infrastructure/Http/PrecompressedFiles.cs). Prints the raw, gzip and brotli totals.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets');
const compressible = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.html', '.txt', '.map']);
const MIN_BYTES = 1024; // below this the headers cost more than the saving

let raw = 0;
let gz = 0;
let br = 0;
for (const name of readdirSync(assets)) {
  const path = join(assets, name);
  if (!statSync(path).isFile() || !compressible.has(extname(name))) continue;
  const content = readFileSync(path);
  if (content.length < MIN_BYTES) continue;
  const gzipped = gzipSync(content, { level: 9 });
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      [constants.BROTLI_PARAM_MODE]: name.endsWith('.svg') || name.endsWith('.html') ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
    },
  });
  writeFileSync(`${path}.gz`, gzipped);
  writeFileSync(`${path}.br`, brotli);
  raw += content.length;
  gz += gzipped.length;
  br += brotli.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompressed assets: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
