import en from './en.json';
import id from './id.json';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TranslationTree = { [key: string]: string | TranslationTree };

/**
 * Each feature keeps its own strings in src/features/<area>/i18n/{id,en}.json; they are merged
 * under a top-level key named after the folder: features/businesses/i18n/id.json's "title" is
 * t('businesses.title'). The shell's strings (layout, states, pagination) are src/i18n/{id,en}.json.
 * Eager: all strings are in the first download (they are small), so t() never waits.
 */
const featureFiles = import.meta.glob<TranslationTree>('../features/*/i18n/*.json', { eager: true, import: 'default' });

const FEATURE_FILE = /features\/([^/]+)\/i18n\/([^/]+)\.json$/;

export function mergeResources(
  shell: Record<Language, TranslationTree>,
  files: Record<string, TranslationTree>,
): Record<Language, TranslationTree> {
  const merged: Record<Language, TranslationTree> = { id: { ...shell.id }, en: { ...shell.en } };
  for (const [path, tree] of Object.entries(files)) {
    const match = FEATURE_FILE.exec(path);
    if (!match) throw new Error(`i18n: unexpected translation file ${path}`);
    const [, area, language] = match as unknown as [string, string, string];
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      throw new Error(`i18n: ${path} is not one of ${LANGUAGES.join(', ')}`);
    }
    const target = merged[language as Language];
    if (area in target) throw new Error(`i18n: the key "${area}" of ${path} is already taken (shell or another feature)`);
    target[area] = tree;
  }
  return merged;
}

export const resources = mergeResources({ id, en }, featureFiles);

/** Dotted paths of every string: { a: { b: 'x' } } -> ['a.b']. */
export function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}
