import type { Program } from '../engine';
import { formatStand } from './format';
import { useResultsT } from './labels';

/** A program's sources with their Stand and a marker for secondary sources; texts never as HTML. */
export function Sources({ program }: { program: Program }) {
  const { t, lang } = useResultsT();
  return (
    <ul className="results-sources">
      {program.sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              {s.title ?? s.url}
              <span className="results-sr-only"> {t('results.sources.newTab')}</span>
            </a>
          ) : (
            <span>{s.title ?? s.reference}</span>
          )}
          {!s.url && s.title && s.reference ? <span> ({s.reference})</span> : null}
          <span className="results-muted">
            {' – '}
            {t('results.sources.stand', { stand: formatStand(s.stand, lang, t) })}
            {s.official ? null : ` – ${t('results.sources.secondary')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
