import type { Relation } from '../engine';
import { formatStand } from '../results/format';
import { useResultsT } from '../results/labels';

/** A relation's source: title or address as a link, Stand, and whether it is a secondary source. */
export function RelationSource({ source }: { source: Relation['source'] }) {
  const { t, lang } = useResultsT();
  const name = source.title ?? source.url ?? source.reference;
  return (
    <span className="plan-source">
      {t('plan.source')}{' '}
      {source.url ? (
        <a href={source.url} rel="noreferrer noopener" target="_blank">
          {name}
          <span className="plan-sr-only"> {t('results.sources.newTab')}</span>
        </a>
      ) : (
        <span>{name}</span>
      )}
      {source.url && source.reference ? ` (${source.reference})` : null}
      {' – '}
      {t('results.sources.stand', { stand: formatStand(source.stand, lang, t) })}
      {source.official ? null : ` – ${t('results.sources.secondary')}`}
    </span>
  );
}

/** What a relation says, its source with Stand, and "unsicher" with the note where it is uncertain. */
export function RelationText({ relation }: { relation: Relation }) {
  const { t, lang } = useResultsT();
  return (
    <>
      <span className="plan-relation">{relation.text[lang]}</span> <RelationSource source={relation.source} />
      {relation.uncertain ? (
        <>
          {' '}
          <span className="plan-uncertain">
            <strong>{t('results.uncertain')}:</strong> {relation.uncertain[lang]}
          </span>
        </>
      ) : null}
    </>
  );
}
