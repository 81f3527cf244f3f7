import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Catalogue } from '../engine';
import { filterCatalogue } from '../embed/programFilter';
import { isEmbedded } from '../embed/startEmbedding';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { loadDraft } from './draftStorage';
import { prefillFromQuery } from './prefill';
import { useCatalogue } from './useCatalogue';
import { placeFromHash, type Place } from './useHistorySync';
import { Wizard } from './Wizard';

/** Today as YYYY-MM-DD: the app's evaluation date (the engine itself never reads the clock). */
const today = () => new Date().toISOString().slice(0, 10);

interface Start {
  readonly answers: Answers;
  readonly place: Place;
  readonly ignored: readonly string[];
  readonly corruptDraft: boolean;
}

/** Where to begin: the stored draft, overlaid by answers given in the address. */
function startFrom(catalogue: Catalogue): Start {
  const { draft, corrupt } = loadDraft(catalogue);
  const prefill = prefillFromQuery(catalogue, window.location.search);
  const hashPlace = placeFromHash(window.location.hash);
  const prefilled = Object.keys(prefill.answers).length > 0;
  return {
    answers: { ...(draft?.answers ?? {}), ...prefill.answers },
    place: prefilled ? { step: 'start' } : (hashPlace ?? { step: draft?.step ?? 'start' }),
    ignored: prefill.ignored,
    corruptDraft: corrupt,
  };
}

/** The app frame: header with language switch, notices, the wizard, the honest-data footer. */
export function App() {
  const { t } = useTranslation();
  const full = useCatalogue();
  // A host may show only some programs (`?programs=…`, `?levels=…`).
  const catalogue = useMemo(() => (full ? filterCatalogue(full, window.location.search) : undefined), [full]);
  // Computed once, when the catalogue has arrived: the draft and prefill are read a single time.
  const start = useMemo(() => (catalogue ? startFrom(catalogue) : undefined), [catalogue]);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <p className="site-name">{t('app.siteName')}</p>
        {isEmbedded() ? (
          <a className="new-window" href={window.location.href} target="_blank" rel="noopener">
            {t('app.newWindow')}
          </a>
        ) : null}
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {start?.ignored.length ? (
          <p className="notice" role="status">
            {t('app.prefillIgnored', { names: start.ignored.join(', ') })}
          </p>
        ) : null}
        {start?.corruptDraft ? (
          <p className="notice" role="status">
            {t('app.draftCorrupt')}
          </p>
        ) : null}
        {catalogue && start ? (
          <Wizard catalogue={catalogue} asOf={today()} initialAnswers={start.answers} initialPlace={start.place} />
        ) : (
          <p role="status" aria-busy="true">
            {t('app.loading')}
          </p>
        )}
      </main>
      <footer className="site-footer">
        <p>
          <strong>{t('disclaimer')}</strong>
        </p>
        {catalogue ? <p>{t('footer.stand', { stand: catalogue.stand, version: catalogue.version })}</p> : null}
        <p>{t('footer.population')}</p>
      </footer>
    </>
  );
}
