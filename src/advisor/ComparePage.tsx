import type { Catalogue, GemeindeIndex } from '../engine';
import { useResultsT } from '../results/labels';
import { Button } from '../ui/Button';
import { ScreenHeading } from '../ui/ScreenHeading';
import { CompareTables } from './CompareTables';
import type { Comparison } from './useComparison';
import './advisor.css';

export interface ComparePageProps {
  readonly catalogue: Catalogue;
  readonly comparison: Comparison | undefined;
  readonly gemeinden?: GemeindeIndex | undefined;
  readonly onBack: () => void;
  readonly onClear: () => void;
}

/** "Varianten vergleichen": the kept variant and the current answers, side by side. */
export function ComparePage({ catalogue, comparison, gemeinden, onBack, onClear }: ComparePageProps) {
  const { t } = useResultsT();
  const back = (
    <p>
      <button type="button" onClick={onBack}>
        {t('results.detail.back')}
      </button>
    </p>
  );
  return (
    <div className="advisor-compare">
      {back}
      <ScreenHeading>{t('advisor.compare.title')}</ScreenHeading>
      {comparison ? (
        <>
          <p className="lead">{t('advisor.compare.intro', { a: comparison.labels[0], b: comparison.labels[1] })}</p>
          <p>
            <strong>{t('results.disclaimer')}</strong>
          </p>
          <CompareTables catalogue={catalogue} {...comparison} gemeinden={gemeinden} level={2} />
          <p>
            <Button variant="warning" onClick={onClear}>
              {t('advisor.compare.clear')}
            </Button>
          </p>
        </>
      ) : (
        <p className="lead">{t('advisor.compare.none')}</p>
      )}
      {back}
    </div>
  );
}
