import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const names: Record<(typeof LANGUAGES)[number], string> = { id: t('language.id'), en: t('language.en') };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-option"
          aria-pressed={current === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
          {/* the visible code stays part of the accessible name (WCAG 2.5.3) */}
          <span className="visually-hidden"> ({names[language]})</span>
        </button>
      ))}
    </div>
  );
}
