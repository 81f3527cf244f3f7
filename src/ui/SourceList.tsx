import { useTranslation } from 'react-i18next';
import type { ProgramSource } from '../engine';

/** A program's sources with their Stand; rule texts are rendered as text, never as HTML. */
export function SourceList({ sources }: { sources: readonly ProgramSource[] }) {
  const { t } = useTranslation();
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} rel="noreferrer noopener" target="_blank">
              {s.title ?? s.url}
            </a>
          ) : (
            <span>{s.title ?? s.reference}</span>
          )}
          {s.url === undefined && s.title !== undefined && s.reference ? <span> ({s.reference})</span> : null}
          <span className="stand">
            {' – '}
            {t('sources.stand', { stand: s.stand })}
            {s.official ? '' : `, ${t('sources.secondary')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
