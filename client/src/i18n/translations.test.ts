// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from './all-resources';
import { leafKeys, mergeResources, type TranslationTree } from './resources';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// t('key'), t("key"), i18n.t('key'), <Trans i18nKey="key">, and labelKey: 'key' (nav entries and
// business tabs that features contribute: the shell translates them with t(entry.labelKey)).
const KEY_PATTERNS = [
  /\bt\(\s*'([^']+)'/g,
  /\bt\(\s*"([^"]+)"/g,
  /i18nKey=["']([^"']+)["']/g,
  /\blabelKey:\s*'([^']+)'/g,
  /\blabelKey:\s*"([^"]+)"/g,
];

function keysIn(text: string): string[] {
  return KEY_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(srcDir)) {
    for (const key of keysIn(readFileSync(file, 'utf8'))) {
      used.set(key, [...(used.get(key) ?? []), relative(srcDir, file)]);
    }
  }
  return used;
}

/** "key (files)" for every used key that is not a string in both languages. */
function missingKeys(used: Map<string, string[]>, trees: { id: TranslationTree; en: TranslationTree }): string[] {
  const idKeys = new Set(leafKeys(trees.id));
  const enKeys = new Set(leafKeys(trees.en));
  return [...used.entries()]
    .filter(([key]) => !idKeys.has(key) || !enKeys.has(key))
    .map(([key, files]) => `${key} (${[...new Set(files)].join(', ')})`);
}

const featureDirs = readdirSync(join(srcDir, 'features')).filter((name) => statSync(join(srcDir, 'features', name)).isDirectory());

describe('translations', () => {
  const idKeys = new Set(leafKeys(resources.id));
  const enKeys = new Set(leafKeys(resources.en));

  it('loads the shell and every feature file (src/features/<area>/i18n/{id,en}.json)', () => {
    expect(idKeys.has('app.name')).toBe(true);
    for (const area of featureDirs) {
      const dir = join(srcDir, 'features', area, 'i18n');
      if (!existsSync(dir)) continue;
      expect(readdirSync(dir).sort(), `files in features/${area}/i18n`).toEqual(['en.json', 'id.json']);
      expect(resources.id[area], `features/${area} strings under "${area}"`).toBeTypeOf('object');
      expect(resources.en[area], `features/${area} strings under "${area}"`).toBeTypeOf('object');
    }
  });

  it('has the same keys in Indonesian and English', () => {
    expect([...idKeys].filter((k) => !enKeys.has(k)), 'keys missing from en').toEqual([]);
    expect([...enKeys].filter((k) => !idKeys.has(k)), 'keys missing from id').toEqual([]);
  });

  it('has no empty translation', () => {
    const empty = (tree: object) => leafKeys(tree).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], tree) === '');
    expect(empty(resources.id)).toEqual([]);
    expect(empty(resources.en)).toEqual([]);
  });

  it('defines every key that the source uses', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(20);
    expect(missingKeys(used, resources)).toEqual([]);
  });

  it('uses only literal keys, so the check above sees them all', () => {
    const dynamic = sourceFiles(srcDir).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /\bt\(\s*`[^`]*\$\{/.test(text) || /\blabelKey:\s*[^'"\s]/.test(text.replace(/labelKey: string/g, ''));
    });
    expect(dynamic.map((f) => relative(srcDir, f))).toEqual([]);
  });

  it('reports a key that one language lacks (the check itself is strict)', () => {
    const used = new Map([
      ['a.b', ['x.tsx']],
      ['a.c', ['y.tsx']],
    ]);
    expect(missingKeys(used, { id: { a: { b: 'B', c: 'C' } }, en: { a: { b: 'B' } } })).toEqual(['a.c (y.tsx)']);
    expect(keysIn("t('one.two'); const tab = { labelKey: 'three.four' };")).toEqual(['one.two', 'three.four']);
  });

  it('refuses a feature whose area name collides with the shell or another language file', () => {
    const shell = { id: { app: { name: 'x' } }, en: { app: { name: 'x' } } };
    expect(() => mergeResources(shell, { '../features/app/i18n/id.json': { x: 'y' } })).toThrow(/already taken/);
    expect(() => mergeResources(shell, { '../features/a/i18n/fr.json': { x: 'y' } })).toThrow(/not one of/);
    expect(mergeResources(shell, { '../features/a/i18n/en.json': { x: 'y' } }).en).toEqual({ app: { name: 'x' }, a: { x: 'y' } });
  });
});
