import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../engine';

/** How many programs fit so far; announced politely as answers change. */
export function LivePreview({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const count = (s: string) => evaluation.programs.filter((p) => p.status === s).length;
  return (
    <aside className="live-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('steps.preview.heading')}</h2>
      <p aria-live="polite">
        {t('steps.preview.eligible', { count: count('eligible') })} {t('steps.preview.unknown', { count: count('unknown') })}
      </p>
    </aside>
  );
}
