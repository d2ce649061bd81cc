// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// t('key'), t("key"), i18n.t('key') and <Trans i18nKey="key">
const KEY_PATTERNS = [/\bt\(\s*'([^']+)'/g, /\bt\(\s*"([^"]+)"/g, /i18nKey=["']([^"']+)["']/g];

function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of KEY_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const key = match[1]!;
        used.set(key, [...(used.get(key) ?? []), relative(srcDir, file)]);
      }
    }
  }
  return used;
}

describe('translations', () => {
  const idKeys = new Set(leafKeys(id));
  const enKeys = new Set(leafKeys(en));

  it('has the same keys in id.json and en.json', () => {
    expect([...idKeys].filter((k) => !enKeys.has(k)), 'keys missing from en.json').toEqual([]);
    expect([...enKeys].filter((k) => !idKeys.has(k)), 'keys missing from id.json').toEqual([]);
  });

  it('has no empty translation', () => {
    const empty = (tree: object) => leafKeys(tree).filter((k) => k.split('.').reduce<any>((o, p) => o?.[p], tree) === '');
    expect(empty(id)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('defines every key that the source uses', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used.entries()]
      .filter(([key]) => !idKeys.has(key) || !enKeys.has(key))
      .map(([key, files]) => `${key} (${[...new Set(files)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('uses only literal keys, so the check above sees them all', () => {
    const dynamic = sourceFiles(srcDir).filter((file) => /\bt\(\s*`[^`]*\$\{/.test(readFileSync(file, 'utf8')));
    expect(dynamic.map((f) => relative(srcDir, f))).toEqual([]);
  });
});
