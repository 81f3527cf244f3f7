import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftStatus } from '../advisor/DraftStatus';
import type { SaveState } from '../advisor/saveState';
import { filterCatalogue } from '../embed/programFilter';
import { isEmbedded } from '../embed/startEmbedding';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { clearDraft } from './storage';
import { useCatalogue } from './useCatalogue';

/** Today as YYYY-MM-DD: the app's evaluation date (the engine itself never reads the clock). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The wizard with everything it needs (machine, steps, consultation format, share links) is a
 * chunk of its own, fetched alongside the catalogue: the first load stays small.
 */
const loadSession = () => import('./Session');
const Session = lazy(() => loadSession().then((m) => ({ default: m.Session })));

const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
const sameStatus = (a: SaveState, b: SaveState) => a.kind === b.kind && (a.kind !== 'saved' || b.kind !== 'saved' || minute(a.at) === minute(b.at));

/** The app frame: header with language switch, notices, the wizard, the honest-data footer. */
export function App() {
  const { t, i18n } = useTranslation();
  const full = useCatalogue();
  // A host may show only some programs (`?programs=…`, `?levels=…`).
  const catalogue = useMemo(() => (full ? filterCatalogue(full, window.location.search) : undefined), [full]);
  // "Neu beginnen" starts a new session: the wizard is mounted afresh, without draft or link.
  const [session, setSession] = useState(0);
  const [saved, setSaved] = useState<SaveState>({ kind: 'empty' });
  // Saved on every keystroke of a note: the frame re-renders only when what it says changes.
  const onSaved = useCallback((s: SaveState) => setSaved((prev) => (s.kind === 'empty' && prev.kind === 'cleared') || sameStatus(prev, s) ? prev : s), []);
  const restart = () => {
    clearDraft();
    setSaved({ kind: 'cleared' });
    setSession((n) => n + 1);
  };
  useEffect(() => {
    void loadSession();
  }, []);
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  const loading = (
    <p role="status" aria-busy="true">
      {t('app.loading')}
    </p>
  );
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
        <DraftStatus state={saved} onRestart={restart} />
      </header>
      <main id="main" tabIndex={-1}>
        {catalogue ? (
          <Suspense fallback={loading}>
            <Session key={session} catalogue={catalogue} asOf={today()} fresh={session > 0} onSaved={onSaved} />
          </Suspense>
        ) : (
          loading
        )}
      </main>
      <footer className="site-footer">
        <p>
          <strong>{t('disclaimer')}</strong>
        </p>
        {catalogue ? <p>{t('footer.stand', { stand: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${catalogue.stand}T00:00:00Z`)), version: catalogue.version })}</p> : null}
        <p>{t('footer.population')}</p>
      </footer>
    </>
  );
}
