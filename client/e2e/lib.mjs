// Helpers shared by the journeys: translations (so selectors follow the UI text, never hard-code it),
// axe-core accessibility check, and assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// Same merge as src/i18n/resources.ts: the shell's src/i18n/<lang>.json, plus each feature's
// src/features/<area>/i18n/<lang>.json under the key <area>.
function loadTranslations(language) {
  const src = join(here, '..', 'src');
  const tree = JSON.parse(readFileSync(join(src, 'i18n', `${language}.json`), 'utf8'));
  for (const area of readdirSync(join(src, 'features'))) {
    const file = join(src, 'features', area, 'i18n', `${language}.json`);
    if (existsSync(file)) tree[area] = JSON.parse(readFileSync(file, 'utf8'));
  }
  return tree;
}

const translations = { id: loadTranslations('id'), en: loadTranslations('en') };

/** Debian chromium's launch flags for every script that drives it (journeys, measurement, Lighthouse). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The UI text for a key, in Indonesian (the default language) unless told otherwise. */
export function tr(key, language = 'id') {
  const value = key.split('.').reduce((node, part) => node?.[part], translations[language]);
  if (typeof value !== 'string') throw new Error(`e2e: no translation for ${key} (${language})`);
  return value;
}

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

export function assertEqual(actual, expected, message) {
  if (actual !== expected) throw new Error(`assertion failed: ${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const AXE_PATH = require.resolve('axe-core/axe.min.js');
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe-core on the current page; throws when a serious or critical violation is found. */
export async function checkA11y(page, label) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  for (const v of violations) {
    console.log(`    axe [${v.impact}] ${v.id}: ${v.help} (${label}) -> ${v.targets.join(', ')}`);
  }
  const blocking = violations.filter((v) => BLOCKING_IMPACTS.has(v.impact));
  if (blocking.length > 0) {
    throw new Error(`axe found ${blocking.length} serious/critical violation(s) on ${label}: ${blocking.map((v) => v.id).join(', ')}`);
  }
  return violations;
}
