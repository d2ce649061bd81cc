// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { expect, it } from 'vitest';

// Same generation as `npm run gen:api` (the CLI writes COMMENT_HEADER + astToString(openapiTS(...))).
it('schema.d.ts is up to date with openapi.json (run `npm run gen:api`)', async () => {
  const documentUrl = new URL('../../../openapi.json', import.meta.url);
  const expected = `${COMMENT_HEADER}${astToString(await openapiTS(documentUrl, { silent: true }))}`;
  const committed = readFileSync(fileURLToPath(new URL('./schema.d.ts', import.meta.url)), 'utf8');
  expect(committed === expected, 'src/lib/api/schema.d.ts is stale: run `npm run gen:api`').toBe(true);
}, 30_000);
