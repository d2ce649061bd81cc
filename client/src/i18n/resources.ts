export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TranslationTree = { [key: string]: string | TranslationTree };

/**
 * Each feature keeps its own strings in src/features/<area>/i18n/{id,en}.json; they are merged
 * under a top-level key named after the folder: features/businesses/i18n/id.json's "title" is
 * t('businesses.title'). The shell's strings (layout, states, pagination) are src/i18n/{id,en}.json.
 * One language per download (issue #18: both were a quarter of the first visit's JavaScript): the
 * Indonesian strings (the default) are in the first download (resources-id.ts), so t() never waits;
 * the English ones (resources-en.ts) are a chunk of their own, loaded before the first render when
 * English was chosen, and when someone switches to it (src/i18n/index.ts).
 */

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

/** One language's tree: its shell strings plus the feature files of that language. */
export function mergeLanguage(language: Language, shell: TranslationTree, files: Record<string, TranslationTree>): TranslationTree {
  const empty: Record<Language, TranslationTree> = { id: {}, en: {} };
  return mergeResources({ ...empty, [language]: shell }, files)[language];
}

/** Dotted paths of every string: { a: { b: 'x' } } -> ['a.b']. */
export function leafKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}
