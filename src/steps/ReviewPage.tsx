import { useTranslation } from 'react-i18next';
import type { Answers, Catalogue, Fact } from '../engine';
import { localized } from '../ui/localized';
import { ScreenHeading } from '../ui/ScreenHeading';
import { answerText } from './answerText';

export interface ReviewSection {
  readonly id: string;
  readonly title: { readonly de: string; readonly en: string };
  readonly questions: readonly Fact[];
}

/** "Ihre Angaben prüfen": every answer by section, each section with a change button. */
export function ReviewPage(props: {
  catalogue: Catalogue;
  sections: readonly ReviewSection[];
  answers: Answers;
  gemeindeName?: string;
  onEdit: (section: string) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const yesNo = { yes: t('steps.yes'), no: t('steps.no') };
  return (
    <>
      <ScreenHeading>{t('steps.review.title')}</ScreenHeading>
      {props.sections.map((s) => (
        <section key={s.id} aria-labelledby={`review-${s.id}`} className="review-section">
          <h2 id={`review-${s.id}`}>{localized(s.title, i18n.language)}</h2>
          <dl className="summary-list">
            {s.questions.map((f) => (
              <div key={f.id} className="summary-row">
                <dt>{localized(f.question!, i18n.language)}</dt>
                <dd>
                  {props.answers[f.id] === undefined
                    ? t('steps.review.open')
                    : answerText(f, props.answers[f.id]!, i18n.language, yesNo, props.gemeindeName)}
                </dd>
              </div>
            ))}
          </dl>
          <button type="button" className="button-secondary" onClick={() => props.onEdit(s.id)}>
            {t('steps.review.change', { section: localized(s.title, i18n.language) })}
          </button>
        </section>
      ))}
      <p>{t('steps.review.hint')}</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={props.onNext}>
          {t('steps.review.show')}
        </button>
        <button type="button" className="button-secondary" onClick={props.onBack}>
          {t('steps.back')}
        </button>
      </div>
    </>
  );
}
