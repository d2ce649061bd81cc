import id from './id.json';
import { mergeLanguage, type TranslationTree } from './resources';

/** The Indonesian strings, shell and features: the default language, in the first download. */
export const resourcesId = mergeLanguage('id', id, import.meta.glob<TranslationTree>('../features/*/i18n/id.json', { eager: true, import: 'default' }));
