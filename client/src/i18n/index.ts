import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './resources';
import { resourcesId } from './resources-id';

export { LANGUAGES, type Language };
const STORAGE_KEY = 'medanumkm.language';

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'id') return stored;
  } catch {
    // storage may be unavailable (privacy mode); Indonesian is the default anyway
  }
  return 'id';
}

/** Indonesian is bundled; English is fetched as its own chunk the first time it is needed. */
const lazyEnglish: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (language !== 'en') return callback(null, language === 'id' ? resourcesId : false);
    import('./resources-en').then(
      (module) => callback(null, module.resourcesEn),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Resolves when the chosen language's strings are loaded (main.tsx renders after it). */
export const i18nReady: Promise<unknown> = i18n.use(lazyEnglish).use(initReactI18next).init({
  resources: { id: { translation: resourcesId } },
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: 'id',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function applyLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // ignore
  }
});

export default i18n;
