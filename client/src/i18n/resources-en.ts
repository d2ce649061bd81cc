import en from './en.json';
import { mergeLanguage, type TranslationTree } from './resources';

/** The English strings, shell and features: a chunk of their own, loaded when English is chosen. */
export const resourcesEn = mergeLanguage('en', en, import.meta.glob<TranslationTree>('../features/*/i18n/en.json', { eager: true, import: 'default' }));
