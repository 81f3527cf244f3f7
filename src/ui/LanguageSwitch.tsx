import { useTranslation } from 'react-i18next';

const LANGUAGES = [
  { code: 'de', label: 'Deutsch' },
  { code: 'en', label: 'English' },
] as const;

/** Switches the language; answers and place are kept because only the texts change. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      <ul>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <button type="button" lang={l.code} aria-pressed={i18n.language === l.code} onClick={() => void i18n.changeLanguage(l.code)}>
              {l.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
